/**
 * The foundation-like site on Gatsby 4.24 / React 17, built on Node 14.20.1 by
 * __tests__/integration/existing-site.test.ts, in Chromium: it hydrates without
 * a console error, follows the viewer's clock and zone, and plays a video.
 */
import fs from "fs"
import path from "path"
import type { Page } from "playwright-core"
import { browserSuite, featured, PHONE, SCREENSHOTS, sectionTitles, settle, timeText } from "../helpers/browser"
import { EXISTING_SITE, TEST_NOW } from "../helpers/gatsby"

const PUBLIC = path.join(EXISTING_SITE, "public")
const KATA = { title: "Kata Containers", start: "2021-07-22T14:00:00.000Z" }
const LARGE_CLOUDS = { title: "How OpenStack Large Clouds Manage their Spare Capacity", start: "2021-07-15T14:00:00.000Z" }
const EDGE = "Building the Intelligent Edge with Open Source Technologies"

/** The CMS's test backend starts from the site's show file, as a repository would give it; the browser's clock at the tests' moment. */
async function withShowFile(page: Page): Promise<void> {
  const show = fs.readFileSync(path.join(EXISTING_SITE, "src", "pages", "openinfra-live", "index.md"), "utf8")
  await page.clock.install({ time: new Date(TEST_NOW) })
  await page.addInitScript((content) => {
    ;(window as unknown as { repoFiles: unknown }).repoFiles = { src: { pages: { "openinfra-live": { "index.md": { content } } } } }
  }, show)
}

