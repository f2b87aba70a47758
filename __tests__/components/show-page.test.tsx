/**
 * The show page as the server renders it, and as it becomes in the browser:
 * hydrated without a mismatch, then re-scheduled from the viewer's clock.
 */
import * as React from "react"
import { renderToString } from "react-dom/server"
import type { Root } from "react-dom/client"
import { act, render, screen, waitFor, within } from "@testing-library/react"
import ShowPage from "../../src/components/show-page"
import { makeEpisode, makeShowPage } from "../helpers/episodes"
import { hydrateServerHtml } from "../helpers/hydrate"

/** Lets the schedule's clock (src/utils/schedule-clock.ts, loaded after hydration) arrive and take over. */
const clockLoaded = () => act(async () => {})

const page = makeShowPage()
const episodes = [
  makeEpisode({ slug: "past-old", title: "Past, older", date: "2021-06-01T14:00:00.000Z", number: 3 }),
  makeEpisode({ slug: "next", title: "Next up", date: "2021-07-08T14:00:00.000Z", number: 1 }),
  makeEpisode({ slug: "later", title: "Later", date: "2021-07-15T14:00:00.000Z", number: 2 }),
  makeEpisode({ slug: "past-new", title: "Past, newer", date: "2021-06-24T14:00:00.000Z", number: 4 }),
  makeEpisode({ slug: "same-day", title: "Today, time unknown", date: "2021-07-01T00:00:00.000Z", dateOnly: true, number: 5 }),
]
const element = (builtAt: string, list = episodes, airingWindowMinutes = 90) => (
  <ShowPage page={page} episodes={list} builtAt={builtAt} airingWindowMinutes={airingWindowMinutes} />
)

/** The titles of the episode cards in a section, by the section's heading. */
function titlesIn(container: HTMLElement, sectionName: string): string[] {
  const section = within(container).queryByRole("region", { name: sectionName })
  return section === null ? [] : [...section.querySelectorAll("article h3")].map((heading) => heading.textContent ?? "")
}

afterEach(() => {
  jest.useRealTimers()
  document.body.innerHTML = ""
})

