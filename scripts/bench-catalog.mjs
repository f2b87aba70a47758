// Issue 20's benchmark: a foundation-like show (scripts/foundation-like-show.js) of 100 and 1,000
// episodes (100 and 300 people):
// - the search index: its size (raw and gzip) and how many description words each episode keeps;
// - the search in Chromium with its CPU 4× slower (a phone's): the time from each key to the results
//   on the page (React's render included), typing a query a letter at a time, on the built archive;
// - the build: `gatsby build` of the 1,000-episode site with this checkout's theme and, with
//   --against REF, with the theme at REF (the same content), alternated, cold each time (no .cache).
// Usage: npm run bench:catalog [-- --against 8dc420c] [-- --runs 2] [-- --skip-build]
import fs from "fs"
import path from "path"
import { spawnSync } from "child_process"
import { createRequire } from "module"
import { fileURLToPath } from "url"
import { gzipSync } from "zlib"

const require = createRequire(import.meta.url)
const { chromium } = require("playwright-core")
const { foundationLikeShow } = require("./foundation-like-show.js")
const { writePackedSite } = require("./packed-site.js")
const { packTheme } = require("./bench-sites.js")
const { serve } = require("./static-server.js")

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const option = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? fallback : process.argv[at + 1]
}
const against = option("--against", null)
const runs = Number(option("--runs", 2))
const skipBuild = process.argv.includes("--skip-build")
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const SIZES = [
  { episodes: 100, people: 100 },
  { episodes: 1000, people: 300 },
]

/** A packed site with the theme of `commit` (null: this checkout) and the show of `size`; returns its folder. */
function site(size, commit) {
  const folder = path.join(repo, ".tmp", `bench-catalog-${size.episodes}${commit === null ? "" : `-${commit}`}`)
  writePackedSite(folder, {
    tarball: packTheme(commit),
    siteUrl: "https://example.org",
    themeOptions: { thumbnails: "youtube" },
    files: { "src/pages/live/index.md": foundationLikeShow(size), "src/pages/index.js": "export default function Home() { return null }\n" },
  })
  return folder
}

/** `gatsby build`, cold; its time in seconds. */
function build(folder) {
  fs.rmSync(path.join(folder, ".cache"), { recursive: true, force: true })
  fs.rmSync(path.join(folder, "public"), { recursive: true, force: true })
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [path.join(repo, "node_modules", "gatsby", "cli.js"), "build"], {
    cwd: folder,
    env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1", CI: "true" },
    encoding: "utf8",
  })
  if (result.status !== 0) throw new Error(`gatsby build in ${folder} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  return Number(process.hrtime.bigint() - started) / 1e9
}

/** Per key, ms from the key to the results on the page, typing `query` into the archive's search with the CPU 4× slower. */
async function keystrokes(publicDir, query) {
  const server = await serve(publicDir)
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] })
  try {
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 })
    await page.goto(`${server.url}/live/page/2/`, { waitUntil: "networkidle" })
    const box = page.getByRole("searchbox", { name: "Search the episodes" })
    await box.focus()
    await page.getByRole("combobox", { name: "Year" }).waitFor()
    // The time from each keydown to the DOM's change that it causes (before paint): React's work included.
    await page.evaluate(() => {
      const times = []
      window.__keyTimes = times
      let startedAt = null
      document.querySelector("#oil-search-query").addEventListener("keydown", () => (startedAt = performance.now()), true)
      new MutationObserver(() => {
        if (startedAt !== null) times.push(performance.now() - startedAt)
        startedAt = null
      }).observe(document.querySelector(".oil-search"), { subtree: true, childList: true, characterData: true, attributes: true })
    })
    for (const letter of query) {
      await page.keyboard.type(letter)
      await page.waitForTimeout(120)
    }
    const times = await page.evaluate(() => window.__keyTimes)
    const results = await page.locator(".oil-search__results li").count()
    return { times, results }
  } finally {
    await browser.close()
    await server.close()
  }
}

const { searchIndex, showDay } = require(path.join(repo, "dist", "src", "build", "search-index.js"))
const { readFrontmatter } = require(path.join(repo, "dist", "src", "content", "check.js"))
const { normalizeContent } = require(path.join(repo, "dist", "src", "content", "normalize.js"))

for (const size of SIZES) {
  const show = normalizeContent(readFrontmatter(foundationLikeShow(size)).data, { file: "live.md", basePath: null })
  const made = searchIndex(
    show.episodes.map((episode) => ({ ...episode, day: showDay(episode, "UTC") })),
    show,
    show.page.path,
  )
  console.log(
    `${size.episodes} episodes, ${show.people.length} people, ${show.topics.length} topics: search index ${kb(made.stats.bytes)} raw, ` +
      `${kb(made.stats.gzipBytes)} gzip (${kb(gzipSync(made.text).length)} at gzip's default level); description words kept per episode: ${made.stats.wordsPerEpisode === Infinity ? "all" : made.stats.wordsPerEpisode}`,
  )
}

if (!skipBuild) {
  const big = SIZES[1]
  const sites = [{ label: "this checkout", folder: site(big, null) }]
  if (against !== null) sites.push({ label: `theme at ${against}`, folder: site(big, against) })
  const times = new Map(sites.map((entry) => [entry.label, []]))
  for (let run = 0; run < runs; run += 1) {
    for (const entry of run % 2 === 0 ? sites : [...sites].reverse()) {
      const seconds = build(entry.folder)
      times.get(entry.label).push(seconds)
      console.log(`  build ${run + 1}, ${entry.label}: ${seconds.toFixed(1)} s`)
    }
  }
  for (const [label, values] of times)
    console.log(
      `${big.episodes} episodes, ${label}: gatsby build ${median(values).toFixed(1)} s (median of ${values.length}: ${values.map((v) => v.toFixed(1)).join(", ")})`,
    )
  if (against !== null) console.log(`ratio: ${(median(times.get("this checkout")) / median(times.get(`theme at ${against}`))).toFixed(2)}× (goal ≤ 1.5×)`)
}

for (const size of SIZES) {
  const folder = path.join(repo, ".tmp", `bench-catalog-${size.episodes}`)
  // Built with this checkout's theme: the 1,000-episode site by the build comparison above (unless skipped),
  // the other again each time (a site left from an earlier run would time an older theme's search).
  if (size.episodes !== SIZES[1].episodes || skipBuild) {
    site(size, null)
    build(folder)
  }
  const weight = fs.statSync(path.join(folder, "public", "live", "search.json")).size
  // A query of common words (many results, the most work) and the start of a word.
  for (const query of ["open source", "ka"]) {
    const { times, results } = await keystrokes(path.join(folder, "public"), query)
    console.log(
      `${size.episodes} episodes (search.json ${kb(weight)} raw), CPU 4× slower, typing "${query}": per key ${times.map((t) => t.toFixed(1)).join(", ")} ms ` +
        `(max ${Math.max(...times).toFixed(1)} ms, goal < 50 ms); ${results} results listed`,
    )
  }
}
