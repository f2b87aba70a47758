import * as React from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { render, screen } from "@testing-library/react"
import Hero from "../../src/components/hero"
import JoinFooter from "../../src/components/join-footer"
import SeoHead from "../../src/components/seo-head"
import { makeShowPage } from "../helpers/episodes"

const page = makeShowPage()
const { footer } = page

describe("Hero", () => {
  it("is the page's only h1, with the sanitized description", () => {
    const { container } = render(<Hero title="OpenInfra Live" description="Airing <strong>Thursdays</strong>" />)
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("OpenInfra Live")
    expect(container.querySelector("strong")!.textContent).toBe("Thursdays")
  })
})

describe("JoinFooter", () => {
  it("shows the title, subtitle and button", () => {
    render(<JoinFooter {...footer} />)
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Get involved")
    expect(document.querySelector(".oil-join__subtitle")!.textContent).toBe("Join the foundation.")
    expect(screen.getByRole("link", { name: "JOIN" }).getAttribute("href")).toBe("https://openinfra.dev/join/")
    expect(screen.getByRole("region", { name: "Get involved" }).contains(screen.getByRole("link", { name: "JOIN" }))).toBe(true)
  })

  it("is not rendered when display is false or the button has no link", () => {
    expect(render(<JoinFooter {...footer} display={false} />).container.innerHTML).toBe("")
    expect(render(<JoinFooter {...footer} button={null} />).container.innerHTML).toBe("")
  })

  it("still has a name and a button text without a title", () => {
    render(<JoinFooter {...footer} title={null} buttonText={null} />)
    expect(screen.getByRole("region", { name: "Join" }).querySelector("h2")).toBeNull()
    expect(screen.getByRole("link", { name: "Join" }).getAttribute("href")).toBe(footer.button)
  })
})

describe("SeoHead", () => {
  it("gives title, description, canonical, Open Graph and Twitter tags", () => {
    const html = renderToStaticMarkup(
      <SeoHead
        title="OpenInfra Live"
        description="Conversations"
        canonicalUrl="https://openinfra.dev/live/"
        imageUrl="https://openinfra.dev/img/social.png"
        imageWidth={1200}
        imageHeight={630}
        imageAlt="OpenInfra Live & friends"
        twitterUsername="@OpenInfraDev"
        ogType="website"
        showTitle="OpenInfra Live"
        feeds={{ rss: "/live/rss.xml", jsonFeed: "/live/feed.json", calendar: "/live/calendar.ics" }}
        jsonLd={[{ "@type": "Thing", name: "</script><script>alert(1)</script> & <!--" }]}
      />,
    )
    const head = new DOMParser().parseFromString(`<head>${html}</head>`, "text/html")
    const meta = (selector: string) => head.querySelector(selector)?.getAttribute("content")
    expect(head.querySelector("title")!.textContent).toBe("OpenInfra Live")
    expect(meta('meta[name="description"]')).toBe("Conversations")
    expect(head.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://openinfra.dev/live/")
    expect(meta('meta[property="og:url"]')).toBe("https://openinfra.dev/live/")
    expect(meta('meta[property="og:image"]')).toBe("https://openinfra.dev/img/social.png")
    expect(meta('meta[property="og:image:width"]')).toBe("1200")
    expect(meta('meta[property="og:image:height"]')).toBe("630")
    expect(meta('meta[property="og:image:alt"]')).toBe("OpenInfra Live & friends")
    expect(meta('meta[name="twitter:image:alt"]')).toBe("OpenInfra Live & friends")
    expect(meta('meta[name="twitter:card"]')).toBe("summary_large_image")
    expect(meta('meta[name="twitter:site"]')).toBe("@OpenInfraDev")
    // X falls back to og:title, og:description and og:image (not og:image:alt): the card says nothing twice.
    expect([...head.querySelectorAll('meta[name^="twitter:"]')].map((tag) => tag.getAttribute("name"))).toEqual([
      "twitter:card",
      "twitter:site",
      "twitter:image:alt",
    ])
    expect([...head.querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute("type"), link.getAttribute("href")])).toEqual([
      ["application/rss+xml", "/live/rss.xml"],
      ["application/feed+json", "/live/feed.json"],
      ["text/calendar", "/live/calendar.ics"],
    ])
    const scripts = head.querySelectorAll('script[type="application/ld+json"]')
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual({ "@type": "Thing", name: "</script><script>alert(1)</script> & <!--" })
    expect(html).not.toMatch(/<\/script><script>alert|<!--/)
  })

  it("leaves out what it does not know instead of writing empty tags", () => {
    const html = renderToStaticMarkup(
      <SeoHead
        title="Hero title"
        description={null}
        canonicalUrl={null}
        imageUrl={null}
        imageWidth={null}
        imageHeight={null}
        imageAlt={null}
        twitterUsername={null}
        ogType="website"
        feeds={null}
        showTitle="Hero title"
        jsonLd={[]}
      />,
    )
    expect(html).toContain("<title>Hero title</title>")
    expect(html).not.toMatch(/canonical|og:image|og:url|description|twitter:site|alternate|ld\+json|content=""/)
    expect(html).toContain('<meta name="twitter:card" content="summary"/>')
  })
})
