/**
 * The show-level parts: the hero's logo, newsletter line and links, and the call to action,
 * alone and on the show page; rendered from their props only, on every React version the theme supports.
 */
import fs from "fs"
import path from "path"
import * as React from "react"
import { renderToString } from "react-dom/server"
import { render, screen, within } from "@testing-library/react"
import axe from "axe-core"
import Hero from "../../src/components/hero"
import NewsletterLine from "../../src/components/newsletter-line"
import CallToAction, { type CallToActionProps } from "../../src/components/call-to-action"
import ShowLinks from "../../src/components/show-links"
import ShowLogo from "../../src/components/show-logo"
import ShowPage from "../../src/components/show-page"
import type { ShowLink } from "../../src/types"
import { SHOW_LINK_PLATFORMS } from "../../src/utils/platforms"
import { makeEpisode, makeShowPage } from "../helpers/episodes"

const LINKS: ShowLink[] = [
  { platform: "spotify", label: "Listen on Spotify", url: "https://open.spotify.com/show/033KWnXq6Njhy1dRqs6Zx7" },
  { platform: "applePodcasts", label: "Listen on Apple Podcasts", url: "https://podcasts.apple.com/us/podcast/openinfra-live/id6788132895" },
  { platform: "youtube", label: "Watch Live on YouTube", url: "https://youtube.com/c/OpenStackFoundation?sub_confirmation=1" },
  { platform: "linkedin", label: "Join Live on LinkedIn", url: "https://www.linkedin.com/company/open-infrastructure-foundation/" },
  { platform: "rss", label: "Podcast RSS feed", url: "/live/rss.xml" },
]

const BANNER: CallToActionProps = {
  title: "Have an idea for an episode of OpenInfra Live?",
  text: "Share your <strong>ideas</strong> with us!",
  buttonText: "Share now",
  button: "https://openinfrafoundation.formstack.com/forms/openinfralive",
  display: true,
}

const LOGO = { image: "/img/live-logo.svg", alt: "OpenInfra Live", width: 320, height: 80 }

afterEach(() => {
  globalThis.__BASE_PATH__ = undefined
  document.body.innerHTML = ""
})

describe("Hero with the show's logo, newsletter line and links", () => {
  it("shows the logo first, at its size, then the h1, the description, the newsletter line and the links", () => {
    const { container } = render(
      <Hero
        title="Conversations"
        description="Airing <strong>Thursdays</strong>"
        logo={LOGO}
        newsletter='Subscribe to the <a href="/newsletter/">newsletter</a>.'
        links={LINKS}
      />,
    )
    const logo = screen.getByRole("img", { name: "OpenInfra Live" })
    // Fetched at once: not lazy.
    expect([logo.getAttribute("src"), logo.getAttribute("width"), logo.getAttribute("height"), logo.getAttribute("loading")]).toEqual([
      "/img/live-logo.svg",
      "320",
      "80",
      null,
    ])
    const inner = container.querySelector(".oil-hero__inner")!
    expect([...inner.children].map((child) => child.className)).toEqual([
      "oil-hero__logo",
      "oil-hero__title",
      "oil-hero__description",
      "oil-hero__newsletter",
      "oil-show-links",
    ])
    expect(screen.getByRole("link", { name: "newsletter" }).getAttribute("href")).toBe("/newsletter/")
    expect(within(screen.getByRole("list", { name: "Listen and watch" })).getAllByRole("link")).toHaveLength(LINKS.length)
  })

  it("is as before when the content has none of them", () => {
    const { container } = render(<Hero title="Conversations" description={null} />)
    expect(container.querySelector(".oil-hero__inner")!.innerHTML).toBe('<h1 class="oil-hero__title">Conversations</h1>')
    const nulls = render(<Hero title="Conversations" description={null} logo={null} newsletter={null} links={[]} />)
    expect(nulls.container.querySelector(".oil-hero__inner")!.innerHTML).toBe('<h1 class="oil-hero__title">Conversations</h1>')
  })
})

describe("ShowLogo", () => {
  it("is served under the path prefix when it is the site's, as it is when it is a URL, and without a size when none is given", () => {
    globalThis.__BASE_PATH__ = "/blog"
    render(<ShowLogo {...LOGO} />)
    expect(screen.getByRole("img").getAttribute("src")).toBe("/blog/img/live-logo.svg")
    document.body.innerHTML = ""
    render(<ShowLogo image="https://cdn.example.org/logo.png" alt="My Show" width={null} height={null} />)
    const img = screen.getByRole("img", { name: "My Show" })
    expect(img.getAttribute("src")).toBe("https://cdn.example.org/logo.png")
    expect(img.hasAttribute("width") || img.hasAttribute("height")).toBe(false)
  })
})

describe("ShowLinks", () => {
  it("names each link by its words, its icon hidden, the site's own under the path prefix", () => {
    globalThis.__BASE_PATH__ = "/blog"
    render(<ShowLinks links={LINKS} />)
    for (const link of LINKS) {
      const element = screen.getByRole("link", { name: link.label })
      expect(element.className).toBe(`oil-show-link oil-show-link--${link.platform}`)
      expect(element.querySelector(".oil-platform-icon")!.getAttribute("aria-hidden")).toBe("true")
      expect(element.getAttribute("href")).toBe(link.url.startsWith("/") ? `/blog${link.url}` : link.url)
      // Opened in the same tab: nothing for rel="noopener" to guard.
      expect(element.hasAttribute("target")).toBe(false)
    }
    // Nothing but the theme's own markup: no image or script is fetched for an icon.
    expect(document.querySelectorAll("img, script, use, image")).toHaveLength(0)
  })

  it("renders nothing without links, and takes another name for its list", () => {
    expect(render(<ShowLinks links={[]} />).container.innerHTML).toBe("")
    render(<ShowLinks links={LINKS.slice(0, 1)} label="Follow OpenInfra Live" />)
    expect(screen.getByRole("list", { name: "Follow OpenInfra Live" })).toBeTruthy()
  })
})

