import fs from "fs"
import path from "path"
import * as React from "react"
import { renderToString } from "react-dom/server"
import { act, render, screen, within } from "@testing-library/react"
import userEvent from "@testing-library/user-event"
import EpisodeCard from "../../src/components/episode-card"
import EpisodeChapters from "../../src/components/episode-chapters"
import EpisodePage from "../../src/components/episode-page"
import EpisodeVideo from "../../src/components/episode-video"
import { makeEpisode, makeShowPage } from "../helpers/episodes"
import { hydrateServerHtml } from "../helpers/hydrate"

const chapters = [
  { start: 0, title: "Welcome" },
  { start: 754, title: "Kata roadmap" },
  { start: 3723, title: "Q&A" },
]
const episode = makeEpisode({ title: "Kata Containers", slug: "kata", date: "2021-07-22T14:00:00.000Z", chapters })
const video = episode.youtube!
const props = { page: makeShowPage(), episode, previous: null, next: null, builtAt: "2021-08-01T00:00:00.000Z", airingWindowMinutes: 90 }
const EMBED = "https://www.youtube-nocookie.com/embed/pHHCIGkpNzs"

const player = () => document.querySelector("iframe")
/** Whether a click on `link` makes the browser follow it: jsdom, which does not navigate, says so on the console. */
async function followsLink(link: HTMLElement, init: MouseEventInit = {}): Promise<boolean> {
  const errors = jest.spyOn(console, "error").mockImplementation(() => {})
  link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init }))
  await new Promise((resolve) => setTimeout(resolve, 20))
  const followed = errors.mock.calls.some((call) => String(call[0]).includes("Not implemented: navigation"))
  errors.mockRestore()
  return followed
}
const chapterLinks = (scope: HTMLElement = document.body) => {
  const list = within(scope).getByRole("region", { name: "Chapters" })
  return within(list).getAllByRole("link")
}

describe("EpisodeChapters", () => {
  it("is an ordered list under a Chapters heading, each chapter a link to the video at its second", () => {
    render(<EpisodeChapters chapters={chapters} video={video} onSelect={() => {}} idPrefix="kata" />)
    expect(screen.getByRole("heading", { level: 2, name: "Chapters" })).toBeTruthy()
    const list = screen.getByRole("list")
    expect(list.tagName).toBe("OL")
    expect(chapterLinks().map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["0:00 Welcome", "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=0s"],
      ["12:34 Kata roadmap", "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=754s"],
      ["1:02:03 Q&A", "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=3723s"],
    ])
    expect([...list.querySelectorAll("time")].map((time) => time.getAttribute("datetime"))).toEqual(["PT0S", "PT754S", "PT3723S"])
  })

  it("calls onSelect with the chapter's second on a click once hydrated, and keeps the page", async () => {
    const onSelect = jest.fn()
    render(<EpisodeChapters chapters={chapters} video={video} onSelect={onSelect} idPrefix="kata" />)
    expect(await followsLink(screen.getByRole("link", { name: "12:34 Kata roadmap" }))).toBe(false)
    expect(onSelect).toHaveBeenCalledWith(754)
    // A click with a modifier key opens YouTube (a new tab or window), as a link does.
    expect(await followsLink(screen.getByRole("link", { name: "1:02:03 Q&A" }), { ctrlKey: true })).toBe(true)
    expect(onSelect).toHaveBeenCalledTimes(1)
  })

  it("is plain links in the server's HTML: a click there goes to YouTube", async () => {
    const container = document.createElement("div")
    container.innerHTML = renderToString(<EpisodeChapters chapters={chapters} video={video} onSelect={() => {}} idPrefix="kata" />)
    document.body.appendChild(container)
    const link = within(container).getByRole("link", { name: "12:34 Kata roadmap" })
    expect(link.getAttribute("href")).toBe("https://www.youtube.com/watch?v=pHHCIGkpNzs&t=754s")
    expect(await followsLink(link)).toBe(true)
    container.remove()
  })
})

