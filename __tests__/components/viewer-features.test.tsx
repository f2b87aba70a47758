/**
 * What a viewer gets beyond the schedule: the time-zone switch (the show's zone or their own,
 * remembered), the countdown of the episode up next, and the add-to-calendar menu; on every React
 * version the theme supports. The tests run with TZ=America/Chicago (jest.config.js); jsdom has no
 * Worker, so the viewer's dates are formatted on the main thread (local-dates.ts).
 */
import * as React from "react"
import { renderToString } from "react-dom/server"
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import axe from "axe-core"
import EpisodeCard from "../../src/components/episode-card"
import EpisodeDate from "../../src/components/episode-date"
import FeaturedEpisode from "../../src/components/featured-episode"
import TimeZoneSwitch from "../../src/components/time-zone-switch"
import { episodeCalendarLinks } from "../../src/content/calendar-links"
import { showParts } from "../../src/utils/format-date"
import { chooseZone } from "../../src/utils/zone-choice"
import { makeEpisode } from "../helpers/episodes"

const KATA = "2021-07-22T14:00:00.000Z"
const text = (element: Element) => element.textContent!.replace(/\s/g, " ")

function Dates({ timeZone }: { timeZone: string }) {
  return (
    <>
      <TimeZoneSwitch timeZone={timeZone} />
      <EpisodeDate date={KATA} dateOnly={false} showText={showParts(Date.parse(KATA), false, timeZone)} className="kata" />
    </>
  )
}

afterEach(() => {
  localStorage.clear()
  chooseZone("viewer")
})