describe("ShowPage as the server renders it", () => {
  const serverHtml = (builtAt: string) => {
    const container = document.createElement("div")
    container.innerHTML = renderToString(element(builtAt))
    document.body.appendChild(container)
    return container
  }

  it("features the next episode, lists the others upcoming soonest first and past newest first, at the build time", () => {
    const container = serverHtml("2021-07-01T15:00:00.000Z")
    expect(titlesIn(container, "Up next")).toEqual(["Today, time unknown"])
    expect(titlesIn(container, "Upcoming episodes")).toEqual(["Next up", "Later"])
    expect(titlesIn(container, "Past episodes")).toEqual(["Past, newer", "Past, older"])
    expect(within(container).getAllByRole("heading", { level: 1 })).toHaveLength(1)
    expect([...container.querySelectorAll("h1, h2, h3")].map((h) => h.tagName)).toEqual(["H1", "H2", "H3", "H2", "H3", "H3", "H2", "H3", "H3", "H2"])
  })

  it("says Live now during the airing window", () => {
    const container = serverHtml("2021-07-08T15:00:00.000Z")
    expect(titlesIn(container, "Live now")).toEqual(["Next up"])
    expect(within(container).queryByRole("region", { name: "Up next" })).toBeNull()
    expect(titlesIn(container, "Upcoming episodes")).toEqual(["Later"])
  })

  it("shows dates in UTC, labelled so, and the video as a link to YouTube", () => {
    const container = serverHtml("2021-07-01T15:00:00.000Z")
    const time = container.querySelector("#next time")!
    expect(time.getAttribute("datetime")).toBe("2021-07-08T14:00:00.000Z")
    expect(time.textContent).toBe("Thursday, July 8, 2021 · 14:00 UTC")
    // A day without a time: the day alone, in words and in datetime (not 2021-07-01T00:00:00.000Z).
    expect(container.querySelector("#same-day time")!.getAttribute("datetime")).toBe("2021-07-01")
    expect(container.querySelector("#same-day time")!.textContent).toBe("Thursday, July 1, 2021")
    expect(container.querySelector("button")).toBeNull()
    expect(within(container).getAllByRole("link", { name: "Play on YouTube: Next up" })[0]!.getAttribute("href")).toBe(
      "https://www.youtube.com/watch?v=pHHCIGkpNzs",
    )
  })

  it("has no empty section when nothing is upcoming, or when there is no episode at all", () => {
    const over = serverHtml("2030-01-01T00:00:00.000Z")
    expect([...over.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(["Past episodes", "Get involved"])
    const empty = document.createElement("div")
    empty.innerHTML = renderToString(element("2030-01-01T00:00:00.000Z", []))
    document.body.appendChild(empty)
    expect([...empty.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(["Get involved"])
  })
})

describe("ShowPage in the browser", () => {
  let root: Root | undefined
  afterEach(() => {
    act(() => root?.unmount())
    root = undefined
  })

  /** Server HTML made at `builtAt`, hydrated in a browser whose clock says `viewerNow`. */
  function hydrateAt(builtAt: string, viewerNow: string) {
    const hydrated = hydrateServerHtml(element(builtAt), () => jest.useFakeTimers({ now: Date.parse(viewerNow) }))
    root = hydrated.root
    return hydrated
  }

  it("hydrates without a mismatch, then re-schedules from the viewer's clock", async () => {
    const { container, problems } = hydrateAt("2021-07-01T15:00:00.000Z", "2021-07-09T12:00:00.000Z")
    expect(problems).toEqual({ consoleErrors: [], recoverable: [] })
    // Until the clock's module arrives (loaded after hydration), the page is the build's.
    expect(titlesIn(container, "Up next")).toEqual(["Today, time unknown"])
    await clockLoaded()
    expect(titlesIn(container, "Up next")).toEqual(["Later"])
    expect(titlesIn(container, "Upcoming episodes")).toEqual([])
    expect(titlesIn(container, "Past episodes")).toEqual(["Next up", "Today, time unknown", "Past, newer", "Past, older"])
  })

  it("shows times in the viewer's zone, and keeps day-only dates as they are", async () => {
    const { container } = hydrateAt("2021-07-01T15:00:00.000Z", "2021-07-01T15:00:00.000Z")
    // Formatted in a later task (off the main thread in a browser; jsdom has no worker, so here on it).
    expect(container.querySelector("#next time")!.textContent).toBe("Thursday, July 8, 2021 · 14:00 UTC")
    await waitFor(() => expect(container.querySelector("#next time")!.textContent!.replace(/\s/g, " ")).toBe("Thursday, July 8, 2021 · 9:00 CDT"))
    expect(container.querySelector("#next time")!.getAttribute("datetime")).toBe("2021-07-08T14:00:00.000Z")
    expect(container.querySelector("#same-day time")!.textContent).toBe("Thursday, July 1, 2021")
    expect(container.querySelector("#same-day time")!.getAttribute("datetime")).toBe("2021-07-01")
  })

  it("turns the facade into a button once hydrated", () => {
    const { container } = hydrateAt("2021-07-01T15:00:00.000Z", "2021-07-01T15:00:00.000Z")
    expect(within(container).getByRole("button", { name: "Play: Next up" }).getAttribute("type")).toBe("button")
    expect(within(container).queryAllByRole("link", { name: /^Play on YouTube/ })).toEqual([])
  })

  it("goes live by itself when the episode starts, and moves it to the past when the window closes", async () => {
    const { container } = hydrateAt("2021-07-01T15:00:00.000Z", "2021-07-08T13:59:00.000Z")
    await clockLoaded()
    expect(titlesIn(container, "Up next")).toEqual(["Next up"])
    act(() => jest.advanceTimersByTime(60_000))
    expect(titlesIn(container, "Live now")).toEqual(["Next up"])
    expect(within(container).queryByRole("region", { name: "Up next" })).toBeNull()
    act(() => jest.advanceTimersByTime(90 * 60_000))
    expect(titlesIn(container, "Up next")).toEqual(["Later"])
    expect(titlesIn(container, "Past episodes")[0]).toBe("Next up")
  })
})

describe("ShowPage rendered on the client only", () => {
  it("uses the viewer's clock once its module is loaded, right after the first effect", async () => {
    jest.useFakeTimers({ now: Date.parse("2030-01-01T00:00:00.000Z") })
    const { container } = render(element("2021-07-01T15:00:00.000Z"))
    await clockLoaded()
    expect(screen.queryByRole("region", { name: "Upcoming episodes" })).toBeNull()
    expect(titlesIn(container, "Past episodes")).toHaveLength(5)
  })
})
