// /live/ side by side with a bare one-page Gatsby site built with the same gatsby and react: the JS each
// page loads (gzip), and Lighthouse 12 (mobile, simulated throttling) on each, alternating runs over a
// gzip-compressing local server; medians, ranges and the differences against the goals of issue 10.
// /live/ is the theme as a user installs it (packed, in .tmp/theme-site, with the example site's show
// file): see scripts/bench-sites.js for why not the example site itself, whose figures are printed too
// when it is built. Twice: on a site with nothing but the theme, against the bare site; and on a site
// with pages and templates of its own (as a foundation's), against the bare page of that same site
// without the theme, since Gatsby's chunk maps grow with a site's pages and /live/ loads them.
// The sites are built the first time, or again with --rebuild (after changing the theme). With
// --against REF, /live/ of the theme at commit REF is built (once, on both sites) and measured in the
// same alternation: a change before and after in one sitting, the only comparison that holds on a
// machine whose load varies. Lighthouse comes from the npm registry through npx, the first time.
// Lighthouse's blocking time moves with the host's speed (a bare page scores 0 ms one day and 100 ms
// another): the main-thread work of a load, from Chromium's own counters with the CPU 4× slower, is
// measured too, in the same alternation, so that a change's cost shows where TBT's noise hides it.
// Usage: npm run bench [-- --runs 5] [-- --rebuild] [-- --against c88341a] [-- --no-lighthouse]
import fs from "fs"
import path from "path"
import { execFile } from "child_process"
import { promisify } from "util"
import { createRequire } from "module"
import { fileURLToPath } from "url"

const require = createRequire(import.meta.url)
const { pageWeight } = require("./page-weight.js")
const { serve } = require("./static-server.js")
const { chromiumPath, launchChromium } = require("./chromium.js")
const { benchPages } = require("./bench-sites.js")

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const runs = Number(option("--runs", 3)) || 3
const rebuild = args.includes("--rebuild")
const against = option("--against", null)
const withLighthouse = !args.includes("--no-lighthouse")
const JS_GOAL = 6 * 1024
const TBT_GOAL_MS = 100

const pages = await benchPages({ rebuild, against })
const byName = Object.fromEntries(pages.map((page) => [page.name, page]))
// The two comparisons, each /live/ (and /live/ before) against the bare page of its own pair of sites.
const comparisons = [
  { title: "theme-only site", bare: "bare", live: "live", before: "before" },
  { title: "site with pages of its own", bare: "bare-own", live: "live-own", before: "before-own" },
]

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const bytes = (value) => `${value.toLocaleString("en-US")} B`
const weights = Object.fromEntries(pages.map((page) => [page.name, pageWeight(page.dir, page.path).jsGzip]))
console.log("JS loaded, gzip:")
for (const { title, bare, live, before } of comparisons) {
  const extra = weights[live] - weights[bare]
  console.log(`  ${title}: bare page ${kb(weights[bare])}, /live/ ${kb(weights[live])}: +${kb(extra)} (+${bytes(extra)}; goal: within ${kb(JS_GOAL)})`)
  if (before in byName) {
    console.log(
      `    /live/ at ${against}: ${kb(weights[before])}: +${kb(weights[before] - weights[bare])} (${weights[before] - weights[live]} B more than now)`,
    )
  }
}
const example = path.join(repo, "example-site", "public")
if (fs.existsSync(path.join(example, "live", "index.html"))) {
  const [home, live] = [pageWeight(example, "/"), pageWeight(example, "/live/")]
  console.log(`  the example site, for comparison (its own pages, CMS plugin, shadow and styles): / ${kb(home.jsGzip)}, /live/ ${kb(live.jsGzip)}`)
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

/**
 * The main thread's work while a page loads and settles (3 s after `load`), phone-sized, the CPU 4× slower:
 * Chromium's Performance metrics (TaskDuration, ScriptDuration, RecalcStyle + Layout), in ms, and its DOM nodes.
 */
async function mainThreadWork(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send("Performance.enable")
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 })
    await page.goto(url, { waitUntil: "load" })
    await page.waitForTimeout(3000)
    const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((metric) => [metric.name, metric.value]))
    return {
      task: metrics.TaskDuration * 1000,
      script: metrics.ScriptDuration * 1000,
      layout: (metrics.RecalcStyleDuration + metrics.LayoutDuration) * 1000,
      nodes: metrics.Nodes,
    }
  } finally {
    await context.close()
  }
}

