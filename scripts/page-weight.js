// What a built Gatsby page weighs: the JS it loads (its <script src> tags and its
// component's chunks from ___chunkMapping), its HTML and its page-data, all gzip-compressed.
const fs = require("fs")
const path = require("path")
const zlib = require("zlib")

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length

/** The JS budget of issue 3: what /live/ loads beyond a bare Gatsby page, gzip. */
const JS_BUDGET_BYTES = 8 * 1024

function pageWeight(publicDir, pagePath) {
  const htmlFile = path.join(publicDir, pagePath, "index.html")
  const html = fs.readFileSync(htmlFile, "utf8")
  const pageData = path.join(publicDir, "page-data", pagePath.replace(/^\/|\/$/g, "") || "index", "page-data.json")
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1])
  const mapping = JSON.parse(/___chunkMapping=(?:'|")?(\{.*?\})(?:'|")?;/s.exec(html)?.[1].replace(/\\"/g, '"') ?? "{}")
  const { componentChunkName } = JSON.parse(fs.readFileSync(pageData, "utf8"))
  const scripts = [...new Set([...tags, ...(mapping[componentChunkName] ?? [])])]
  const jsGzip = scripts.reduce((sum, src) => sum + gzipSize(path.join(publicDir, src.replace(/^\//, ""))), 0)
  return { page: pagePath, scripts, jsGzip, htmlGzip: gzipSize(htmlFile), pageDataGzip: gzipSize(pageData) }
}

module.exports = { pageWeight, JS_BUDGET_BYTES }