/** Logs in to the CMS's test backend and opens the show's entry: a file of the site's `openinfra-live-page` collection, beside keynotes.md. */
async function openShowEntry(page: Page): Promise<void> {
  await page.getByRole("button", { name: /login/i }).click()
  await page.getByRole("link", { name: "OpenInfra Live" }).first().click()
  await page.waitForURL(/#\/collections\/openinfra-live-page$/)
  // The collection lists its two files.
  await page.getByText("Keynotes", { exact: true }).waitFor()
  await page.locator('a[href$="/entries/openinfra-live-page"]').click()
}

const { open } = browserSuite(PUBLIC, "The existing site is not built: run `npx jest __tests__/integration/existing-site.test.ts` first (`npm test` does).")

describe("the Gatsby 4 / React 17 site's /live/ in Chromium", () => {
  it("hydrates without a console error, inside the site's header, in the viewer's zone", async () => {
    const { page, errors } = await open("/live/", { timezoneId: "America/Chicago" })
    expect(errors).toEqual([])
    expect(await page.locator("header.site-header").count()).toBe(1)
    const local = "Thursday, July 22, 2021 · 9:00 CDT" // from a worker, a moment after hydration
    expect(await settle(() => timeText(page, KATA.title), local)).toBe(local)
    await page.screenshot({ path: path.join(SCREENSHOTS, "existing-site-gatsby4-desktop.png") })
  })

  it("stays light for a visitor in dark mode, so that dark headings stay readable", async () => {
    const { page, errors } = await open("/live/", { colorScheme: "dark" })
    const heading = page.locator("section h2").first()
    const [color, background] = await heading.evaluate((element) => {
      let surface: Element | null = element
      while (surface !== null && getComputedStyle(surface).backgroundColor === "rgba(0, 0, 0, 0)") surface = surface.parentElement
      return [getComputedStyle(element).color, surface === null ? "none" : getComputedStyle(surface).backgroundColor]
    })
    // Dark text (the site's or the theme's) on the theme's light surface.
    expect(color).toMatch(/^rgb\(([0-7]?\d), ([0-7]?\d), ([0-7]?\d)\)$/)
    expect(background).toMatch(/^rgb\((2[3-5]\d), (2[3-5]\d), (2[3-5]\d)\)$/)
    expect(errors).toEqual([])
  })

  it("re-schedules from the viewer's clock: Up next, then Live now, then past", async () => {
    const { page, errors } = await open("/live/", {}, (p) => p.clock.install({ time: new Date(Date.parse(KATA.start) - 60 * 60_000) }))
    expect(await settle(() => featured(page), ["Up next", KATA.title])).toEqual(["Up next", KATA.title])
    await page.clock.fastForward("01:05:00")
    expect(await settle(() => featured(page), ["Live now", KATA.title])).toEqual(["Live now", KATA.title])
    expect((await sectionTitles(page, "Past episodes"))[0]).toBe(LARGE_CLOUDS.title)
    await page.clock.fastForward("01:30:00")
    expect(await settle(() => featured(page), null)).toBeNull()
    expect((await sectionTitles(page, "Past episodes"))[0]).toBe(KATA.title)
    expect(errors).toEqual([])
  })

  it("swaps the facade for the nocookie player on click", async () => {
    const { page, external, errors } = await open("/live/", { viewport: PHONE })
    // This site builds with the default thumbnail host, which this machine cannot reach: placeholders, and still no request out.
    expect(external).toEqual([])
    await page.getByRole("button", { name: `Play: ${EDGE}` }).click()
    const frame = page.locator(`iframe[title="${EDGE} (YouTube video)"]`)
    await frame.waitFor()
    expect(await frame.getAttribute("src")).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1$/)
    expect(errors).toEqual([])
  })

  it("edits the show's file in Netlify CMS 2.14 with the theme's preview, without the site's layout shadow, in the brand's colours", async () => {
    const { page, errors } = await open("/admin/", {}, withShowFile)
    await openShowEntry(page)
    const preview = page.frameLocator("#preview-pane")
    await preview.locator(".oil-hero h1").waitFor()
    // The page's content in the theme's wrapper: the site's layout shadow (its header and footer, connected to the
    // site's Redux store, which the CMS has not) is left out, and nothing failed.
    expect(await preview.locator(".oil-preview > .oil > main.oil-main").count()).toBe(1)
    expect(await preview.locator("header.site-header").count()).toBe(0)
    expect(await preview.locator(".oil-preview-failure").count()).toBe(0)
    // The brand's tokens (brand.css, which the site's CMS module imports) and the show's logo, from the content.
    expect(await preview.locator(".oil").evaluate((element) => getComputedStyle(element).getPropertyValue("--oil-color-accent").trim())).toBe("#2a4e68")
    expect(await preview.locator(".oil-hero img").getAttribute("alt")).toBe("OpenInfra Live")
    // A new episode goes to the top of the list (the site's add_to_top); the site's own labels stay, so its
    // fields are found by their names.
    await page.getByRole("button", { name: /Add episode/ }).click()
    await page.locator('input[id^="episodeTitle-field"]').first().fill("A brand new episode")
    // The site's default keeps a new episode a draft, which nothing checks: publish it. Netlify CMS 2 dates it now.
    await page.locator('[id^="hidden-field"]').first().click()
    await preview.getByRole("heading", { name: "A brand new episode" }).waitFor()
    // The theme's topics widget, which `cms-config --config` put in the site's config and registerOpenInfraLive
    // registers, built by the site's webpack and Babel: a topic added is a link on the episode's card.
    const topics = page.locator('input[id^="topics-field"]').first()
    await topics.pressSequentially("Confidential Computing")
    await topics.press("Enter")
    await preview.getByRole("link", { name: "Confidential Computing", exact: true }).waitFor()
    await page.locator('input[id^="date-field"]').first().fill("")
    await page.keyboard.press("Tab")
    const error = preview.locator(".oil-preview-problems li", { hasText: "A brand new episode" })
    await error.waitFor()
    expect(await error.textContent()).toBe(
      'Error: episode 1 "A brand new episode": date is missing (write it in UTC as 2021-07-22T14:00:00.000Z). An episode cannot be placed in the schedule without its date.',
    )
    await page.screenshot({ path: path.join(SCREENSHOTS, "existing-site-netlify-cms.png") })
    expect(errors).toEqual([])
  })

  it("lists the show's episodes in Netlify CMS 2.14 by date and title (no Invalid date)", async () => {
    const { page, errors } = await open("/admin/", { timezoneId: "America/Chicago" }, withShowFile)
    await openShowEntry(page)
    await page.frameLocator("#preview-pane").locator(".oil-preview-problems").waitFor()
    const headers = await page.locator('[class*="listControlItem-"]').allTextContents()
    expect(headers.length).toBeGreaterThan(10)
    expect(headers.filter((text) => /invalid/i.test(text))).toEqual([])
    expect(headers.some((text) => text.startsWith("2021-07-22 09:00 UTC-05:00 · Kata Containers"))).toBe(true)
    expect(errors).toEqual([])
  })

  it("navigates client-side to an episode page and back without an error", async () => {
    const { page, errors } = await open("/live/")
    await page.getByRole("link", { name: EDGE }).first().click()
    await page.waitForURL(/\/live\/2021-07-01-building-the-intelligent-edge/)
    // Gatsby changes the URL, then renders the page it has loaded.
    await page.locator("h1", { hasText: EDGE }).waitFor({ timeout: 5000 })
    expect(await page.locator("h1").count()).toBe(1)
    expect(errors).toEqual([])
  })
})
