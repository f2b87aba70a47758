/**
 * A site served under a path prefix (`pathPrefix: "/community"`, `gatsby build --prefix-paths`), with
 * the packed theme: every internal link, file link, thumbnail, canonical URL, feed and calendar must
 * carry the prefix, and the files must still be written where Gatsby serves public/ from.
 */
import fs from "fs"
import path from "path"
import { builtPage, packedTheme, REPO, run, startThumbnailMirrorProcess, type BuildResult, writePackedSite } from "../helpers/gatsby"

const SITE = path.join(REPO, ".tmp", "prefix-site")
const FIXTURE = path.join(REPO, "__tests__", "fixtures", "openinfra-live.md")
const ORIGIN = "https://foundation.example.org"

let build: BuildResult

beforeAll(
  async () => {
    const mirror = await startThumbnailMirrorProcess([])
    try {
      writePackedSite(SITE, {
        tarball: packedTheme().tarball,
        siteUrl: ORIGIN,
        config: { pathPrefix: "/community" },
        themeOptions: { episodesPerPage: 4, thumbnailBaseUrl: mirror.url },
        files: {
          "src/pages/index.js": `import * as React from "react"\nexport default function Home() { return <h1>Home</h1> }\n`,
          "src/pages/openinfra-live/index.md": fs.readFileSync(FIXTURE, "utf8"),
        },
      })
      build = run(process.execPath, [path.join(REPO, "node_modules", "gatsby", "cli.js"), "build", "--prefix-paths"], SITE)
    } finally {
      mirror.close()
    }
    console.log(`prefixed site: gatsby build --prefix-paths took ${build.seconds.toFixed(1)} s`)
  },
  10 * 60 * 1000,
)

/** Every URL a page's links, images and head point at, with the attribute it is in. */
function urlsIn(document: Document): Array<[string, string]> {
  const urls: Array<[string, string]> = []
  for (const element of document.querySelectorAll("a[href], link[href]")) urls.push([element.tagName.toLowerCase(), element.getAttribute("href")!])
  for (const element of document.querySelectorAll("img[src]")) urls.push(["img", element.getAttribute("src")!])
  for (const element of document.querySelectorAll("img[srcset], source[srcset]")) {
    for (const candidate of element.getAttribute("srcset")!.split(",")) urls.push(["srcset", candidate.trim().split(" ")[0]!])
  }
  return urls
}

describe("a site built with a path prefix", () => {
  it("builds", () => {
    expect(build.status).toBe(0)
  })

  it("puts every site path of the show, archive and episode pages under the prefix", () => {
    const pages = ["live", "live/page/2"]
    const episodePage = fs.readdirSync(path.join(SITE, "public", "live")).find((name) => /^\d{4}-\d{2}-\d{2}-/.test(name))!
    pages.push(`live/${episodePage}`)
    for (const page of pages) {
      const sitePaths = urlsIn(builtPage(SITE, page)).filter(([, url]) => url.startsWith("/"))
      expect(sitePaths.length).toBeGreaterThan(3)
      expect(sitePaths.filter(([, url]) => !url.startsWith("/community/"))).toEqual([])
    }
    const show = builtPage(SITE, "live")
    expect(show.querySelector("a.oil-card__link")!.getAttribute("href")).toMatch(/^\/community\/live\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/$/)
    expect(show.querySelector('.oil-pagination a[rel="next"]')!.getAttribute("href")).toBe("/community/live/page/2/")
    expect(show.querySelector(".oil-video__thumbnail")!.getAttribute("src")).toMatch(/^\/community\/live\/thumbnails\/[\w-]{11}-hqdefault\.jpg$/)
  })

  it("gives absolute URLs under the prefix: canonical, feeds, webcal and structured data", () => {
    const show = builtPage(SITE, "live")
    expect(show.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`${ORIGIN}/community/live/`)
    expect([...show.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute("href"))).toEqual([
      "/community/live/rss.xml",
      "/community/live/feed.json",
      "/community/live/calendar.ics",
    ])
    expect(show.querySelector('a.oil-link--calendar[href^="webcal:"]')!.getAttribute("href")).toBe(
      "webcal://foundation.example.org/community/live/calendar.ics",
    )
    expect(new URL(show.querySelector<HTMLAnchorElement>('a.oil-link--calendar[href*="google"]')!.href).searchParams.get("cid")).toBe(
      "webcal://foundation.example.org/community/live/calendar.ics",
    )
    const itemList = JSON.parse(show.querySelector('script[type="application/ld+json"]')!.textContent!) as {
      url: string
      itemListElement: Array<{ url: string }>
    }
    expect(itemList.url).toBe(`${ORIGIN}/community/live/`)
    expect(itemList.itemListElement.every((item) => item.url.startsWith(`${ORIGIN}/community/live/`))).toBe(true)
  })

  it("writes the feeds and calendar where the prefixed site serves them, with prefixed links inside", () => {
    const rss = fs.readFileSync(path.join(SITE, "public", "live", "rss.xml"), "utf8")
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!)
    expect(links.length).toBeGreaterThan(3)
    expect(links.filter((link) => !link.startsWith(`${ORIGIN}/community/live/`))).toEqual([])
    const calendar = fs.readFileSync(path.join(SITE, "public", "live", "calendar.ics"), "utf8")
    const urls = [...calendar.matchAll(/^URL:(.+)$/gm)].map((match) => match[1]!.trim())
    expect(urls.length).toBeGreaterThan(3)
    expect(urls.filter((url) => !url.startsWith(`${ORIGIN}/community/live/`))).toEqual([])
    expect(fs.existsSync(path.join(SITE, "public", "community"))).toBe(false)
  })
})
