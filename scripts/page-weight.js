// What a built Gatsby page weighs: the JS it loads (its <script src> tags and its
// component's chunk group from webpack.stats.json), its HTML and its page-data, all gzip-compressed.
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
  const { componentChunkName } = JSON.parse(fs.readFileSync(pageData, "utf8"))
  // The component's chunk group: its own chunk and the chunks it shares with other pages, which the
  // webpack runtime loads with it (Gatsby's ___chunkMapping names the component's own chunk only).
  const stats = JSON.parse(fs.readFileSync(path.join(publicDir, "webpack.stats.json"), "utf8"))
  const group = stats.namedChunkGroups[componentChunkName]?.assets ?? []
  const chunks = group
    .map((asset) => (typeof asset === "string" ? asset : asset.name))
    .filter((name) => name.endsWith(".js"))
    .map((name) => `/${name}`)
  const scripts = [...new Set([...tags, ...chunks])]
  const jsGzip = scripts.reduce((sum, src) => sum + gzipSize(path.join(publicDir, src.replace(/^\//, ""))), 0)
  return { page: pagePath, scripts, jsGzip, htmlGzip: gzipSize(htmlFile), pageDataGzip: gzipSize(pageData) }
}

module.exports = { pageWeight, JS_BUDGET_BYTES }
