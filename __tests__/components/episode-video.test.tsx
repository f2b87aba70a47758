import * as React from "react"
import { renderToString } from "react-dom/server"
import { render, screen } from "@testing-library/react"
import userEvent from "@testing-library/user-event"
import EpisodeVideo from "../../src/components/episode-video"
import { makeEpisode } from "../helpers/episodes"

const video = makeEpisode().youtube!
const title = "Kata Containers"

describe("EpisodeVideo", () => {
  it("is a button named for the episode, over a lazy thumbnail of fixed size with an alt text", () => {
    render(<EpisodeVideo video={video} episodeTitle={title} />)
    const button = screen.getByRole("button", { name: "Play: Kata Containers" })
    const image = button.querySelector("img")!
    expect(image.getAttribute("src")).toBe("https://i.ytimg.com/vi/pHHCIGkpNzs/hqdefault.jpg")
    expect(image.getAttribute("loading")).toBe("lazy")
    expect([image.getAttribute("width"), image.getAttribute("height")]).toEqual(["480", "360"])
    expect(image.getAttribute("alt")).toBe("Video thumbnail: Kata Containers")
    expect(document.querySelector("iframe")).toBeNull()
  })

  it("marks the thumbnail lazy before giving it a source, or the browser would fetch it at once", () => {
    render(<EpisodeVideo video={video} episodeTitle={title} />)
    const names = [...screen.getByRole("button").querySelector("img")!.attributes].map((attribute) => attribute.name)
    expect(names.indexOf("loading")).toBeGreaterThanOrEqual(0)
    expect(names.indexOf("loading")).toBeLessThan(names.indexOf("src"))
  })

  it("swaps in the privacy-enhanced player with autoplay and a title on click, and moves focus to it", async () => {
    render(<EpisodeVideo video={video} episodeTitle={title} />)
    await userEvent.click(screen.getByRole("button", { name: "Play: Kata Containers" }))
    const player = document.querySelector("iframe")!
    expect(player.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/pHHCIGkpNzs?autoplay=1")
    expect(player.getAttribute("title")).toBe("Kata Containers (YouTube video)")
    expect(player.getAttribute("allow")).toContain("autoplay")
    expect(document.activeElement).toBe(player)
    expect(screen.queryByRole("button")).toBeNull()
  })

  it("can be played from the keyboard", async () => {
    render(<EpisodeVideo video={video} episodeTitle={title} />)
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Play: Kata Containers" }))
    await userEvent.keyboard("{Enter}")
    expect(document.querySelector("iframe")).not.toBeNull()
  })

  it("is a plain link to the video in the server's HTML, for visitors without JavaScript", () => {
    const container = document.createElement("div")
    container.innerHTML = renderToString(<EpisodeVideo video={video} episodeTitle={title} />)
    const link = container.querySelector("a")!
    expect(link.getAttribute("href")).toBe("https://www.youtube.com/watch?v=pHHCIGkpNzs")
    expect(link.getAttribute("aria-label")).toBe("Play on YouTube: Kata Containers")
    expect(link.getAttribute("rel")).toBe("noopener noreferrer")
    expect(container.querySelectorAll("button, iframe")).toHaveLength(0)
  })
})
