import * as React from "react"
import { act, render, screen, within } from "@testing-library/react"
import ArchivePage from "../../src/components/archive-page"
import EpisodePage from "../../src/components/episode-page"
import Pagination from "../../src/components/pagination"
import SubscribeLinks from "../../src/components/subscribe-links"
import { utcParts } from "../../src/utils/format-date"
import { showSubscribeLinks } from "../../src/content/calendar-links"
import { makeEpisode, makeShowPage } from "../helpers/episodes"

const page = makeShowPage()
const neighbour = (title: string, date: string, dateOnly = false) => ({
  title,
  path: `/live/${title.toLowerCase()}/`,
  date,
  dateOnly,
  showText: utcParts(Date.parse(date), dateOnly),
})

afterEach(() => jest.useRealTimers())

describe("EpisodePage", () => {
  const episode = makeEpisode({ title: "Kata Containers", date: "2021-07-22T14:00:00.000Z", calendarInvite: "/live/kata/invite.ics" })
  const props = { page, episode, builtAt: "2021-07-01T00:00:00.000Z", airingWindowMinutes: 90 }

  it("is the episode in full under its page's only h1, with the episodes before and after it", () => {
    jest.useFakeTimers({ now: Date.parse("2021-07-01T00:00:00.000Z") })
    render(<EpisodePage {...props} previous={neighbour("Earlier", "2021-07-15T14:00:00.000Z")} next={neighbour("Later", "2021-07-29T14:00:00.000Z")} />)
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["Kata Containers"])
    expect(screen.getByRole("link", { name: "OpenInfra Live" }).getAttribute("href")).toBe("/live/")
    const nav = screen.getByRole("navigation", { name: "Other episodes" })
    expect(
      within(nav)
        .getAllByRole("link")
        .map((a) => [a.getAttribute("rel"), a.getAttribute("href")]),
    ).toEqual([
      ["prev", "/live/earlier/"],
      ["next", "/live/later/"],
    ])
    expect(document.querySelector(".oil-page-header__meta")!.textContent).toBe("Upcoming episode")
    expect(
      within(screen.getByRole("list", { name: "Add to calendar: Kata Containers" }))
        .getByRole("link")
        .getAttribute("href"),
    ).toBe(props.episode.calendarInvite)
  })

  it("says Live now while it airs, and drops the calendar link once it is over", async () => {
    jest.useFakeTimers({ now: Date.parse("2021-07-22T14:30:00.000Z") })
    render(<EpisodePage {...props} previous={null} next={null} />)
    // The viewer's clock takes over once its module (loaded after hydration) arrives.
    await act(async () => {})
    expect(document.querySelector(".oil-page-header__meta")!.textContent).toBe("Live now")
    expect(screen.queryByRole("navigation")).toBeNull()
    act(() => jest.advanceTimersByTime(60 * 60_000))
    expect(document.querySelector(".oil-page-header__meta")!.textContent).toBe("Past episode")
    expect(screen.queryByText("Add to calendar")).toBeNull()
  })

  it("dates a neighbour known only by its day with the day alone", () => {
    jest.useFakeTimers({ now: Date.parse("2021-07-01T00:00:00.000Z") })
    render(<EpisodePage {...props} previous={neighbour("Earlier", "2021-06-03T00:00:00.000Z", true)} next={neighbour("Later", "2021-07-29T14:00:00.000Z")} />)
    const nav = screen.getByRole("navigation", { name: "Other episodes" })
    expect([...nav.querySelectorAll("time")].map((time) => [time.getAttribute("datetime"), time.textContent])).toEqual([
      ["2021-06-03", "Thursday, June 3, 2021"],
      ["2021-07-29T14:00:00.000Z", "Thursday, July 29, 2021 · 14:00 UTC"],
    ])
  })
})

describe("ArchivePage", () => {
  it("lists its episodes under one h1, without calendar links, with links to newer and older pages", () => {
    const episodes = [makeEpisode({ slug: "b", title: "Older B" }), makeEpisode({ slug: "a", title: "Older A" })]
    render(<ArchivePage page={page} episodes={episodes} pageNumber={2} pageCount={3} newerPath="/live/" olderPath="/live/page/3/" />)
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["Past episodes"])
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Older B", "Older A"])
    expect(screen.queryByText("Add to calendar")).toBeNull()
    expect(screen.getByRole("link", { name: "← Newer episodes" }).getAttribute("href")).toBe("/live/")
    expect(screen.getByRole("link", { name: "Older episodes →" }).getAttribute("href")).toBe("/live/page/3/")
    expect(screen.getByRole("link", { name: "Older episodes →" }).getAttribute("href")).toBe("/live/page/3/")
  })
})

describe("Pagination", () => {
  it("is nothing when there is one page", () => {
    expect(render(<Pagination pageNumber={1} pageCount={1} previousPath={null} nextPath={null} />).container.innerHTML).toBe("")
  })
})

describe("SubscribeLinks", () => {
  const feeds = { rss: "/live/rss.xml", jsonFeed: "/live/feed.json", calendar: "/live/calendar.ics" }

  it("offers a subscription in each calendar (links made at build time), the calendar file, and the RSS feed", () => {
    const subscribe = showSubscribeLinks({ calendarUrl: "https://openinfra.dev/live/calendar.ics", name: "OpenInfra Live" })
    render(<SubscribeLinks feeds={feeds} subscribe={subscribe} />)
    expect(screen.getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Subscribe in Google Calendar", subscribe.google],
      ["Subscribe in Outlook.com", subscribe.outlook],
      ["Subscribe in Office 365", subscribe.office365],
      ["Subscribe in Apple Calendar", "webcal://openinfra.dev/live/calendar.ics"],
      ["Calendar file (.ics)", "/live/calendar.ics"],
      ["RSS feed", "/live/rss.xml"],
    ])
  })

  it("offers the .ics file alone without the site's URL, and nothing when both outputs are off", () => {
    render(<SubscribeLinks feeds={feeds} subscribe={null} />)
    expect(screen.getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual(["/live/calendar.ics", "/live/rss.xml"])
    document.body.innerHTML = ""
    expect(render(<SubscribeLinks feeds={{ rss: null, jsonFeed: null, calendar: null }} subscribe={null} />).container.innerHTML).toBe("")
  })
})
