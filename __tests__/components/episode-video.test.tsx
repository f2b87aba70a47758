import * as React from "react"
import { renderToString } from "react-dom/server"
import { act, render, screen, within } from "@testing-library/react"
import userEvent from "@testing-library/user-event"
import EpisodeVideo from "../../src/components/episode-video"
import { remoteThumbnail } from "../../src/content/thumbnails"
import { makeEpisode } from "../helpers/episodes"
import { hydrateServerHtml } from "../helpers/hydrate"

const video = makeEpisode().youtube!
const title = "Kata Containers"

describe("EpisodeVideo", () => {
  it("is a button named for the episode, over a lazy thumbnail of fixed size with an alt text", () => {
    render(<EpisodeVideo video={video} episodeTitle={title} />)
    const button = screen.getByRole("button", { name: "Play: Kata Containers" })
    const facade = button.closest(".oil-video")!
    const image = facade.querySelector("img")!
    expect(image.getAttribute("src")).toBe("/live/thumbnails/pHHCIGkpNzs-hqdefault.jpg")
    expect(image.getAttribute("srcset")).toBe("/live/thumbnails/pHHCIGkpNzs-hqdefault.jpg 480w, /live/thumbnails/pHHCIGkpNzs-sddefault.jpg 640w")
    const webp = facade.querySelector('picture > source[type="image/webp"]')!
    expect(webp.getAttribute("srcset")).toBe("/live/thumbnails/pHHCIGkpNzs-hqdefault.webp 480w, /live/thumbnails/pHHCIGkpNzs-sddefault.webp 640w")
    expect(webp.getAttribute("sizes")).toBe(image.getAttribute("sizes"))
    expect(image.getAttribute("loading")).toBe("lazy")
    expect([image.getAttribute("width"), image.getAttribute("height")]).toEqual(["480", "360"])
    expect(image.getAttribute("alt")).toBe("Video thumbnail: Kata Containers")
    expect(document.querySelector("iframe")).toBeNull()
  })

  it("shows a neutral placeholder of the same size when the build could not download the thumbnail", () => {
    render(<EpisodeVideo video={{ ...video, thumbnail: null }} episodeTitle={title} />)
    const facade = screen.getByRole("button", { name: "Play: Kata Containers" }).closest(".oil-video")!
    expect(facade.querySelector("img")).toBeNull()
    expect(screen.getByRole("img", { name: "Video: Kata Containers" }).className).toContain("oil-video__thumbnail--placeholder")
  })

  it("shows YouTube's own stills with the youtube option, WebP first", () => {
    const remote = { ...video, thumbnail: remoteThumbnail("pHHCIGkpNzs") }
    render(<EpisodeVideo video={remote} episodeTitle={title} />)
    const facade = screen.getByRole("button").closest(".oil-video")!
    expect(facade.querySelector("img")!.getAttribute("src")).toBe("https://i.ytimg.com/vi/pHHCIGkpNzs/hqdefault.jpg")
    expect(facade.querySelector("source")!.getAttribute("srcset")).toBe(
      "https://i.ytimg.com/vi_webp/pHHCIGkpNzs/hqdefault.webp 480w, https://i.ytimg.com/vi_webp/pHHCIGkpNzs/sddefault.webp 640w",
    )
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

  it("hydrates by swapping only its control: the link becomes a button, the server's thumbnail stays", () => {
    let image: HTMLImageElement | null = null
    const { container, root, problems } = hydrateServerHtml(<EpisodeVideo video={video} episodeTitle={title} />, (server) => {
      image = server.querySelector("img")
    })
    expect(image).not.toBeNull()
    expect(problems).toEqual({ consoleErrors: [], recoverable: [] })
    expect(within(container).getByRole("button", { name: "Play: Kata Containers" })).toBeInstanceOf(HTMLButtonElement)
    expect(within(container).queryByRole("link")).toBeNull()
    expect(container.querySelector("img")).toBe(image)
    act(() => root.unmount())
    container.remove()
  })
})
