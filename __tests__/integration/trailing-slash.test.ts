/**
 * A Gatsby 5 site with `trailingSlash: "never"` and the packed theme: Gatsby serves its pages at
 * `/live/<slug>`, and every URL the theme writes of a page (canonical, og:url, links, RSS and JSON
 * Feed, invites and calendar, JSON-LD) must be that one, while files keep their own paths.
 */
import fs from "fs"
import path from "path"
import ICAL from "ical.js"
import { builtPage, gatsbyBuild, packedTheme, REPO, type BuildResult, writePackedSite } from "../helpers/gatsby"

const SITE = path.join(REPO, ".tmp", "trailing-slash-site")
const FIXTURE = path.join(REPO, "__tests__", "fixtures", "openinfra-live.md")
const ORIGIN = "https://foundation.example.org"
const KATA = "/live/2021-07-22-kata-containers"

let build: BuildResult

beforeAll(
  () => {
    writePackedSite(SITE, {
      tarball: packedTheme().tarball,
      siteUrl: ORIGIN,
      config: { trailingSlash: "never" },
      themeOptions: { thumbnails: "youtube", episodesPerPage: 4 },
      files: {
        "src/pages/index.js": `import * as React from "react"\nexport default function Home() { return <h1>Home</h1> }\n`,
        "src/pages/openinfra-live/index.md": fs.readFileSync(FIXTURE, "utf8"),
      },
    })
    build = gatsbyBuild(SITE)
    console.log(`trailingSlash "never" site: gatsby build took ${build.seconds.toFixed(1)} s`)
  },
  10 * 60 * 1000,
)

/** Every absolute URL of the site in a text, without the ones of files (an extension in the last segment). */
const pageUrlsIn = (text: string) =>
  [...text.matchAll(/https:\/\/foundation\.example\.org[^\s"'<>\\)]*/g)].map((match) => match[0]).filter((url) => !/\.[a-z0-9]{2,5}$/i.test(url))

describe("a site with trailingSlash: never", () => {
  it("builds, with the theme's pages where Gatsby serves them", () => {
    expect(build.status).toBe(0)
    const paths = JSON.parse(fs.readFileSync(path.join(SITE, "public", "page-data", "live", "page-data.json"), "utf8")).path
    expect(paths).toBe("/live")
  })

  it("writes canonical, og:url, links and JSON-LD without the trailing slash", () => {
    for (const pagePath of ["live", KATA.slice(1), "live/page/2"]) {
      const page = builtPage(SITE, pagePath)
      const canonical = page.querySelector('link[rel="canonical"]')!.getAttribute("href")!
      expect(canonical).toBe(`${ORIGIN}/${pagePath}`)
      expect(page.querySelector('meta[property="og:url"]')!.getAttribute("content")).toBe(canonical)
      const jsonLd = [...page.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent!).join("\n")
      const urls = pageUrlsIn(jsonLd).filter((url) => url !== `${ORIGIN}/`)
      // Archive pages have no structured data.
      if (pagePath !== "live/page/2") expect(urls.length).toBeGreaterThan(0)
      expect(urls.filter((url) => url.endsWith("/"))).toEqual([])
    }
    const links = [...builtPage(SITE, "live").querySelectorAll("a[href^='/live']")].map((a) => a.getAttribute("href")!)
    expect(links).toContain(KATA)
    expect(links.filter((href) => href.endsWith("/"))).toEqual([])
  })

  it("writes the feeds' and calendars' links to pages without it, and keeps the files' own paths", () => {
    const live = path.join(SITE, "public", "live")
    const rss = fs.readFileSync(path.join(live, "rss.xml"), "utf8")
    const feed = JSON.parse(fs.readFileSync(path.join(live, "feed.json"), "utf8"))
    expect(feed.home_page_url).toBe(`${ORIGIN}/live`)
    expect(feed.items.map((item: { url: string }) => item.url)).toContain(`${ORIGIN}${KATA}`)
    expect(rss).toContain(`<link>${ORIGIN}${KATA}</link>`)
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(live, "calendar.ics"), "utf8")))
    const eventUrls = calendar.getAllSubcomponents("vevent").map((event) => String(event.getFirstPropertyValue("url")))
    expect(eventUrls).toContain(`${ORIGIN}${KATA}`)
    for (const text of [rss, JSON.stringify(feed), eventUrls.join("\n")]) expect(pageUrlsIn(text).filter((url) => url.endsWith("/"))).toEqual([])
    // Files: the feed's own address, and the invites in each episode's folder.
    expect(rss).toContain(`href="${ORIGIN}/live/rss.xml"`)
    const invites = fs.readdirSync(live).filter((name) => fs.existsSync(path.join(live, name, "invite.ics")))
    expect(invites.length).toBeGreaterThan(0)
  })
})
