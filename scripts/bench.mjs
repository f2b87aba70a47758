// /live/ side by side with a bare one-page Gatsby site built with the same gatsby and react: the JS each
// page loads (gzip), and Lighthouse 12 (mobile, simulated throttling) on each, alternating runs over a
// gzip-compressing local server; medians, ranges and the differences against the goals of issue 10.
// /live/ is the theme as a user installs it (packed, in .tmp/theme-site, with the example site's show
// file): see scripts/bench-sites.js for why not the example site itself, whose figures are printed too
// when it is built. The sites are built the first time, or again with --rebuild (after changing the
// theme). Lighthouse comes from the npm registry through npx, the first time.
// Usage: npm run bench [-- --runs 5] [-- --rebuild]
import fs from "fs"
import path from "path"
import { execFile } from "child_process"
import { promisify } from "util"
import { createRequire } from "module"
import { fileURLToPath } from "url"

const require = createRequire(import.meta.url)
const { pageWeight } = require("./page-weight.js")
const { serve } = require("./static-server.js")
const { chromiumPath } = require("./chromium.js")
const { bareSite, themeSite } = require("./bench-sites.js")

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf("--runs") + 1] ?? 3) || 3
const rebuild = args.includes("--rebuild")
const JS_GOAL = 6 * 1024
const TBT_GOAL_MS = 100

const bare = await bareSite({ rebuild })
const theme = await themeSite({ rebuild })

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const bareWeight = pageWeight(bare, "/")
const liveWeight = pageWeight(theme, "/live/")
console.log(
  `JS loaded, gzip: bare page ${kb(bareWeight.jsGzip)}, /live/ ${kb(liveWeight.jsGzip)}: +${kb(liveWeight.jsGzip - bareWeight.jsGzip)} (goal: within ${kb(JS_GOAL)})`,
)
const example = path.join(repo, "example-site", "public")
if (fs.existsSync(path.join(example, "live", "index.html"))) {
  const [home, live] = [pageWeight(example, "/"), pageWeight(example, "/live/")]
  console.log(
    `  the example site, for comparison (its CMS plugin, and this repository's node_modules compiled as its source): / ${kb(home.jsGzip)}, /live/ ${kb(live.jsGzip)}`,
  )
}

async function lighthouse(url) {
  const output = path.join(repo, ".tmp", "lighthouse.json")
  // Not execFileSync: the pages are served from this process, which must stay free to answer.
  await promisify(execFile)(
    "npx",
    [
      "-y",
      "lighthouse@12.2.3",
      url,
      "--output=json",
      `--output-path=${output}`,
      "--only-categories=performance",
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(fs.readFileSync(output, "utf8"))
  return {
    performance: report.categories.performance.score,
    tbt: report.audits["total-blocking-time"].numericValue,
    lcp: report.audits["largest-contentful-paint"].numericValue,
    cls: report.audits["cumulative-layout-shift"].numericValue,
  }
}

const servers = { bare: await serve(bare), live: await serve(theme) }
const results = { bare: [], live: [] }
try {
  for (let run = 0; run < runs; run += 1) {
    // Alternating, so that what else the machine does weighs on both alike.
    results.bare.push(await lighthouse(`${servers.bare.url}/`))
    results.live.push(await lighthouse(`${servers.live.url}/live/`))
  }
} finally {
  await servers.bare.close()
  await servers.live.close()
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values, format) => `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`
const ms = (value) => `${Math.round(value)} ms`
const s = (value) => `${(value / 1000).toFixed(1)} s`
console.log(`\nLighthouse 12, mobile, simulated throttling, ${runs} alternating runs each: median (min–max)`)
console.log("| page | performance | total blocking time | LCP | CLS |\n|---|---|---|---|---|")
for (const [name, label] of [
  ["bare", "bare one-page Gatsby site"],
  ["live", "/live/ (packed theme)"],
]) {
  const rows = results[name]
  const pick = (key) => rows.map((row) => row[key])
  console.log(
    `| ${label} | ${range(pick("performance"), (v) => v.toFixed(2))} | ${range(pick("tbt"), ms)} | ${range(pick("lcp"), s)} | ${range(pick("cls"), (v) => v.toFixed(3))} |`,
  )
}
const tbtGap = median(results.live.map((row) => row.tbt)) - median(results.bare.map((row) => row.tbt))
console.log(
  `\n/live/ against the bare page: JS +${kb(liveWeight.jsGzip - bareWeight.jsGzip)} (goal ≤ ${kb(JS_GOAL)}), TBT ${tbtGap >= 0 ? "+" : ""}${Math.round(tbtGap)} ms (goal ≤ ${TBT_GOAL_MS} ms), performance ${median(results.live.map((row) => row.performance)).toFixed(2)} (goal ≥ 0.97)`,
)
