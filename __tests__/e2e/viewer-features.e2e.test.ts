/**
 * What a viewer of the built example site gets beyond the schedule, in Chromium: the time-zone switch
 * (remembered across a reload and on the next page), the countdown of the episode up next under a fake
 * clock across a daylight-saving change, the add-to-calendar menu, and chapters that start the player
 * at their second. Run after the example site is built (see show-page.e2e.test.ts).
 */
import path from "path"
import type { Page } from "playwright-core"
import { browserSuite, settle, timeText } from "../helpers/browser"
import { REPO } from "../helpers/gatsby"

const PUBLIC = path.join(REPO, "example-site", "public")
const KATA = "Kata Containers"
const YEAR_IN_REVIEW = { title: "OpenInfra Live: Year in Review", start: "2099-01-15T15:00:00.000Z", path: "/live/2099-01-15-openinfra-live-year-in-review/" }

const { open } = browserSuite(PUBLIC, "example-site is not built: run `npm run test:e2e` (which builds it) or `npm run build -w example-site` first.")

const countdown = (page: Page) => page.evaluate(() => document.querySelector(".oil-featured .oil-countdown__time")?.textContent ?? null)
const checked = (page: Page) => page.evaluate(() => (document.querySelector(".oil-zone input:checked") as HTMLInputElement | null)?.value ?? null)

describe("the time-zone switch in Chromium", () => {
  it("shows the viewer's time, switches every date to the show's, and keeps the choice after a reload and on the next page", async () => {
    const { page, errors } = await open("/live/", { timezoneId: "Europe/Berlin" })
    const berlin = "Thursday, July 22, 2021 · 16:00 CEST"
    const utc = "Thursday, July 22, 2021 · 14:00 UTC"
    expect(await settle(() => timeText(page, KATA), berlin)).toBe(berlin)
    const show = page.getByRole("radio", { name: "the show's (UTC)" })
    await show.waitFor()
    expect(await page.getByRole("group", { name: "Times in" }).isVisible()).toBe(true)
    expect(await page.getByRole("radio", { name: "your time (Berlin)" }).isChecked()).toBe(true)
    // The keyboard: focus the checked radio, an arrow key moves to the other and chooses it.
    await page.getByRole("radio", { name: "your time (Berlin)" }).focus()
    await page.keyboard.press("ArrowRight")
    expect(await settle(() => timeText(page, KATA), utc)).toBe(utc)
    expect(await show.isChecked()).toBe(true)
    await page.reload({ waitUntil: "load" })
    expect(await settle(() => checked(page), "show")).toBe("show")
    expect(await timeText(page, KATA)).toBe(utc)
    await page.goto(page.url() + "page/2/", { waitUntil: "load" })
    expect(await settle(() => checked(page), "show")).toBe("show")
    expect(await page.locator("time").first().textContent()).toMatch(/ UTC$/)
    expect(errors).toEqual([])
  })

  it("is not seen without JavaScript, where the show's zone stands", async () => {
    const { page } = await open("/live/", { javaScriptEnabled: false, timezoneId: "Europe/Berlin" })
    expect(await page.getByRole("group", { name: "Times in" }).isVisible()).toBe(false)
    expect(await timeText(page, KATA)).toBe("Thursday, July 22, 2021 · 14:00 UTC")
  })
})

describe("the countdown in Chromium", () => {
  it("counts the viewer's calendar days across a daylight-saving change (Chicago, November 2, 2098)", async () => {
    // Saturday, November 1, 2098, 23:30 CDT. Clocks go back at 2:00 CDT on Sunday: that day has 25 hours.
    const { page, errors } = await open("/live/", { timezoneId: "America/Chicago" }, (p) => p.clock.install({ time: new Date("2098-11-02T04:30:00Z") }))
    expect(await settle(() => countdown(page), "in 75 days")).toBe("in 75 days")
    await page.clock.fastForward("01:00:00") // Sunday 0:30 CDT
    expect(await settle(() => countdown(page), "in 74 days")).toBe("in 74 days")
    await page.clock.fastForward("24:00:00") // Sunday 23:30 CST: 24 hours later, still Sunday
    expect(await settle(() => countdown(page), "in 74 days")).toBe("in 74 days")
    await page.clock.fastForward("01:00:00") // Monday 0:30 CST
    expect(await settle(() => countdown(page), "in 73 days")).toBe("in 73 days")
    expect(errors).toEqual([])
  })

  it("counts hours and minutes on the day, then says starting now, and the polite region changes far less often", async () => {
    const start = Date.parse(YEAR_IN_REVIEW.start)
    const { page } = await open("/live/", { timezoneId: "America/Chicago" }, (p) => p.clock.install({ time: new Date(start - (2 * 60 + 15) * 60_000) }))
    expect(await settle(() => countdown(page), "in 2 h 15 min")).toBe("in 2 h 15 min")
    const polite = () => page.evaluate(() => document.querySelector('.oil-featured [aria-live="polite"]')?.textContent ?? null)
    expect(await polite()).toBe("in about 2 hours")
    await page.clock.fastForward("00:10:00")
    expect(await settle(() => countdown(page), "in 2 h 5 min")).toBe("in 2 h 5 min")
    expect(await polite()).toBe("in about 2 hours")
    await page.clock.fastForward("02:05:00")
    expect(await settle(() => countdown(page), "starting now")).not.toBe("in 1 min")
  })
})

describe("add to calendar in Chromium", () => {
  it("opens a menu of calendars for an upcoming episode, and makes no request to any of them before a click", async () => {
    const { page, external } = await open(YEAR_IN_REVIEW.path)
    await page.getByText("Add to calendar").first().click()
    const menu = page.getByRole("list", { name: `Add to calendar: ${YEAR_IN_REVIEW.title}` })
    const links = await menu.getByRole("link").evaluateAll((anchors) => anchors.map((a) => [a.textContent, (a as HTMLAnchorElement).href]))
    expect(links.map(([name]) => name)).toEqual(["Google Calendar", "Outlook.com", "Office 365", "Apple / other (.ics)"])
    const google = new URL(links[0]![1]!)
    expect(google.searchParams.get("dates")).toBe("20990115T150000Z/20990115T163000Z")
    expect(external.filter((url) => !/ytimg|youtube-nocookie/.test(url))).toEqual([])
  })
})

describe("chapters in Chromium", () => {
  it("lists an episode's chapters, and each starts the privacy-enhanced player at its second", async () => {
    const { page, errors, external } = await open("/live/2021-07-01-building-the-intelligent-edge-with-open-source-technologies/")
    const chapters = page.locator(".oil-chapters a")
    expect(await chapters.allTextContents()).toEqual([
      "0:00 Welcome",
      "2:10 The edge computing survey",
      "14:35 How upstream communities make progress",
      "41:20 Q&A",
    ])
    // Before a click: no request to YouTube's player.
    expect(external.filter((url) => url.includes("youtube-nocookie"))).toEqual([])
    await chapters.nth(2).click()
    const player = page.locator("iframe.oil-video__player")
    await player.waitFor()
    const src = new URL((await player.getAttribute("src"))!)
    expect(src.hostname).toBe("www.youtube-nocookie.com")
    expect(src.searchParams.get("start")).toBe("875")
    expect(page.url()).toMatch(/\/live\/2021-07-01-building/)
    await chapters.nth(3).click()
    expect(await settle(async () => new URL((await player.getAttribute("src"))!).searchParams.get("start"), "2480")).toBe("2480")
    expect(errors).toEqual([])
  })
})