const servers = {}
const results = {}
const work = Object.fromEntries(pages.map((page) => [page.name, []]))
try {
  for (const page of pages) [servers[page.name], results[page.name]] = [await serve(page.dir), []]
  for (let run = 0; run < (withLighthouse ? runs : 0); run += 1) {
    // Alternating, so that what else the machine does weighs on every page alike.
    for (const page of pages) results[page.name].push(await lighthouse(`${servers[page.name].url}${page.path}`))
  }
  const browser = await launchChromium()
  try {
    for (let run = 0; run < runs * 2; run += 1) {
      for (const page of run % 2 === 0 ? pages : [...pages].reverse())
        work[page.name].push(await mainThreadWork(browser, `${servers[page.name].url}${page.path}`))
    }
  } finally {
    await browser.close()
  }
} finally {
  for (const server of Object.values(servers)) await server.close()
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values, format) => `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`
const ms = (value) => `${Math.round(value)} ms`
const s = (value) => `${(value / 1000).toFixed(1)} s`
if (withLighthouse) {
  console.log(`\nLighthouse 12, mobile, simulated throttling, ${runs} alternating runs each: median (min–max)`)
  console.log("| page | performance | total blocking time | LCP | CLS |\n|---|---|---|---|---|")
  for (const { name, label } of pages) {
    const rows = results[name]
    const pick = (key) => rows.map((row) => row[key])
    console.log(
      `| ${label} | ${range(pick("performance"), (v) => v.toFixed(2))} | ${range(pick("tbt"), ms)} | ${range(pick("lcp"), s)} | ${range(pick("cls"), (v) => v.toFixed(3))} |`,
    )
  }
  const medianOf = (name, key) => median(results[name].map((row) => row[key]))
  console.log("")
  for (const { title, bare, live } of comparisons) {
    const tbtGap = medianOf(live, "tbt") - medianOf(bare, "tbt")
    console.log(
      `/live/ against the bare page, ${title}: JS +${kb(weights[live] - weights[bare])} (goal ≤ ${kb(JS_GOAL)}), TBT ${tbtGap >= 0 ? "+" : ""}${Math.round(tbtGap)} ms (goal ≤ ${TBT_GOAL_MS} ms), performance ${medianOf(live, "performance").toFixed(2)} (goal ≥ 0.97), CLS ${medianOf(live, "cls").toFixed(3)}`,
    )
  }
}

console.log(`\nMain-thread work of a load (CPU 4× slower, phone-sized, until 3 s after load), ${runs * 2} alternating loads each: median (min–max)`)
console.log("| page | all tasks | script | style and layout | DOM nodes |\n|---|---|---|---|---|")
for (const { name, label } of pages) {
  const pick = (key) => work[name].map((row) => row[key])
  console.log(`| ${label} | ${range(pick("task"), ms)} | ${range(pick("script"), ms)} | ${range(pick("layout"), ms)} | ${median(pick("nodes"))} |`)
}
const workOf = (name) => median(work[name].map((row) => row.task))
const signed = (value) => `${value >= 0 ? "+" : ""}${Math.round(value)} ms`
for (const { title, bare, live, before } of comparisons) {
  const versus = before in byName ? `; against /live/ at ${against}: ${signed(workOf(live) - workOf(before))}` : ""
  console.log(`/live/ main-thread work, ${title}: ${signed(workOf(live) - workOf(bare))} against the bare page${versus}`)
}
