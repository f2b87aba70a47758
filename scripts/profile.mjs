// Where the main thread's time goes while a page loads, in Chromium with the CPU slowed 4× (as Lighthouse's
// mobile profile does): the long tasks (≥ 50 ms) from a trace, what each spends its time on (script,
// parsing, style, layout, paint), and the functions with the most self time from a CPU profile.
// For the benchmark's sites (npm run bench builds them): /live/ of the packed theme and the bare page.
// With --against REF, the page "before" is /live/ with the theme of commit REF (as npm run bench builds it).
// Usage: node scripts/profile.mjs [--runs 3] [--page live|bare|before] [--against c88341a]
import path from "path"
import { createRequire } from "module"

const require = createRequire(import.meta.url)
const { serve } = require("./static-server.js")
const { launchChromium } = require("./chromium.js")
const { benchPages } = require("./bench-sites.js")

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const runs = Number(option("--runs", 3))
const against = option("--against", null)
const pages = option("--page", against === null ? "bare,live" : "bare,live,before").split(",")

const sites = Object.fromEntries((await benchPages({ against })).map((page) => [page.name, [page.dir, page.path]]))

/** What a trace's events spend their time on, by kind (durations in ms, nested events counted once, by the innermost). */
const KINDS = {
  ParseHTML: "parse HTML",
  EvaluateScript: "script",
  "v8.compile": "compile",
  FunctionCall: "script",
  TimerFire: "script",
  EventDispatch: "script",
  FireAnimationFrame: "script",
  RunMicrotasks: "script",
  "v8.evaluateModule": "script",
  UpdateLayoutTree: "style",
  Layout: "layout",
  Paint: "paint",
  PrePaint: "paint",
  Layerize: "paint",
  ParseAuthorStyleSheet: "parse CSS",
  "Decode Image": "image decode",
}

async function profileOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 })
  await cdp.send("Profiler.enable")
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 })
  const events = []
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value))
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve))
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing",
    transferMode: "ReportEvents",
  })
  await cdp.send("Profiler.start")
  await page.goto(url, { waitUntil: "load" })
  await page.waitForTimeout(3000)
  const { profile } = await cdp.send("Profiler.stop")
  await cdp.send("Tracing.end")
  await done
  await context.close()

  const main = events.find((e) => e.name === "TracingStartedInBrowser")
  const rendererThreads = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`))
  void main
  const onMain = events.filter((e) => rendererThreads.has(`${e.pid}:${e.tid}`) && e.ph === "X" && typeof e.dur === "number")
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.dur >= 50_000)
  const navigationStart = Math.min(...onMain.filter((e) => e.name === "RunTask").map((e) => e.ts))
  const summary = tasks.map((task) => {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && KINDS[e.name])
    // Self time per kind: an event's duration minus its counted children's.
    const kinds = {}
    for (const event of inside) {
      const children = inside.filter((c) => c !== event && c.ts >= event.ts && c.ts + c.dur <= event.ts + event.dur)
      const direct = children.filter((c) => !children.some((p) => p !== c && c.ts >= p.ts && c.ts + c.dur <= p.ts + p.dur))
      const self = event.dur - direct.reduce((sum, c) => sum + c.dur, 0)
      kinds[KINDS[event.name]] = (kinds[KINDS[event.name]] ?? 0) + self / 1000
    }
    const url = inside.find((e) => e.args?.data?.url)?.args.data.url ?? ""
    return { start: Math.round((task.ts - navigationStart) / 1000), ms: Math.round(task.dur / 1000), url: url.replace(/^https?:\/\/[^/]+/, ""), kinds }
  })
  // Self time per function from the CPU profile (samples × interval).
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  const deltas = profile.timeDeltas
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)
    const { functionName, url, lineNumber } = node.callFrame
    const key = `${functionName || "(anonymous)"} ${url ? path.basename(url) : ""}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000)
  })
  const functions = [...self.entries()].filter(([key]) => !/^\((idle|program|garbage collector)\)/.test(key)).sort((a, b) => b[1] - a[1])
  const tbt = tasks.reduce((sum, task) => sum + Math.max(0, task.dur / 1000 - 50), 0)
  return { tasks: summary, tbt, functions: functions.slice(0, 15) }
}

const browser = await launchChromium()
try {
  for (const name of pages) {
    const [dir, pagePath] = sites[name]
    const server = await serve(dir)
    try {
      for (let run = 0; run < runs; run += 1) {
        const result = await profileOnce(browser, `${server.url}${pagePath}`)
        console.log(`\n${name} ${pagePath}, run ${run + 1}: ${result.tasks.length} long tasks, blocking ${Math.round(result.tbt)} ms (CPU 4× slower)`)
        for (const task of result.tasks) {
          const kinds = Object.entries(task.kinds)
            .filter(([, ms]) => ms >= 1)
            .sort((a, b) => b[1] - a[1])
            .map(([kind, ms]) => `${kind} ${Math.round(ms)}`)
            .join(", ")
          console.log(`  at ${task.start} ms: ${task.ms} ms ${task.url} (${kinds})`)
        }
        if (run === runs - 1) {
          console.log("  most self time (CPU profile, all of the load):")
          for (const [key, ms] of result.functions) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${key}`)
        }
      }
    } finally {
      await server.close()
    }
  }
} finally {
  await browser.close()
}
