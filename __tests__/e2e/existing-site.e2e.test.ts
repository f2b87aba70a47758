/**
 * The foundation-like site on Gatsby 4.24 / React 17, built on Node 14.20.1 by
 * __tests__/integration/existing-site.test.ts, in Chromium: it hydrates without
 * a console error, follows the viewer's clock and zone, and plays a video.
 */
import fs from "fs"
import path from "path"
import { browserSuite, featured, PHONE, SCREENSHOTS, sectionTitles, settle, timeText } from "../helpers/browser"
import { EXISTING_SITE, TEST_NOW } from "../helpers/gatsby"

const PUBLIC = path.join(EXISTING_SITE, "public")
const KATA = { title: "Kata Containers", start: "2021-07-22T14:00:00.000Z" }
const LARGE_CLOUDS = { title: "How OpenStack Large Clouds Manage their Spare Capacity", start: "2021-07-15T14:00:00.000Z" }
const EDGE = "Building the Intelligent Edge with Open Source Technologies"

const { open } = browserSuite(PUBLIC, "The existing site is not built: run `npx jest __tests__/integration/existing-site.test.ts` first (`npm test` does).")

describe("the Gatsby 4 / React 17 site's /live/ in Chromium", () => {
  it("hydrates without a console error, inside the site's header, in the viewer's zone", async () => {
    const { page, errors } = await open("/live/", { timezoneId: "America/Chicago" })
    expect(errors).toEqual([])
    expect(await page.locator("header.site-header").count()).toBe(1)
    const local = "Thursday, July 22, 2021 · 9:00 AM CDT" // from a worker, a moment after hydration
    expect(await settle(() => timeText(page, KATA.title), local)).toBe(local)
    await page.screenshot({ path: path.join(SCREENSHOTS, "existing-site-gatsby4-desktop.png") })
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

  it("edits the show in Netlify CMS 2.14 with the theme's preview, in the site's layout shadow", async () => {
    const { page, errors } = await open("/admin/")
    await page.getByRole("button", { name: /login/i }).click()
    await page.getByText("OpenInfra Live", { exact: true }).click()
    const preview = page.frameLocator("#preview-pane")
    await preview.locator(".oil-preview-problems").waitFor()
    // The test backend starts empty: the editor adds the first episode.
    await page.getByRole("button", { name: /Add episode/ }).click()
    await page.getByLabel("Title", { exact: true }).fill("A brand new episode")
    await preview.getByRole("heading", { name: "A brand new episode" }).waitFor()
    // The preview is the site's page: its layout shadow and brand tokens apply there too.
    expect(await preview.locator("header.site-header").count()).toBe(1)
    await page.getByLabel("Date and time (UTC)").fill("")
    await page.keyboard.press("Tab")
    const error = preview.locator(".oil-preview-problems li")
    await error.waitFor()
    expect(await error.textContent()).toBe(
      'Error: episode 1 "A brand new episode": date is missing (write it in UTC as 2021-07-22T14:00:00.000Z). An episode cannot be placed in the schedule without its date.',
    )
    await page.screenshot({ path: path.join(SCREENSHOTS, "existing-site-netlify-cms.png") })
    expect(errors).toEqual([])
  })

  it("lists the show's episodes in Netlify CMS 2.14 by date and title (no Invalid date)", async () => {
    // The test backend starts from the site's show file, as a repository would give it.
    const show = fs.readFileSync(path.join(EXISTING_SITE, "src", "pages", "openinfra-live", "index.md"), "utf8")
    const { page, errors } = await open("/admin/", { timezoneId: "America/Chicago" }, async (p) => {
      await p.clock.install({ time: new Date(TEST_NOW) })
      // The content's share image, which the site's static/ folder of the test does not have: the CMS shows it in the seo group.
      await p.route("**/img/oificon-social.png", (route) => route.fulfill({ contentType: "image/svg+xml", body: "<svg xmlns='http://www.w3.org/2000/svg'/>" }))
      await p.addInitScript((content) => {
        ;(window as unknown as { repoFiles: unknown }).repoFiles = { src: { pages: { "openinfra-live": { "index.md": { content } } } } }
      }, show)
    })
    await page.getByRole("button", { name: /login/i }).click()
    await page.getByText("OpenInfra Live", { exact: true }).click()
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
