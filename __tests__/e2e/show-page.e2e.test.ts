/**
 * The built example site's /live/ page in a real browser (Debian's Chromium):
 * accessibility, console, the video facade and its network behaviour, the
 * schedule following the viewer's clock, local times, layout stability.
 * Run after the example site is built (`npm test` builds it in the integration
 * tests just before; `npm run test:e2e` builds it itself).
 */
import path from "path"
import type { Page } from "playwright-core"
import { axeViolations, browserSuite, DESKTOP, featured, PHONE, SCREENSHOTS, sectionTitles, settle, timeText } from "../helpers/browser"
import { REPO, TEST_NOW } from "../helpers/gatsby"

const PUBLIC = path.join(REPO, "example-site", "public")

/** Two episodes of the example site's content, and when they air (UTC). */
const YEAR_IN_REVIEW = { title: "OpenInfra Live: Year in Review", start: "2099-01-15T15:00:00.000Z" }
const ZUUL_AT_TEN = { title: "Zuul at Ten", start: "2099-01-22T15:00:00.000Z" }
const KATA = { title: "Kata Containers", start: "2021-07-22T14:00:00.000Z" }
const EDGE = { title: "Building the Intelligent Edge with Open Source Technologies" }
/** A day without a time (the content has 2021-06-03T00:00:00.000Z, a migrated midnight), and a time on the same archive page. */
const AMA = { title: "OpenInfra AMA (Ask Me Anything)", day: "2021-06-03" }
const DISCUSSION = { title: "Upgrades in Large Scale OpenStack infrastructure: The Discussion" }

const { open } = browserSuite(PUBLIC, "example-site is not built: run `npm run test:e2e` (which builds it) or `npm run build -w example-site` first.")

