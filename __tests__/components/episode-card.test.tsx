import * as React from "react"
import { render, screen, waitFor, within } from "@testing-library/react"
import EpisodeCard from "../../src/components/episode-card"
import { makeEpisode } from "../helpers/episodes"

describe("EpisodeCard", () => {
  it("shows the date as a <time> in UTC, then in the viewer's zone, the title, the description and the speakers", async () => {
    const { container } = render(<EpisodeCard episode={makeEpisode()} />)
    const time = container.querySelector("time")!
    expect(time.getAttribute("datetime")).toBe("2021-07-01T14:00:00.000Z")
    expect(time.textContent).toBe("Thursday, July 1, 2021 · 14:00 UTC")
    await waitFor(() => expect(time.textContent!.replace(/\s/g, " ")).toBe("Thursday, July 1, 2021 · 9:00 AM CDT"))
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("Building the Intelligent Edge with Open Source Technologies")
    expect(screen.getByRole("link", { name: "Mark Collier" }).getAttribute("href")).toBe("https://openinfra.dev/")
    expect(container.querySelector(".oil-speakers")!.textContent).toBe("Speakers: Paul Miller (Wind River), Mark Collier")
    expect(screen.getByRole("article").getAttribute("aria-labelledby")).toBe("2021-07-01-building-the-intelligent-edge-title")
  })

  it("shows a day without a time when the time is unknown", () => {
    const { container } = render(<EpisodeCard episode={makeEpisode({ date: "2021-06-03T00:00:00.000Z", dateOnly: true })} />)
    const time = container.querySelector("time")!
    expect(time.getAttribute("datetime")).toBe("2021-06-03T00:00:00.000Z")
    expect(time.textContent).toBe("Thursday, June 3, 2021")
  })

  it("shows only the links the episode has, each named for the episode, external ones with noopener", () => {
    render(<EpisodeCard episode={makeEpisode()} />)
    const links = within(screen.getByRole("list")).getAllByRole("link")
    expect(links.map((link) => link.getAttribute("aria-label"))).toEqual([
      "Add to calendar: Building the Intelligent Edge with Open Source Technologies",
      "Watch on YouTube: Building the Intelligent Edge with Open Source Technologies",
      "Watch on Facebook: Building the Intelligent Edge with Open Source Technologies",
    ])
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
            { name: "Jonathan Bryce", affiliation: "OpenInfra Foundation", role: "Host" },
            { name: "Thierry Carrez", affiliation: null, role: "Participants" },
            { name: "Allison Randal", affiliation: null, role: "Participants" },
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
