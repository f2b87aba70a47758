// The weight of the built example site's /live/ page, against a bare Gatsby page (the site's /):
// JS loaded (gzip), HTML and page-data (gzip), and, in Chromium, the page's total transfer size
// over a gzip-compressing server. Exits with 1 when /live/ loads more than 8 KB of JS (gzip)
// beyond the bare page. Usage: npm run bench   (after `npm run build -w example-site`)
import path from "path"
import { createRequire } from "module"

const require = createRequire(import.meta.url)
const { pageWeight, JS_BUDGET_BYTES } = require("./page-weight.js")
const { serve } = require("./static-server.js")
const { launchChromium } = require("./chromium.js")

const publicDir = path.join(process.argv[2] ?? "example-site", "public")
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

const [bare, live] = ["/", "/live/"].map((page) => pageWeight(publicDir, page))
for (const row of [bare, live]) {
  console.log(
    `${row.page.padEnd(7)} JS ${kb(row.jsGzip)} gzip in ${row.scripts.length} files · HTML ${kb(row.htmlGzip)} gzip · page-data ${kb(row.pageDataGzip)} gzip`,
  )
}
const extra = live.jsGzip - bare.jsGzip
console.log(`/live/ loads ${kb(extra)} more JS (gzip) than the bare page; budget ${kb(JS_BUDGET_BYTES)}`)

/** Bytes over the wire for one load, from the browser's resource timing, first-party and thumbnails apart. */
async function transfer(browser, url, viewport) {
  const context = await browser.newContext({ viewport })
  let thumbnails = 0
  await context.route(
    (u) => u.hostname !== "127.0.0.1",
    (route) => {
      thumbnails += 1
      return route.abort()
    },
  )
  const page = await context.newPage()
  await page.goto(url, { waitUntil: "networkidle" })
  const bytes = await page.evaluate(() =>
    [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
      .filter((entry) => new URL(entry.name).hostname === location.hostname)
      .reduce((sum, entry) => sum + entry.transferSize, 0),
  )
  await context.close()
  return { bytes, thumbnails }
}

const server = await serve(publicDir)
const browser = await launchChromium()
try {
  for (const [name, viewport] of [
    ["phone", { width: 375, height: 812 }],
    ["desktop", { width: 1280, height: 900 }],
  ]) {
    const base = await transfer(browser, `${server.url}/`, viewport)
    const show = await transfer(browser, `${server.url}/live/`, viewport)
    console.log(
      `${name.padEnd(7)} total transfer (gzip, cold cache): / ${kb(base.bytes)} · /live/ ${kb(show.bytes)}, ` +
        `and ${show.thumbnails} request(s) to other hosts (refused here; with thumbnails: "youtube", the thumbnails in view)`,
    )
  }
} finally {
  await browser.close()
  await server.close()
}
if (extra > JS_BUDGET_BYTES) {
  console.error(`Over budget: /live/ loads ${kb(extra)} more JS than a bare page (budget ${kb(JS_BUDGET_BYTES)}).`)
  process.exit(1)
}
