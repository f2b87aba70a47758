/**
 * Issue 20 in Chromium, on the built example site (two shows: /live/ and /live/keynotes/): the people,
 * topic and year pages and the indexes (axe, WCAG 2.1 AA, light and dark, phone and desktop), the
 * archive's search (its index loaded at the first focus, never with the page; results; the keyboard;
 * what screen readers are told; no layout shift as it appears), and a person on both shows.
 * Run after the example site is built (see show-page.e2e.test.ts).
 */
import path from "path"
import type { Page } from "playwright-core"
import { TEST_NOW } from "../helpers/test-clock"
import { axeViolations, browserSuite, DESKTOP, PHONE, SCREENSHOTS } from "../helpers/browser"
import { REPO } from "../helpers/gatsby"

const PUBLIC = path.join(REPO, "example-site", "public")
const { open } = browserSuite(PUBLIC, "example-site is not built: run `npm run test:e2e` (which builds it) or `npm run build -w example-site` first.")

/** The site paths the page asked the local server for, in order. */
function requests(page: Page): string[] {
  const seen: string[] = []
  page.on("request", (request) => seen.push(new URL(request.url()).pathname))
  return seen
}

describe("people, topic and year pages in Chromium", () => {
  it.each([
    ["person", "/live/people/kendall-nelson/", "phone", "light", PHONE],
    ["people", "/live/people/", "desktop", "dark", DESKTOP],
    ["topic", "/live/topics/openstack/", "desktop", "light", DESKTOP],
    ["topics", "/live/topics/", "phone", "dark", PHONE],
    ["year", "/live/2021/", "phone", "light", PHONE],
    ["year-2", "/live/2021/page/2/", "desktop", "dark", DESKTOP],
    ["keynotes-person", "/live/keynotes/people/mark-collier/", "desktop", "light", DESKTOP],
  ] as const)("the %s page %s has one h1, no WCAG 2.1 AA violation and no console error, %s, %s mode", async (kind, pagePath, name, colorScheme, viewport) => {
    const { page, errors, external } = await open(pagePath, { viewport, colorScheme })
    expect(await page.locator("h1").count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    expect(external).toEqual([])
    await page.screenshot({ path: path.join(SCREENSHOTS, `${kind}-${name}-${colorScheme}.png`), fullPage: true })
  })

  it("merges the people list's aliases: Kendall Nelson's page has the episode that spells her Kendall Kelson", async () => {
    const { page } = await open("/live/people/kendall-nelson/")
    const titles = await page.locator(".oil-card__title").allTextContents()
    expect(titles).toEqual(["How to Start Contributing Upstream to OpenInfra", "Wallaby Release Community Meeting"])
  })

  it("links a person on both shows to their page on the other, and gives them one identity", async () => {
    const { page } = await open("/live/keynotes/people/mark-collier/")
    await page.getByRole("link", { name: "On OpenInfra Live: 3 episodes" }).click()
    await page.waitForURL("**/live/people/mark-collier/")
    const ids = async () =>
      page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!)["@id"]))
    expect(await ids()).toEqual(["https://openinfra.dev/live/people/mark-collier/#person"])
  })
})

describe("the archive's search in Chromium", () => {
  it("loads its index at the first focus (never with the page), lists results as links, and announces their number", async () => {
    const { page, errors, external } = await open("/live/page/2/", {}, async (p) => {
      await p.clock.install({ time: new Date(TEST_NOW) })
    })
    const asked = requests(page)
    const box = page.getByRole("searchbox", { name: "Search the episodes" })
    await box.waitFor()
    await page.waitForLoadState("networkidle")
    expect(asked.filter((file) => file.endsWith("search.json"))).toEqual([])
    await box.focus()
    await page.getByRole("combobox", { name: "Year" }).waitFor()
    expect(asked.filter((file) => file.endsWith("search.json"))).toEqual(["/live/search.json"])
    await box.pressSequentially("upgr")
    const results = page.getByRole("list", { name: "Matching episodes" })
    expect(await results.getByRole("link").allTextContents()).toEqual([
      "Upgrades in Large Scale OpenStack infrastructure: The Discussion",
      "Upgrades in Large Scale OpenStack infrastructure",
    ])
    await page.clock.runFor(600)
    expect(await page.getByRole("status").filter({ hasText: "match" }).textContent()).toBe("2 episodes match.")
    // The keyboard: down from the box into the results, Enter opens the episode.
    await page.keyboard.press("ArrowDown")
    await page.keyboard.press("ArrowDown")
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Upgrades in Large Scale OpenStack infrastructure")
    await page.keyboard.press("Enter")
    await page.waitForURL("**/live/2021-05-20-upgrades-in-large-scale-openstack-infrastructure/")
    expect(errors).toEqual([])
    expect(external).toEqual([])
  })

  it("filters by person and topic, and finds the second show's episodes in its own search only", async () => {
    const { page } = await open("/live/keynotes/people/")
    const box = page.getByRole("searchbox", { name: "Search the episodes" })
    await box.focus()
    await page.getByRole("combobox", { name: "Person" }).selectOption({ label: "Mark Collier" })
    expect(await page.getByRole("list", { name: "Matching episodes" }).getByRole("link").allTextContents()).toEqual([
      "Keynotes, day 2: the Superuser Awards",
      "Keynotes, day 1: the state of open infrastructure",
    ])
    await box.fill("upgrades")
    expect(await page.getByRole("list", { name: "Matching episodes" }).count()).toBe(0)
  })

  it("has no violation with results shown, and does not shift the page as it appears", async () => {
    const { page } = await open("/live/page/2/", { viewport: PHONE }, async (p) => {
      await p.clock.install({ time: new Date(TEST_NOW) })
      await p.addInitScript(() => {
        const shifts: number[] = []
        ;(window as unknown as { __shifts: number[] }).__shifts = shifts
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) shifts.push(entry.value)
        }).observe({ type: "layout-shift", buffered: true })
      })
    })
    await page.getByRole("searchbox", { name: "Search the episodes" }).waitFor()
    await page.waitForLoadState("networkidle")
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0))).toBeLessThan(0.01)
    await page.getByRole("searchbox", { name: "Search the episodes" }).fill("kata")
    await page.getByRole("list", { name: "Matching episodes" }).waitFor()
    expect(await axeViolations(page)).toEqual([])
  })

  it("is not there without JavaScript, where the year, people and topic links reach every episode", async () => {
    const { page } = await open("/live/page/2/", { javaScriptEnabled: false })
    expect(await page.getByRole("searchbox").count()).toBe(0)
    const browse = page.getByRole("navigation", { name: "Browse the episodes" })
    expect(await browse.getByRole("link").allTextContents()).toEqual(["2099", "2021", "People", "Topics"])
  })

  it("is reached from the show page too, whose links to every year, the people and the topics are made at build time", async () => {
    const { page } = await open("/live/")
    const browse = page.getByRole("navigation", { name: "Browse the episodes" })
    expect(await browse.getByRole("link").allTextContents()).toEqual(["2099", "2021", "People", "Topics"])
    await browse.getByRole("link", { name: "Topics" }).click()
    await page.waitForURL("**/live/topics/")
    expect(await page.locator("h1").textContent()).toBe("Topics")
  })
})
