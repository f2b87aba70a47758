// Sizes of what a visitor of the built example site downloads: the JS each page loads (gzip),
// its HTML and page-data. Usage: node scripts/measure.mjs [site-folder]   (after a build)
import fs from "fs"
import path from "path"
import zlib from "zlib"

const site = process.argv[2] ?? "example-site"
const publicDir = path.join(site, "public")
const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

function measure(pagePath) {
  const htmlFile = path.join(publicDir, pagePath, "index.html")
  const html = fs.readFileSync(htmlFile, "utf8")
  const pageData = path.join(publicDir, "page-data", pagePath.replace(/^\/|\/$/g, "") || "index", "page-data.json")
  // The <script src> tags load Gatsby's runtime; the page's own component chunks are loaded through ___chunkMapping.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1])
  const mapping = JSON.parse(/___chunkMapping=(?:'|")?(\{.*?\})(?:'|")?;/s.exec(html)?.[1].replace(/\\"/g, '"') ?? "{}")
  const { componentChunkName } = JSON.parse(fs.readFileSync(pageData, "utf8"))
  const scripts = [...new Set([...tags, ...(mapping[componentChunkName] ?? [])])]
  const js = scripts.reduce((sum, src) => sum + gzip(path.join(publicDir, src.replace(/^\//, ""))), 0)
  return { page: pagePath, scripts: scripts.length, jsGzip: js, htmlGzip: gzip(htmlFile), pageDataGzip: fs.existsSync(pageData) ? gzip(pageData) : 0 }
}

const rows = ["/", "/live/"].map(measure)
for (const row of rows) {
  console.log(`${row.page.padEnd(8)} JS ${kb(row.jsGzip)} gzip in ${row.scripts} scripts · HTML ${kb(row.htmlGzip)} gzip · page-data ${kb(row.pageDataGzip)} gzip`)
}
console.log(`/live/ loads ${kb(rows[1].jsGzip - rows[0].jsGzip)} more JS (gzip) than the bare page /`)