describe("the platforms' icons", () => {
  it("are named for the stylesheet, which draws each one, hidden from assistive technology", () => {
    const css = fs.readFileSync(path.join(__dirname, "..", "..", "src", "styles", "openinfra-live.css"), "utf8")
    const { container } = render(
      <ShowLinks links={SHOW_LINK_PLATFORMS.map((platform) => ({ platform, label: platform, url: `https://${platform}.example/` }))} />,
    )
    const icons = [...container.querySelectorAll(".oil-platform-icon")]
    expect(icons.map((icon) => icon.className)).toEqual(SHOW_LINK_PLATFORMS.map((platform) => `oil-platform-icon oil-platform-icon--${platform}`))
    for (const icon of icons) expect(icon.getAttribute("aria-hidden")).toBe("true")
    // An SVG of its own for each platform.
    for (const platform of SHOW_LINK_PLATFORMS)
      expect(css).toMatch(new RegExp(`\\.oil-platform-icon--${platform} \\{\\n  --oil-platform-glyph: url\\("data:image/svg\\+xml,%3Csvg `))
  })
})

describe("NewsletterLine", () => {
  it("shows the sanitized line, and nothing without one", () => {
    const { container } = render(<NewsletterLine html='Subscribe to the <a href="/newsletter/">newsletter</a>.' />)
    expect(container.querySelector(".oil-hero__newsletter")!.textContent).toBe("Subscribe to the newsletter.")
    expect(render(<NewsletterLine html={null} />).container.innerHTML).toBe("")
  })
})

describe("CallToAction", () => {
  it("is a region named by its title, with its text and a button that its title describes", () => {
    render(<CallToAction {...BANNER} />)
    const region = screen.getByRole("region", { name: BANNER.title! })
    expect(within(region).getByRole("heading", { level: 2 }).textContent).toBe(BANNER.title)
    expect(region.querySelector("strong")!.textContent).toBe("ideas")
    const button = within(region).getByRole("link", { name: "Share now" })
    expect(button.getAttribute("href")).toBe(BANNER.button)
    expect(button.getAttribute("aria-describedby")).toBe(region.querySelector("h2")!.id)
  })

  it("links a page of the site under the path prefix, and says Learn more without button words", () => {
    globalThis.__BASE_PATH__ = "/blog"
    render(<CallToAction {...BANNER} button="/ideas/" buttonText={null} />)
    expect(screen.getByRole("link", { name: "Learn more" }).getAttribute("href")).toBe("/blog/ideas/")
  })

  it("is nothing when hidden or empty, has no button without a link, and no landmark without a title", () => {
    expect(render(<CallToAction {...BANNER} display={false} />).container.innerHTML).toBe("")
    expect(render(<CallToAction title={null} text={null} buttonText="Share now" button={null} display />).container.innerHTML).toBe("")
    document.body.innerHTML = ""
    render(<CallToAction {...BANNER} button={null} />)
    expect(screen.queryByRole("link")).toBeNull()
    document.body.innerHTML = ""
    const { container } = render(<CallToAction {...BANNER} title={null} />)
    expect(screen.queryByRole("region")).toBeNull()
    // A section without a name is no landmark.
    expect(container.querySelector(".oil-call-to-action")!.hasAttribute("aria-labelledby")).toBe(false)
    expect(screen.getByRole("link", { name: "Share now" }).hasAttribute("aria-describedby")).toBe(false)
  })
})

describe("ShowPage with the show-level content", () => {
  const page = makeShowPage({
    hero: { ...makeShowPage().hero, logo: LOGO, links: LINKS, newsletter: 'Subscribe to the <a href="/newsletter/">newsletter</a>.' },
    callToAction: BANNER,
  })
  const episodes = [
    makeEpisode({ slug: "past", title: "Past", date: "2021-06-24T14:00:00.000Z", number: 1 }),
    makeEpisode({ slug: "next", title: "Next up", date: "2021-07-08T14:00:00.000Z", number: 2 }),
    makeEpisode({ slug: "later", title: "Later", date: "2021-07-15T14:00:00.000Z", number: 3 }),
  ]
  const serverHtml = () => {
    const container = document.createElement("div")
    container.innerHTML = renderToString(<ShowPage page={page} episodes={episodes} builtAt="2021-07-01T12:00:00.000Z" airingWindowMinutes={90} />)
    document.body.appendChild(container)
    return container
  }

  it("puts the logo and the links in the hero, and the call to action between the upcoming and the past episodes, headings in order", () => {
    const container = serverHtml()
    const hero = container.querySelector("header.oil-hero")!
    expect(within(hero as HTMLElement).getByRole("img", { name: "OpenInfra Live" })).toBeTruthy()
    expect(
      within(hero as HTMLElement)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["newsletter", ...LINKS.map((link) => link.label)])
    const sections = [...container.querySelectorAll("main section")].map((section) => section.querySelector("h2")?.textContent ?? "")
    const order = ["Upcoming episodes", BANNER.title!, "Past episodes"].map((title) => sections.indexOf(title))
    expect(order.every((index) => index >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const levels = [...container.querySelectorAll("h1, h2, h3")].map((heading) => Number(heading.tagName[1]))
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1))
  })

  it("has no accessibility violation that axe finds in the DOM (names, roles, lists, landmarks)", async () => {
    // jsdom has no canvas, which axe tries for icon fonts (none here): it says so on the console otherwise.
    jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null)
    const container = serverHtml()
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false }, region: { enabled: false } } })
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(" ")}`)).toEqual([])
  })
})
