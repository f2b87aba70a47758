import * as React from "react"
import { renderToString } from "react-dom/server"
import { render, screen, waitFor, within } from "@testing-library/react"
import EpisodeCard from "../../src/components/episode-card"
import EpisodeDate from "../../src/components/episode-date"
import { utcParts } from "../../src/utils/format-date"
import { makeEpisode } from "../helpers/episodes"

describe("EpisodeCard", () => {
  it("shows the date as a <time> in UTC, then in the viewer's zone, the title, the description and the speakers", async () => {
    const { container } = render(<EpisodeCard episode={makeEpisode()} />)
    const time = container.querySelector("time")!
    expect(time.getAttribute("datetime")).toBe("2021-07-01T14:00:00.000Z")
    expect(time.textContent).toBe("Thursday, July 1, 2021 · 14:00 UTC")
    await waitFor(() => expect(time.textContent!.replace(/\s/g, " ")).toBe("Thursday, July 1, 2021 · 9:00 CDT"))
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("Building the Intelligent Edge with Open Source Technologies")
    // The description's link, then the speaker's: their person page.
    expect(screen.getAllByRole("link", { name: "Mark Collier" }).map((link) => link.getAttribute("href"))).toEqual([
      "https://openinfra.dev/",
      "/live/people/mark-collier/",
    ])
    expect(container.querySelector(".oil-speakers")!.textContent).toBe("Speakers: Paul Miller (Wind River), Mark Collier")
    expect(
      within(container.querySelector(".oil-speakers") as HTMLElement)
        .getByRole("link", { name: "Paul Miller" })
        .getAttribute("href"),
    ).toBe("/live/people/paul-miller/")
    expect(screen.getByRole("article").getAttribute("aria-labelledby")).toBe("2021-07-01-building-the-intelligent-edge-title")
  })

  it("shows a day without a time when the time is unknown, and says the day alone in datetime", () => {
    const { container } = render(<EpisodeCard episode={makeEpisode({ date: "2021-06-03T00:00:00.000Z", dateOnly: true })} />)
    const time = container.querySelector("time")!
    expect(time.getAttribute("datetime")).toBe("2021-06-03")
    expect(time.textContent).toBe("Thursday, June 3, 2021")
  })

  it("shows only the links the episode has, each named for the episode, external ones with noopener", () => {
    const { container } = render(<EpisodeCard episode={makeEpisode()} />)
    const links = within(container.querySelector<HTMLElement>(".oil-links")!).getAllByRole("link")
    expect(links.map((link) => link.getAttribute("aria-label"))).toEqual([
      null, // the .ics, in the "Add to calendar" menu, whose list is named for the episode
      "Watch on YouTube: Building the Intelligent Edge with Open Source Technologies",
      "Watch on Facebook: Building the Intelligent Edge with Open Source Technologies",
    ])
    expect(screen.getByRole("list", { name: "Add to calendar: Building the Intelligent Edge with Open Source Technologies" })).toBeTruthy()
    expect(links[0]!.getAttribute("href")).toBe("/invites/openinfralive-july1.ics")
    expect(links[1]!.getAttribute("rel")).toBe("noopener noreferrer")
    expect(screen.queryByText(/LinkedIn|Spotify|Apple Podcasts|recap/)).toBeNull()
  })

  it("renders an episode with nothing but a date and a title", () => {
    const bare = makeEpisode({
      path: null,
      description: null,
      speakers: [],
      speakersText: null,
      youtube: null,
      calendarInvite: null,
      links: { youtube: null, facebook: null, linkedin: null, superuserRecap: null, spotify: null, applePodcasts: null },
    })
    const { container } = render(<EpisodeCard episode={bare} headingLevel={2} />)
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(bare.title)
    expect(container.querySelectorAll("a, img, ul, .oil-speakers, .oil-card__description")).toHaveLength(0)
  })

  it("groups speakers under the roles the editor gave", () => {
    const { container } = render(
      <EpisodeCard
        episode={makeEpisode({
          speakers: [
            { name: "Jonathan Bryce", affiliation: "OpenInfra Foundation", role: "Host", path: null },
            { name: "Thierry Carrez", affiliation: null, role: "Participants", path: null },
            { name: "Allison Randal", affiliation: null, role: "Participants", path: null },
          ],
        })}
      />,
    )
    expect([...container.querySelectorAll(".oil-speakers__group")].map((group) => group.textContent)).toEqual([
      "Host: Jonathan Bryce (OpenInfra Foundation)",
      "Participants: Thierry Carrez, Allison Randal",
    ])
  })
})

describe("EpisodeDate", () => {
  /** A valid date string of HTML (2.3.5.2): a day, and nothing else. */
  const VALID_DATE_STRING = /^\d{4}-\d{2}-\d{2}$/
  const dates = (
    <>
      <EpisodeDate date="2021-07-22T14:00:00.000Z" dateOnly={false} showText={utcParts(Date.UTC(2021, 6, 22, 14), false)} className="timed" />
      <EpisodeDate date="2021-06-03T00:00:00.000Z" dateOnly={true} showText={utcParts(Date.UTC(2021, 5, 3), true)} className="day" />
    </>
  )

  it("says a day without a time as the day alone (2021-06-03), and a time as the instant in UTC, in the static HTML", () => {
    const container = document.createElement("div")
    container.innerHTML = renderToString(dates)
    expect(container.querySelector(".day")!.getAttribute("datetime")).toBe("2021-06-03")
    expect(container.querySelector(".day")!.getAttribute("datetime")).toMatch(VALID_DATE_STRING)
    expect(container.querySelector(".day")!.textContent).toBe("Thursday, June 3, 2021")
    expect(container.querySelector(".timed")!.getAttribute("datetime")).toBe("2021-07-22T14:00:00.000Z")
    expect(container.querySelector(".timed")!.textContent).toBe("Thursday, July 22, 2021 · 14:00 UTC")
  })

  it("keeps the day alone once the viewer's own dates are in: the day is not moved to a zone", async () => {
    const { container } = render(dates)
    // The timed date turns into the viewer's own (America/Chicago in the tests): the day-only one had as long to.
    await waitFor(() => expect(container.querySelector(".timed")!.textContent!.replace(/\s/g, " ")).toBe("Thursday, July 22, 2021 · 9:00 CDT"))
    expect(container.querySelector(".timed")!.getAttribute("datetime")).toBe("2021-07-22T14:00:00.000Z")
    // 00:00 UTC on June 3 is the evening of June 2 in Chicago: a day moved to the zone would say so.
    expect(container.querySelector(".day")!.textContent).toBe("Thursday, June 3, 2021")
    expect(container.querySelector(".day")!.getAttribute("datetime")).toBe("2021-06-03")
  })
})