describe("/live/ in Chromium", () => {
  it.each([
    ["phone", "light", PHONE],
    ["desktop", "light", DESKTOP],
    ["phone", "dark", PHONE],
    ["desktop", "dark", DESKTOP],
  ] as const)("has no WCAG 2.1 AA violation (axe) and no console error, %s, %s mode; screenshot saved", async (name, colorScheme, viewport) => {
    const { page, errors } = await open("/live/", { viewport, colorScheme })
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await page.screenshot({ path: path.join(SCREENSHOTS, `live-${name}-${colorScheme}.png`), fullPage: true })
  })

  it.each([
    ["episode", "/live/2021-07-01-building-the-intelligent-edge-with-open-source-technologies/", "phone", "light", PHONE],
    ["episode", "/live/2099-01-15-openinfra-live-year-in-review/", "desktop", "dark", DESKTOP],
    ["archive", "/live/page/2/", "phone", "dark", PHONE],
    ["archive", "/live/page/2/", "desktop", "light", DESKTOP],
  ] as const)("%s page %s has no WCAG 2.1 AA violation and no console error, %s, %s mode", async (kind, pagePath, name, colorScheme, viewport) => {
    const { page, errors } = await open(pagePath, { viewport, colorScheme })
    expect(await page.locator("h1").count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await page.screenshot({ path: path.join(SCREENSHOTS, `${kind}-${name}-${colorScheme}.png`), fullPage: true })
  })

  it("plays an episode page's video in place", async () => {
    const { page, errors } = await open("/live/2021-07-01-building-the-intelligent-edge-with-open-source-technologies/")
    await page.getByRole("button", { name: `Play: ${EDGE.title}` }).click()
    await page.locator("iframe.oil-video__player").waitFor()
    expect(errors).toEqual([])
  })

  it("has one h1, landmarks, headings in order, and the site's token override and shadow applied", async () => {
    const { page } = await open("/live/")
    const outline = await page.evaluate(() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])))
    expect(outline.filter((level) => level === 1)).toHaveLength(1)
    expect(outline[0]).toBe(1)
    outline.forEach((level, index) => expect(level - (outline[index - 1] ?? 0)).toBeLessThanOrEqual(1))
    expect(await page.locator("main").count()).toBe(1)
    // example-site/src/styles/site.css sets --oil-color-accent: #c8102e
    const calendar = page.locator(".oil-link--calendar").first()
    expect(await calendar.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(200, 16, 46)")
    expect(await page.locator('[data-shadowed="join-footer"]').count()).toBe(1)
  })

  it("makes no third-party request at all before a click: thumbnails are the site's own, and lazy; no preconnect", async () => {
    const { page, external } = await open("/live/", { viewport: PHONE })
    const thumbnails: string[] = []
    page.on("request", (request) => {
      if (request.url().includes("/live/thumbnails/")) thumbnails.push(request.url())
    })
    await page.reload({ waitUntil: "networkidle" })
    const videos = await page.locator(".oil-video").count()
    expect(videos).toBeGreaterThan(3)
    expect(external).toEqual([])
    expect(thumbnails.length).toBeGreaterThan(0)
    expect(thumbnails.every((url) => url.endsWith(".webp"))).toBe(true) // Chromium takes the WebP source
    expect(thumbnails.length).toBeLessThan(videos) // lazy: the thumbnails far below the fold are not loaded
    const hints = await page.evaluate(() => [...document.querySelectorAll("link[rel=preconnect], link[rel=dns-prefetch]")].map((l) => l.getAttribute("href")))
    expect(hints.filter((href) => /google|doubleclick|youtube|ytimg|gstatic/.test(href ?? ""))).toEqual([])
  })

  it("loads only the thumbnails near the viewport after a client-side navigation too", async () => {
    // React creates these images (no server HTML): the thumbnails must still wait to be scrolled to.
    const { page, errors } = await open("/live/page/2/", { viewport: PHONE })
    const thumbnails: string[] = []
    page.on("request", (request) => {
      if (request.url().includes("/live/thumbnails/")) thumbnails.push(request.url())
    })
    await page.getByRole("link", { name: "← Newer episodes" }).click()
    await page.waitForURL(/\/live\/$/)
    await page.waitForLoadState("networkidle")
    const videos = await page.locator(".oil-video").count()
    expect(videos).toBeGreaterThan(3)
    expect(thumbnails.length).toBeGreaterThan(0)
    expect(thumbnails.length).toBeLessThan(videos)
    expect(errors).toEqual([])
  })

  it("carries its styles on its own pages only, also when the visitor arrives and leaves by a client-side navigation", async () => {
    const { page, errors } = await open("/")
    const themeStyles = () => page.locator("head style[data-openinfra-live]").count()
    expect(await themeStyles()).toBe(0)
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))
    await page.getByRole("link", { name: "OpenInfra Live" }).click()
    await page.waitForURL(/\/live\/$/)
    await page.locator(".oil-hero").waitFor()
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    expect(await themeStyles()).toBe(1)
    // Styled: the hero's background is the theme's gradient.
    expect(await page.locator(".oil-hero").evaluate((hero) => getComputedStyle(hero).backgroundImage)).toMatch(/gradient/)
    await page.goBack()
    await page.waitForURL(/\/$/)
    await page.getByRole("heading", { level: 1 }).waitFor()
    // Gatsby takes the page's Head elements out after it renders the next page (an effect, a moment later on React 19).
    expect(await settle(themeStyles, 0)).toBe(0)
    expect(errors).toEqual([])
  })

  it("swaps in the nocookie player on click, with autoplay and a title", async () => {
    const { page, external, errors } = await open("/live/")
    const button = page.getByRole("button", { name: `Play: ${EDGE.title}` })
    await button.scrollIntoViewIfNeeded()
    const before = external.length
    await button.click()
    const player = page.locator(`iframe[title="${EDGE.title} (YouTube video)"]`)
    await player.waitFor()
    expect(await player.getAttribute("src")).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1$/)
    expect(external.slice(before).some((url) => url.startsWith("https://www.youtube-nocookie.com/embed/"))).toBe(true)
    expect(external.filter((url) => /doubleclick|google/.test(url))).toEqual([])
    expect(errors).toEqual([])
  })

  it("plays from the keyboard, with a visible focus ring, and puts focus on the player", async () => {
    const { page } = await open("/live/")
    const button = page.locator("button.oil-video__control").first()
    await button.focus()
    await page.keyboard.press("Tab")
    await page.keyboard.press("Shift+Tab")
    expect(await page.evaluate(() => document.activeElement?.classList.contains("oil-video__control"))).toBe(true)
    const ring = await button.evaluate((element) => getComputedStyle(element))
    expect(ring.outlineStyle).not.toBe("none")
    expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2)
    await page.keyboard.press("Enter")
    await page.locator("iframe.oil-video__player").waitFor()
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("IFRAME")
  })

  it("says Live now with the browser clock at an episode's start, and moves on when the airing window closes", async () => {
    const { page, errors } = await open("/live/", {}, (p) => p.clock.install({ time: new Date(Date.parse(YEAR_IN_REVIEW.start) + 5 * 60_000) }))
    expect(await settle(() => featured(page), ["Live now", YEAR_IN_REVIEW.title])).toEqual(["Live now", YEAR_IN_REVIEW.title])
    expect(await page.getByRole("button", { name: `Play: ${YEAR_IN_REVIEW.title}` }).count()).toBe(1)
    expect(await sectionTitles(page, "Upcoming episodes")).not.toContain(YEAR_IN_REVIEW.title)
    await page.clock.fastForward("01:30:00") // past the 90-minute default window
    expect(await settle(() => featured(page), ["Up next", ZUUL_AT_TEN.title])).toEqual(["Up next", ZUUL_AT_TEN.title])
    expect((await sectionTitles(page, "Past episodes"))[0]).toBe(YEAR_IN_REVIEW.title)
    expect(errors).toEqual([]) // re-scheduled after hydration: no mismatch reported
  })

  it("is still right long after the build: nothing upcoming, everything in the past", async () => {
    const { page, errors } = await open("/live/", {}, (p) => p.clock.install({ time: new Date("2100-01-01T00:00:00Z") }))
    expect(await settle(() => featured(page), null)).toBeNull()
    expect(await sectionTitles(page, "Upcoming episodes")).toEqual([])
    expect((await sectionTitles(page, "Past episodes"))[0]).toBe(ZUUL_AT_TEN.title)
    expect(errors).toEqual([])
  })

  it("shows times in the viewer's zone: CDT in summer, CST in winter, in America/Chicago", async () => {
    const { page } = await open("/live/", { timezoneId: "America/Chicago" })
    // The viewer's times come from a worker, a moment after hydration.
    const kata = "Thursday, July 22, 2021 · 9:00 CDT"
    const review = "Thursday, January 15, 2099 · 9:00 CST"
    expect(await settle(() => timeText(page, KATA.title), kata)).toBe(kata)
    expect(await settle(() => timeText(page, YEAR_IN_REVIEW.title), review)).toBe(review)
    const datetimes = await page.evaluate(() => [...document.querySelectorAll("time")].map((t) => t.getAttribute("datetime")))
    expect(datetimes.length).toBeGreaterThan(5)
    for (const value of datetimes) expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it("keeps a day without a time as its day in the viewer's zone, and says the day alone in datetime", async () => {
    // The days without a time are older episodes, on the archive pages.
    const { page } = await open("/live/page/2/", { timezoneId: "America/Chicago" })
    const discussion = "Thursday, June 10, 2021 · 9:00 CDT"
    expect(await settle(() => timeText(page, DISCUSSION.title), discussion)).toBe(discussion)
    // 00:00 UTC on June 3 is the evening of June 2 in Chicago: a day moved to the zone would say so.
    expect(await timeText(page, AMA.title)).toBe("Thursday, June 3, 2021")
    const datetimes = await page.evaluate(() => [...document.querySelectorAll("time")].map((t) => t.getAttribute("datetime")))
    // The instant in UTC, or the day alone (a valid date string of HTML) for a day without a time.
    for (const value of datetimes) expect(value).toMatch(/^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\.\d{3}Z)?$/)
    expect(datetimes).toContain(AMA.day)
    expect(datetimes).not.toContain(`${AMA.day}T00:00:00.000Z`)
  })

  // (Without JavaScript, Chromium loads every lazy image at once: the HTML standard turns lazy loading off then.)
  it("shows the same page in UTC, with links for videos, without JavaScript", async () => {
    const { page, external } = await open("/live/", { javaScriptEnabled: false, timezoneId: "Asia/Tokyo" })
    expect(await timeText(page, KATA.title)).toBe("Thursday, July 22, 2021 · 14:00 UTC")
    expect(await page.locator("button").count()).toBe(0)
    const link = page.getByRole("link", { name: `Play on YouTube: ${EDGE.title}` })
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/)
    expect(external).toEqual([])
  })

  it("does not shift its layout while it loads and hydrates", async () => {
    const { page } = await open("/live/", { viewport: PHONE, timezoneId: "America/Chicago" }, async (p) => {
      await p.clock.install({ time: new Date(TEST_NOW) })
      await p.addInitScript(() => {
        const shifts: number[] = []
        ;(window as unknown as { __shifts: number[] }).__shifts = shifts
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) shifts.push(entry.value)
          }
        }).observe({ type: "layout-shift", buffered: true })
      })
    })
    await page.waitForLoadState("networkidle")
    await page.waitForTimeout(500)
    const shift = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0))
    expect(shift).toBeLessThan(0.01)
  })

  it("stops the live dot's animation for visitors who ask for reduced motion", async () => {
    const at = (p: Page) => p.clock.install({ time: new Date(Date.parse(YEAR_IN_REVIEW.start) + 60_000) })
    const moving = await open("/live/", {}, at)
    const still = await open("/live/", { reducedMotion: "reduce" }, at)
    for (const { page } of [moving, still]) await page.locator(".oil-featured__dot").waitFor()
    const animation = (page: Page) => page.locator(".oil-featured__dot").evaluate((dot) => getComputedStyle(dot).animationName)
    expect(await animation(moving.page)).toBe("oil-pulse")
    expect(await animation(still.page)).toBe("none")
  })
})