describe("EpisodeVideo from a second", () => {
  it("shows the player at startAt, focused, and starts it again when startAt changes", () => {
    const { rerender } = render(<EpisodeVideo video={video} episodeTitle="Kata" startAt={null} />)
    expect(player()).toBeNull()
    rerender(<EpisodeVideo video={video} episodeTitle="Kata" startAt={754} />)
    expect(player()!.getAttribute("src")).toBe(`${EMBED}?autoplay=1&start=754`)
    expect(document.activeElement).toBe(player())
    rerender(<EpisodeVideo video={video} episodeTitle="Kata" startAt={30} />)
    expect(player()!.getAttribute("src")).toBe(`${EMBED}?autoplay=1&start=30`)
  })
})

describe("chapters on the episode page", () => {
  it("play the video on the page from the chapter's second, and from another's on a second click", async () => {
    render(<EpisodePage {...props} />)
    const card = screen.getByRole("article")
    // Below the description, in the card.
    expect(card.querySelector(".oil-card__description + .oil-chapters")).not.toBeNull()
    expect(player()).toBeNull()
    await userEvent.click(screen.getByRole("link", { name: "12:34 Kata roadmap" }))
    expect(player()!.getAttribute("src")).toBe(`${EMBED}?autoplay=1&start=754`)
    expect(document.activeElement).toBe(player())
    await userEvent.click(screen.getByRole("link", { name: "1:02:03 Q&A" }))
    expect(player()!.getAttribute("src")).toBe(`${EMBED}?autoplay=1&start=3723`)
    await userEvent.click(screen.getByRole("link", { name: "0:00 Welcome" }))
    expect(player()!.getAttribute("src")).toBe(`${EMBED}?autoplay=1&start=0`)
  })

  it("are plain links before hydration, and hydrate without a mismatch into links that play on the page", async () => {
    const { container, root, problems } = hydrateServerHtml(<EpisodePage {...props} />, (server) => {
      expect(chapterLinks(server).map((link) => link.getAttribute("href"))).toEqual([
        "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=0s",
        "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=754s",
        "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=3723s",
      ])
    })
    expect(problems).toEqual({ consoleErrors: [], recoverable: [] })
    expect(container.querySelector("iframe")).toBeNull()
    await userEvent.click(within(container).getByRole("link", { name: "12:34 Kata roadmap" }))
    expect(container.querySelector("iframe")!.getAttribute("src")).toBe(`${EMBED}?autoplay=1&start=754`)
    act(() => root.unmount())
    container.remove()
  })

  it("are left out without a video, and without chapters", () => {
    const { unmount } = render(<EpisodePage {...props} episode={{ ...episode, youtube: null }} />)
    expect(screen.queryByRole("region", { name: "Chapters" })).toBeNull()
    unmount()
    render(<EpisodePage {...props} episode={{ ...episode, chapters: [] }} />)
    expect(screen.queryByRole("region", { name: "Chapters" })).toBeNull()
  })
})

describe("the show page's cards", () => {
  it("show no chapters", () => {
    render(<EpisodeCard episode={episode} />)
    expect(screen.queryByRole("region", { name: "Chapters" })).toBeNull()
    expect(screen.queryByText("Kata roadmap")).toBeNull()
  })

  it("carry no chapters code: only the episode page imports EpisodeChapters", () => {
    const components = path.join(__dirname, "..", "..", "src", "components")
    const importers = fs
      .readdirSync(components)
      .filter((file) => /\.tsx?$/.test(file) && fs.readFileSync(path.join(components, file), "utf8").includes('from "./episode-chapters"'))
    expect(importers).toEqual(["episode-page.tsx"])
    for (const shared of ["episode-card.tsx", "episode-video.tsx", "show-page.tsx", "episode-list.tsx", "featured-episode.tsx"]) {
      expect([shared, fs.readFileSync(path.join(components, shared), "utf8")]).toEqual([shared, expect.not.stringMatching(/chapters"|content\/chapters/)])
    }
  })
})
