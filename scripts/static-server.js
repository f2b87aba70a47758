// A small static file server for a built Gatsby site, gzip-compressed like a real host:
// the e2e tests and the benchmark load pages from it.
// Usage from code: const { serve } = require("./static-server"); const server = await serve(dir); server.url; await server.close()
// Usage from a shell: node scripts/static-server.js example-site/public 9000
const fs = require("fs")
const http = require("http")
const path = require("path")
const zlib = require("zlib")

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
}
const COMPRESSIBLE = new Set([".html", ".js", ".json", ".css", ".ics", ".xml", ".txt", ".svg", ".webmanifest"])

/** The file a URL path names under root: the path itself, or its index.html; null when there is none. */
function resolveFile(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split("?")[0])
  const candidate = path.join(root, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ""))
  if (!candidate.startsWith(root)) return null
  for (const file of [candidate, path.join(candidate, "index.html")]) {
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
  }
  return null
}

/** Serves `root` on a free localhost port. Resolves to { url, close }. */
function serve(root, port = 0) {
  const absoluteRoot = path.resolve(root)
  const server = http.createServer((request, response) => {
    const file = resolveFile(absoluteRoot, request.url ?? "/")
    const notFound = path.join(absoluteRoot, "404.html")
    const status = file === null ? 404 : 200
    const served = file ?? (fs.existsSync(notFound) ? notFound : null)
    if (served === null) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found")
      return
    }
    const extension = path.extname(served)
    let body = fs.readFileSync(served)
    const headers = { "content-type": TYPES[extension] ?? "application/octet-stream", "cache-control": "no-cache" }
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      body = zlib.gzipSync(body, { level: 9 })
      headers["content-encoding"] = "gzip"
      headers.vary = "accept-encoding"
    }
    headers["content-length"] = String(body.length)
    response.writeHead(status, headers).end(request.method === "HEAD" ? undefined : body)
  })
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address()
      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(done)) })
    })
  })
}

module.exports = { serve }

if (require.main === module) {
  const [root = "example-site/public", port = "9000"] = process.argv.slice(2)
  serve(root, Number(port)).then((server) => console.log(`Serving ${root} at ${server.url}`))
}
