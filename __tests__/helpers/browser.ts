/**
 * Debian's Chromium driven by playwright-core, for the end-to-end tests: a page
 * of the built example site, served on localhost, with every request that leaves
 * localhost recorded and answered here (this machine has no way out, and a test
 * must not depend on YouTube anyway).
 */
import fs from "fs"
import path from "path"
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core"
import { REPO, TEST_NOW } from "./gatsby"

/* eslint-disable @typescript-eslint/no-require-imports */
const { serve } = require("../../scripts/static-server.js") as { serve: (root: string) => Promise<{ url: string; close: () => Promise<void> }> }
const { launchChromium } = require("../../scripts/chromium.js") as { launchChromium: () => Promise<Browser> }
/* eslint-enable @typescript-eslint/no-require-imports */
export const SCREENSHOTS = path.join(REPO, ".tmp", "screenshots")
export const PHONE = { width: 375, height: 812 }
export const DESKTOP = { width: 1280, height: 900 }

/** A stand-in for a YouTube thumbnail (480×360 with the letterbox bars YouTube's have). */
const THUMBNAIL = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="480" height="360" fill="#000"/><rect y="45" width="480" height="270" fill="#2d4a6b"/></svg>`
/** A stand-in for YouTube's player page. */
const PLAYER = "<!doctype html><html lang=en><title>player</title><body style='margin:0;background:#000'></body></html>"

export interface Session {
  browser: Browser
  url: string
  close: () => Promise<void>
}

export async function startSession(publicDir: string): Promise<Session> {
  const browser = await launchChromium()
  const server = await serve(publicDir)
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

/**
 * The jest hooks of a suite that visits one built site: a Chromium session on a local server for
 * the whole suite (after checking that the site is built), and each visit's browser context closed
 * after its test. Returns `open` (a `visit` in that session) and the session itself.
 */
export function browserSuite(publicDir: string, notBuilt: string) {
  let session: Session
  const opened: Visit[] = []
  beforeAll(async () => {
    if (!fs.existsSync(path.join(publicDir, "index.html"))) throw new Error(notBuilt)
    session = await startSession(publicDir)
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await session?.close()
  })
  afterEach(async () => {
    for (const { context } of opened.splice(0)) await context.close()
  })
  return {
    open: async (...args: Parameters<typeof visit> extends [Session, ...infer Rest] ? Rest : never): Promise<Visit> => {
      const result = await visit(session, ...args)
      opened.push(result)
      return result
    },
    session: () => session,
  }
}

export interface Visit {
  context: BrowserContext
  page: Page
  /** Every request that left localhost, in order. */
  external: string[]
  /** Console errors and uncaught exceptions. */
  errors: string[]
}

/**
 * A new context and page. Requests to YouTube's thumbnail and player hosts are
 * answered with stand-ins; any other request that leaves localhost is refused.
 * `before` runs before the page loads (to install a clock, say); without it, the browser's clock starts
 * at the tests' build moment (TEST_NOW), so that the page shows what its static HTML says.
 */
export async function visit(
  session: Session,
  pagePath: string,
  options: BrowserContextOptions = {},
  before?: (page: Page) => Promise<unknown>,
): Promise<Visit> {
  const context = await session.browser.newContext({ viewport: DESKTOP, ...options })
  const external: string[] = []
  const errors: string[] = []
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      const url = new URL(route.request().url())
      external.push(url.href)
      if (url.hostname === "i.ytimg.com") return route.fulfill({ contentType: "image/svg+xml", body: THUMBNAIL })
      if (url.hostname === "www.youtube-nocookie.com") return route.fulfill({ contentType: "text/html", body: PLAYER })
      return route.abort()
    },
  )
  const page = await context.newPage()
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text())
  })
  page.on("pageerror", (error) => errors.push(String(error)))
  if (before) await before(page)
  else await page.clock.install({ time: new Date(TEST_NOW) })
  await page.goto(session.url + pagePath, { waitUntil: "load" })
  // Hydrated: no video's control is a link any more (they become buttons).
  if (options.javaScriptEnabled !== false) await page.waitForFunction(() => document.querySelector("a.oil-video__control") === null)
  return { context, page, external, errors }
}

/** The heading of the featured section and the title of its episode, or null when there is none. */
export async function featured(page: Page): Promise<[string, string] | null> {
  return page.evaluate(() => {
    const section = document.querySelector("section.oil-featured")
    if (section === null) return null
    // The section's name ("Up next"), without the countdown beside it in the heading.
    return [section.querySelector("#oil-featured-title")!.textContent!.trim(), section.querySelector("article h3")!.textContent!.trim()]
  })
}

/** Polls `read` until it gives `expected` (the page re-schedules in an effect after hydration); returns the last value. */
export async function settle<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  return value
}

export const sectionTitles = (page: Page, heading: string) =>
  page.evaluate((name) => {
    const section = [...document.querySelectorAll("section")].find((s) => s.querySelector("h2")?.textContent === name)
    return section ? [...section.querySelectorAll("article h3")].map((h) => h.textContent!.trim()) : []
  }, heading)

export const timeText = (page: Page, title: string) =>
  page.evaluate((name) => {
    const card = [...document.querySelectorAll("article")].find((a) => a.querySelector("h3")?.textContent?.trim() === name)
    return card?.querySelector("time")?.textContent?.replace(/\s/g, " ") ?? null
  }, title)

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

/** What axe-core (WCAG 2.1 A and AA) finds wrong on the page, one line per rule; it fails when it checked no colour contrast. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async (tags) => {
    type Result = { id: string; help: string; nodes: Array<{ target: string[] }> }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } })
    // A run that checked nothing would pass too: make sure the contrast rule looked at the page.
    if (!result.passes.some((rule) => rule.id === "color-contrast" && rule.nodes.length >= 5)) return ["axe did not check the page's colour contrast"]
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")})`)
  }, WCAG_21_AA)
  return violations
}