describe("the time-zone switch", () => {
  it("keeps its place in the static HTML, an empty box, with the dates in the show's zone", () => {
    const html = renderToString(<Dates timeZone="Europe/Berlin" />)
    const page = document.createElement("div")
    page.innerHTML = html
    // An empty box, of the switch's height (CSS), that the switch loaded after hydration replaces.
    expect(page.querySelector(".oil-zone")!.outerHTML).toBe('<div class="oil-zone"></div>')
    expect(text(page.querySelector(".kata")!)).toBe("Thursday, July 22, 2021 · 16:00 CEST")
  })

  it("shows the viewer's own time by default, and the show's when chosen, remembered on the device", async () => {
    const { container, unmount } = render(<Dates timeZone="Europe/Berlin" />)
    const date = container.querySelector(".kata")!
    await waitFor(() => expect(text(date)).toBe("Thursday, July 22, 2021 · 9:00 CDT"))
    const group = screen.getByRole("group", { name: "Times in" })
    await waitFor(() => expect(group.hasAttribute("data-ready")).toBe(true))
    const mine = screen.getByRole("radio", { name: "your time (Chicago)" }) as HTMLInputElement
    const show = screen.getByRole("radio", { name: "the show's (Berlin)" }) as HTMLInputElement
    expect([mine.checked, show.checked]).toEqual([true, false])
    fireEvent.click(show)
    expect(text(date)).toBe("Thursday, July 22, 2021 · 16:00 CEST")
    expect(show.checked).toBe(true)
    expect(localStorage.getItem("openinfra-live:time-zone")).toBe("show")
    unmount()
    // The next page keeps the choice: the dates stay in the show's zone.
    const again = render(<Dates timeZone="Europe/Berlin" />)
    await waitFor(() => expect(again.container.querySelector("fieldset")?.hasAttribute("data-ready")).toBe(true))
    expect((screen.getByRole("radio", { name: /the show's/ }) as HTMLInputElement).checked).toBe(true)
    expect(text(again.container.querySelector(".kata")!)).toBe("Thursday, July 22, 2021 · 16:00 CEST")
    fireEvent.click(screen.getByRole("radio", { name: /your time/ }))
    await waitFor(() => expect(text(again.container.querySelector(".kata")!)).toBe("Thursday, July 22, 2021 · 9:00 CDT"))
    expect(localStorage.getItem("openinfra-live:time-zone")).toBe("viewer")
  })

  it("stays out of sight where the viewer's zone is the show's: there is nothing to switch", async () => {
    const { container } = render(<Dates timeZone="America/Chicago" />)
    await waitFor(() => expect(text(container.querySelector(".kata")!)).toBe("Thursday, July 22, 2021 · 9:00 CDT"))
    await waitFor(() => expect(container.querySelector("fieldset")).not.toBeNull())
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(container.querySelector("fieldset")!.hasAttribute("data-ready")).toBe(false)
  })

  it("has no accessibility violation once ready", async () => {
    const { container } = render(<Dates timeZone="UTC" />)
    await waitFor(() => expect(container.querySelector("fieldset")?.hasAttribute("data-ready")).toBe(true))
    // Colour contrast needs a canvas (jsdom has none): Chromium checks it (show-page.e2e).
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false }, region: { enabled: false } } })
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
})

describe("the countdown", () => {
  afterEach(() => jest.restoreAllMocks())

  it("is empty in the static HTML and says the time left once hydrated, politely", async () => {
    // The clock only (React 17 schedules its effects with timers, which fake timers would stop): the
    // timer's progress is runCountdown's, tested in unit/countdown.test.ts and in Chromium.
    jest.spyOn(Date, "now").mockReturnValue(Date.parse("2021-07-22T11:45:00Z"))
    const episode = makeEpisode({ date: KATA })
    const html = renderToString(<FeaturedEpisode episode={episode} live={false} />)
    expect(html).toContain('<span class="oil-countdown"></span>')
    render(<FeaturedEpisode episode={episode} live={false} />)
    await waitFor(() => expect(document.querySelector(".oil-countdown__time")?.textContent).toBe("in 2 h 15 min"))
    expect(document.querySelector(".oil-countdown__time")!.getAttribute("aria-hidden")).toBe("true")
    expect(document.querySelector('.oil-countdown [aria-live="polite"]')!.textContent).toBe("in about 2 hours")
    // The section keeps its name; the heading says the time once to a screen reader.
    expect(screen.getByRole("region", { name: "Up next" })).toBeTruthy()
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Up nextin 2 h 15 minin about 2 hours")
  })

  it("is not shown for the episode on air, nor for a day without a time", () => {
    const onAir = render(<FeaturedEpisode episode={makeEpisode({ date: KATA })} live={true} />)
    expect(onAir.container.querySelector(".oil-countdown")).toBeNull()
    onAir.unmount()
    const dayOnly = render(<FeaturedEpisode episode={makeEpisode({ date: "2021-07-22T00:00:00.000Z", dateOnly: true })} live={false} />)
    expect(dayOnly.container.querySelector(".oil-countdown")).toBeNull()
  })
})

describe("add to calendar", () => {
  const episode = makeEpisode({ date: KATA })
  const links = episodeCalendarLinks({
    start: Date.parse(KATA),
    end: Date.parse(KATA) + 90 * 60_000,
    dateOnly: false,
    title: episode.title,
    description: "Kata 3.0",
    url: "https://openinfra.dev/live/kata/",
    ics: episode.calendarInvite!,
  })

  it("offers each calendar and the .ics file in a disclosure, plain links made at build time", () => {
    const { container } = render(<EpisodeCard episode={episode} calendarLinks={links} />)
    const details = container.querySelector("details.oil-calendar")!
    expect(details.querySelector("summary")!.textContent).toBe("Add to calendar")
    const menu = within(details as HTMLElement).getByRole("list", { name: `Add to calendar: ${episode.title}` })
    expect(
      within(menu)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["Google Calendar", links.google],
      ["Outlook.com", links.outlook],
      ["Office 365", links.office365],
      ["Apple / other (.ics)", episode.calendarInvite],
    ])
  })

  it("offers the .ics file alone without links (the CMS preview), and nothing for an episode that has aired", () => {
    const { container } = render(<EpisodeCard episode={episode} />)
    const menu = screen.getByRole("list", { name: `Add to calendar: ${episode.title}` })
    expect(
      within(menu)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([["Calendar file (.ics)", episode.calendarInvite]])
    expect(container.querySelector("details")).not.toBeNull()
    document.body.innerHTML = ""
    render(<EpisodeCard episode={episode} calendarLinks={links} showCalendarLink={false} />)
    expect(screen.queryByText("Add to calendar")).toBeNull()
  })
})
