// /live/ side by side with a bare one-page Gatsby site built with the same gatsby and react: the JS each
// page loads (gzip), and Lighthouse 12 (mobile, simulated throttling) on each, alternating runs over a
// gzip-compressing local server; medians, ranges and the differences against the goals of issue 10.
// Builds the bare site in .tmp/bare-site the first time (or with --rebuild); the example site must be
// built (node scripts/build-example.js, which `npm run test:e2e` runs). Lighthouse comes from the npm
// registry through npx, the first time. Usage: npm run bench [-- --runs 5] [-- --rebuild]
import fs from "fs"
import path from "path"
import { execFile, spawnSync } from "child_process"
import { promisify } from "util"
import { createRequire } from "module"
import { fileURLToPath } from "url"

const require = createRequire(import.meta.url)
const { pageWeight } = require("./page-weight.js")
const { serve } = require("./static-server.js")
const { chromiumPath } = require("./chromium.js")

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf("--runs") + 1] ?? 3) || 3
const bare = path.join(repo, ".tmp", "bare-site")
const example = path.join(repo, "example-site", "public")
const JS_GOAL = 6 * 1024
const TBT_GOAL_MS = 100

if (!fs.existsSync(path.join(example, "live", "index.html"))) {
  console.error("Build the example site first: node scripts/build-example.js")
  process.exit(2)
}
if (args.includes("--rebuild") || !fs.existsSync(path.join(bare, "public", "index.html"))) {
  // Gatsby and React resolve from this repository's node_modules, above the site: the same versions as the example's.
  fs.rmSync(bare, { recursive: true, force: true })
  fs.mkdirSync(path.join(bare, "src", "pages"), { recursive: true })
  fs.writeFileSync(path.join(bare, "package.json"), JSON.stringify({ name: "bare-site", private: true, dependencies: { gatsby: "*", react: "*", "react-dom": "*" } }))
  fs.writeFileSync(path.join(bare, "gatsby-config.js"), "module.exports = {}\n")
  fs.writeFileSync(
    path.join(bare, "src", "pages", "index.js"),
    `import * as React from "react"\nexport default function Home() {\n  return <main><h1>A bare Gatsby page</h1><p>Nothing else.</p></main>\n}\nexport const Head = () => <title>Bare</title>\n`,
  )
  const build = spawnSync(process.execPath, [path.join(repo, "node_modules", "gatsby", "cli.js"), "build"], { cwd: bare, stdio: "inherit", env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1" } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const bareWeight = pageWeight(path.join(bare, "public"), "/")
const liveWeight = pageWeight(example, "/live/")
const exampleHome = pageWeight(example, "/")
console.log(`JS loaded, gzip: bare page ${kb(bareWeight.jsGzip)}, /live/ ${kb(liveWeight.jsGzip)}: +${kb(liveWeight.jsGzip - bareWeight.jsGzip)} (goal: within ${kb(JS_GOAL)})`)
// The example site's own plugins (the CMS's gatsby-browser, with a core-js polyfill) weigh on all its pages alike.
console.log(`  of which the example site's own, on every page: its / loads ${kb(exampleHome.jsGzip)} (+${kb(exampleHome.jsGzip - bareWeight.jsGzip)}); the show page itself: +${kb(liveWeight.jsGzip - exampleHome.jsGzip)}`)

async function lighthouse(url) {
  const output = path.join(repo, ".tmp", "lighthouse.json")
  // Not execFileSync: the pages are served from this process, which must stay free to answer.
  await promisify(execFile)(
    "npx",
    ["-y", "lighthouse@12.2.3", url, "--output=json", `--output-path=${output}`, "--only-categories=performance", "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"],
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

const servers = { bare: await serve(path.join(bare, "public")), live: await serve(example) }
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
for (const [name, label] of [["bare", "bare one-page Gatsby site"], ["live", "/live/"]]) {
  const rows = results[name]
  const pick = (key) => rows.map((row) => row[key])
  console.log(`| ${label} | ${range(pick("performance"), (v) => v.toFixed(2))} | ${range(pick("tbt"), ms)} | ${range(pick("lcp"), s)} | ${range(pick("cls"), (v) => v.toFixed(3))} |`)
}
const tbtGap = median(results.live.map((row) => row.tbt)) - median(results.bare.map((row) => row.tbt))
console.log(`\n/live/ against the bare page: JS +${kb(liveWeight.jsGzip - bareWeight.jsGzip)} (goal ≤ ${kb(JS_GOAL)}), TBT ${tbtGap >= 0 ? "+" : ""}${Math.round(tbtGap)} ms (goal ≤ ${TBT_GOAL_MS} ms), performance ${median(results.live.map((row) => row.performance)).toFixed(2)} (goal ≥ 0.97)`)
