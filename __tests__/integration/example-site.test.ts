/**
 * Builds example-site/ with the theme and checks what a visitor gets at /live/: the stack a site
 * starts on today (Gatsby 5.16, React 19, Decap CMS 3.16), built on Node 24. The end-to-end tests
 * (npm test runs them after this) check the same build in Chromium.
 * The expected episodes are written out here, independently of the theme's code.
 */
import fs from "fs"
import { DEFAULTS } from "../../src/content/options"
import path from "path"
import ICAL from "ical.js"
import { JSDOM } from "jsdom"
import {
  builtPage,
  filesUnder,
  gatsbyBuild,
  nodeBinary,
  REPO,
  stackTraceLines,
  startThumbnailMirrorProcess,
  TEST_NOW,
  type BuildResult,
} from "../helpers/gatsby"

/* eslint-disable @typescript-eslint/no-require-imports */
const { pageWeight, JS_BUDGET_BYTES } = require("../../scripts/page-weight.js") as {
  pageWeight: (publicDir: string, pagePath: string) => { jsGzip: number; scripts: string[] }
  JS_BUDGET_BYTES: number
}
const { EXAMPLE_SITE_MISSING } = require("../../scripts/thumbnail-mirror.js") as { EXAMPLE_SITE_MISSING: string[] }
/* eslint-enable @typescript-eslint/no-require-imports */

const SITE = path.join(REPO, "example-site")
/** The newest Node the npm registry's `node` package has of the line Gatsby 5.16's engines allow last. */
const NODE_VERSION = "24.9.0"
const FILE = "src/pages/openinfra-live/index.md"

/** Every published episode of example-site's content: [title, start (UTC)]. */
const PUBLISHED: Array<[string, string]> = [
  ["Kata Containers", "2021-07-22T14:00:00.000Z"],
  ["How OpenStack Large Clouds Manage their Spare Capacity", "2021-07-15T14:00:00.000Z"],
  ["The role of open source in Digital Sovereignty", "2021-07-08T14:00:00.000Z"],
  ["Building the Intelligent Edge with Open Source Technologies", "2021-07-01T14:00:00.000Z"],
  ["Open Source Job Openings (and how to land them)", "2021-06-24T14:00:00.000Z"],
  ["How to Start Contributing Upstream to OpenInfra", "2021-06-17T14:00:00.000Z"],
  ["Upgrades in Large Scale OpenStack infrastructure: The Discussion", "2021-06-10T14:00:00.000Z"],
  ["OpenInfra AMA (Ask Me Anything)", "2021-06-03"],
  ["Large Scale Open Source CI Featuring Zuul", "2021-05-27"],
  ["Upgrades in Large Scale OpenStack infrastructure", "2021-05-20"],
  ["Open Edge Infrastructure Conundrums and Solution", "2021-05-13"],
  ["The Future of the Network Depends on Open Infrastructure", "2021-05-06"],
  ["OpenInfra Project Teams Gathering Recap", "2021-04-29"],
  ["Behind the scenes of the OpenStack TC", "2021-04-22"],
  ["Wallaby Release Community Meeting", "2021-04-15"],
  ["OpenInfra Live: Year in Review", "2099-01-15T15:00:00.000Z"],
  ["Zuul at Ten", "2099-01-22T15:00:00.000Z"],
]
const DRAFT_TITLE = "DRAFT: not ready for the public"

let build: BuildResult
let page: Document

beforeAll(
  async () => {
    fs.rmSync(path.join(SITE, "public"), { recursive: true, force: true })
    // Thumbnails come from a stand-in for YouTube's image host, which does not have one video's.
    const mirror = await startThumbnailMirrorProcess(EXAMPLE_SITE_MISSING)
    process.env.OPENINFRA_LIVE_THUMBNAIL_MIRROR = mirror.url
    process.env.OPENINFRA_LIVE_QUICK_CMS = "1"
    build = gatsbyBuild(SITE, nodeBinary(NODE_VERSION))
    delete process.env.OPENINFRA_LIVE_THUMBNAIL_MIRROR
    delete process.env.OPENINFRA_LIVE_QUICK_CMS
    mirror.close()
    console.log(`example-site: gatsby build on Node ${NODE_VERSION} took ${build.seconds.toFixed(1)} s`)
    if (build.status !== 0) throw new Error(`gatsby build failed:\n${build.output.slice(-4000)}`)
    page = builtPage(SITE, "live")
  },
  10 * 60 * 1000,
)

const titlesIn = (sectionName: string) => {
  const section = [...page.querySelectorAll("section")].find((s) => s.querySelector("h2")?.textContent === sectionName)
  return section ? [...section.querySelectorAll("article h3")].map((h) => h.textContent) : []
}

describe("the example site's /live/ page", () => {
  it("lists every published episode once: up next, upcoming soonest first, the latest past on the show page (episodesPerPage), older ones on pages 2, 3…", () => {
    // The build schedules for the tests' clock (OPENINFRA_LIVE_NOW), not for the day the tests run.
    const builtAt = Date.parse(TEST_NOW)
    // A day-only date counts as upcoming until its day ends (UTC).
    const end = ([, date]: [string, string]) => Date.parse(date) + (date.length === 10 ? 86_400_000 : 0)
    const byDate = [...PUBLISHED].sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]))
    const upcoming = byDate.filter((e) => end(e) > builtAt).map(([title]) => title)
    const past = byDate
      .filter((e) => end(e) <= builtAt)
      .reverse()
      .map(([title]) => title)
    expect(upcoming).toEqual(["OpenInfra Live: Year in Review", "Zuul at Ten"])
    // The soonest is featured ("Up next") above the rest of the schedule.
    expect(titlesIn("Up next")).toEqual(upcoming.slice(0, 1))
    expect(titlesIn("Upcoming episodes")).toEqual(upcoming.slice(1))
    const perPage = DEFAULTS.episodesPerPage
    const pageCount = 1 + Math.ceil((past.length - perPage) / perPage)
    expect(pageCount).toBeGreaterThan(1)
    expect(titlesIn("Past episodes")).toEqual(past.slice(0, perPage))
    const archived = Array.from({ length: pageCount - 1 }, (_, index) => builtPage(SITE, `live/page/${index + 2}`))
    expect(archived.flatMap((archive) => [...archive.querySelectorAll("article h3")].map((h) => h.textContent))).toEqual(past.slice(perPage))
    const older = archived[0]!
    expect(page.querySelector('nav a[rel="next"]')!.getAttribute("href")).toBe("/live/page/2/")
    expect(page.querySelector(".oil-pagination__status")!.textContent).toBe(`Page 1 of ${pageCount}`)
    expect(older.querySelector('nav a[rel="prev"]')!.getAttribute("href")).toBe("/live/")
    expect(older.querySelectorAll("h1")).toHaveLength(1)
  })

  it("gives every published episode its own page, linked from its card, with previous and next", () => {
    const byDate = [...PUBLISHED].sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]))
    const pages = fs.readdirSync(path.join(SITE, "public", "live")).filter((name) => /^\d{4}-\d\d-\d\d-/.test(name))
    expect(pages).toHaveLength(PUBLISHED.length)
    const kata = page.querySelector<HTMLAnchorElement>("a.oil-card__link[href='/live/2021-07-22-kata-containers/']")!
    expect(kata.textContent).toBe("Kata Containers")
    const episodePage = builtPage(SITE, "live/2021-07-22-kata-containers")
    expect(episodePage.querySelector("h1")!.textContent).toBe("Kata Containers")
    expect(episodePage.title).toBe("Kata Containers · OpenInfra Live")
    expect(episodePage.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://openinfra.dev/live/2021-07-22-kata-containers/")
    expect(episodePage.querySelector('meta[name="description"]')!.getAttribute("content")).toMatch(/^The Kata Containers community hosts AMD and Ant Group/)
    const index = byDate.findIndex(([title]) => title === "Kata Containers")
    expect(episodePage.querySelector('a[rel="prev"] .oil-episode-nav__title')!.textContent).toBe(byDate[index - 1]![0])
    expect(episodePage.querySelector('a[rel="next"] .oil-episode-nav__title')!.textContent).toBe(byDate[index + 1]![0])
    const edge = builtPage(SITE, "live/2021-07-01-building-the-intelligent-edge-with-open-source-technologies")
    // Its own share image, made at build time (1200×630), in its folder.
    const shareImage = edge.querySelector('meta[property="og:image"]')!.getAttribute("content")!
    expect(shareImage).toMatch(
      /^https:\/\/openinfra\.dev\/live\/2021-07-01-building-the-intelligent-edge-with-open-source-technologies\/share-[0-9a-f]{10}\.jpg$/,
    )
    expect(fs.existsSync(path.join(SITE, "public", new URL(shareImage).pathname))).toBe(true)
    expect(edge.querySelector('meta[property="og:image:width"]')!.getAttribute("content")).toBe("1200")
    const jsonLd = JSON.parse(edge.querySelector('script[type="application/ld+json"]')!.textContent!)
    expect(jsonLd).toMatchObject({ "@type": "VideoObject", embedUrl: "https://www.youtube-nocookie.com/embed/pHHCIGkpNzs" })
    const review = builtPage(SITE, "live/2099-01-15-openinfra-live-year-in-review")
    expect(JSON.parse(review.querySelector('script[type="application/ld+json"]')!.textContent!)).toMatchObject({
      "@type": "Event",
      startDate: "2099-01-15T15:00:00.000Z",
      endDate: "2099-01-15T16:30:00.000Z",
      workFeatured: { publication: { "@type": "BroadcastEvent" } },
    })
  })

  it("advertises its feeds and calendar, and lists its episodes as structured data", () => {
    const alternates = [...page.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute("href"))
    expect(alternates).toEqual(["/live/rss.xml", "/live/feed.json", "/live/calendar.ics"])
    expect(page.querySelector('a[href="webcal://openinfra.dev/live/calendar.ics"]')!.textContent).toBe("Subscribe in Apple Calendar")
    const google = new URL(page.querySelector<HTMLAnchorElement>('a[href^="https://calendar.google.com/calendar/render?cid="]')!.href)
    expect(google.searchParams.get("cid")).toBe("webcal://openinfra.dev/live/calendar.ics")
    const list = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!)
    expect(list["@type"]).toBe("ItemList")
    expect(list.itemListElement).toHaveLength(page.querySelectorAll("article").length)
  })

  it("generates the calendar and feeds of published episodes only, which parse", () => {
    const live = path.join(SITE, "public", "live")
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(live, "calendar.ics"), "utf8")))
    const summaries = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event).summary)
    expect(summaries.sort()).toEqual(PUBLISHED.map(([title]) => title).sort())
    // Zuul at Ten has no hand-made invite: it gets a generated one, linked from its card.
    const zuul = new ICAL.Event(
      new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(live, "2099-01-22-zuul-at-ten", "invite.ics"), "utf8"))).getFirstSubcomponent("vevent")!,
    )
    expect([zuul.summary, zuul.startDate.toJSDate().toISOString(), zuul.uid]).toEqual([
      "Zuul at Ten",
      "2099-01-22T15:00:00.000Z",
      "yt-aqz-KE-bpKQ@openinfra.dev",
    ])
    expect(page.querySelector('a[href="/live/2099-01-22-zuul-at-ten/invite.ics"]')).not.toBeNull()
    // A hand-made invite wins.
    expect(fs.existsSync(path.join(live, "2099-01-15-openinfra-live-year-in-review", "invite.ics"))).toBe(false)
    const rss = new JSDOM(fs.readFileSync(path.join(live, "rss.xml"), "utf8"), { contentType: "application/xml" }).window.document
    // Items are what has aired at the build's moment, newest first.
    const aired = PUBLISHED.filter(([, date]) => Date.parse(date) <= Date.parse(TEST_NOW))
    expect(aired.length).toBeLessThan(PUBLISHED.length)
    expect([...rss.querySelectorAll("item > title")].map((title) => title.textContent)).toEqual(
      [...aired].sort((a, b) => Date.parse(b[1]) - Date.parse(a[1])).map(([title]) => title),
    )
  })

  it("makes its pages and files for one moment, the build's clock (OPENINFRA_LIVE_NOW)", () => {
    const pageData = JSON.parse(fs.readFileSync(path.join(SITE, "public", "page-data", "live", "page-data.json"), "utf8"))
    expect(pageData.result.pageContext.builtAt).toBe(TEST_NOW)
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(SITE, "public", "live", "calendar.ics"), "utf8")))
    const stamps = calendar.getAllSubcomponents("vevent").map((event) => event.getFirstPropertyValue("dtstamp")!.toString())
    expect(new Set(stamps)).toEqual(new Set([ICAL.Time.fromJSDate(new Date(TEST_NOW), true).toString()]))
    const rss = fs.readFileSync(path.join(SITE, "public", "live", "rss.xml"), "utf8")
    expect(rss).toContain(`<lastBuildDate>${new Date(TEST_NOW).toUTCString()}</lastBuildDate>`)
  })

  it("writes no NUL byte in any page, feed or calendar of the show (React's streaming renderer can leave some)", () => {
    const files = filesUnder(path.join(SITE, "public", "live")).filter((file) => /\.(html|xml|json|ics)$/.test(file))
    expect(files.length).toBeGreaterThan(PUBLISHED.length)
    expect(files.filter((file) => fs.readFileSync(file).includes(0))).toEqual([])
  })

  it("shows no draft, in the page, its page-data or anywhere in the built site", () => {
    const leaks = filesUnder(path.join(SITE, "public")).filter(
      (file) => /\.(html|json|js|txt|xml|ics)$/.test(file) && fs.readFileSync(file, "utf8").includes(DRAFT_TITLE),
    )
    expect(leaks).toEqual([])
    expect(page.body.textContent).not.toContain("This draft must appear nowhere")
  })

  it("serves only sanitized HTML from the content", () => {
    // The show page and every archive page: the episodes' descriptions are spread over them.
    const archives = fs.readdirSync(path.join(SITE, "public", "live", "page")).map((n) => builtPage(SITE, `live/page/${n}`))
    const mains = [page, ...archives].map((doc) => doc.querySelector("main")!)
    for (const main of mains) expect(main.querySelectorAll("script, iframe, style, [onerror], [onclick], [style]")).toHaveLength(0)
    // Every link but the theme's own webcal: subscription link.
    const hrefs = mains.flatMap((main) => [...main.querySelectorAll("a:not([href^='webcal:'])")].map((a) => a.getAttribute("href")!))
    expect(hrefs.filter((href) => !/^(https:\/\/|http:\/\/|\/)/.test(href) || href.startsWith("//"))).toEqual([])
    expect(hrefs).toContain("https://www.youtube.com/watch?v=yf5iFiCg_Tw") // was protocol-relative
    expect(hrefs).not.toContain("javascript:alert(document.cookie)")
    const review = [...page.querySelectorAll("main article")].find((a) => a.textContent!.includes("Year in Review"))!
    expect([...review.querySelectorAll(".oil-card__description p")].map((p) => p.textContent)).toEqual([
      "Our hosts look back at a year of open infrastructure.",
      "Bring your questions: ask them live!",
    ])
  })

  it("parses speakers, videos, links and calendar invites from the editors' free text", () => {
    const card = [...page.querySelectorAll("article")].find((a) => a.textContent!.includes("Year in Review"))!
    expect([...card.querySelectorAll(".oil-speakers__group")].map((g) => g.textContent)).toEqual([
      "Host: Jonathan Bryce (OpenInfra Foundation)",
      "Participants: Thierry Carrez (OpenInfra Foundation), Allison Randal",
    ])
    expect(card.querySelector("a.oil-video__control")!.getAttribute("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    expect(card.querySelector('a[href="/invites/openinfralive-year-in-review.ics"]')).not.toBeNull()
    expect(card.querySelector("a.oil-link--spotify")!.getAttribute("href")).toBe("https://open.spotify.com/show/0abcdefghijklmnopqrstu?si=123")
    expect(fs.existsSync(path.join(SITE, "public", "invites", "openinfralive-year-in-review.ics"))).toBe(true)
  })

  it("uses the site's shadow of the join footer", () => {
    const footer = page.querySelector('[data-shadowed="join-footer"]')!
    expect(footer).not.toBeNull()
    expect(footer.querySelector("a")!.textContent).toBe("JOIN the OpenInfra Foundation")
    expect(footer.querySelector("a")!.getAttribute("href")).toBe("https://openinfra.dev/join/")
  })

  it("has the head tags from seo, with absolute URLs", () => {
    const meta = (selector: string) => page.querySelector(selector)?.getAttribute("content")
    expect(page.title).toBe("OpenInfra Live")
    expect(page.documentElement.getAttribute("lang")).toBe("en")
    expect(meta('meta[name="description"]')).toBe("Interactive Conversations around All Things Open Infrastructure")
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://openinfra.dev/live/")
    expect(meta('meta[property="og:title"]')).toBe("OpenInfra Live")
    expect(meta('meta[property="og:url"]')).toBe("https://openinfra.dev/live/")
    expect(meta('meta[property="og:image"]')).toBe("https://openinfra.dev/img/oificon-social.png")
    expect(meta('meta[name="twitter:site"]')).toBe("@OpenInfraDev")
    expect(page.querySelectorAll("h1")).toHaveLength(1)
  })

  it("shows every date in UTC in the static HTML, whatever the build machine's zone, and a day without a time as the day alone", () => {
    expect(process.env.TZ).toBe("America/Chicago") // set in jest.config.js, inherited by gatsby build
    // The show page and every archive page: the days without a time are among the older episodes.
    const archives = fs.readdirSync(path.join(SITE, "public", "live", "page")).map((n) => builtPage(SITE, `live/page/${n}`))
    const times = [page, ...archives].flatMap((doc) => {
      expect(doc.querySelectorAll("time")).toHaveLength(doc.querySelectorAll("article").length)
      return [...doc.querySelectorAll("time")]
    })
    const published = new Map(PUBLISHED)
    expect(times).toHaveLength(PUBLISHED.length)
    for (const time of times) {
      // As PUBLISHED writes it: the instant in UTC, or the day alone (a valid date string of HTML) for a day without a time.
      const title = time.closest("article")!.querySelector("h3")!.textContent!
      expect(time.getAttribute("datetime")).toBe(published.get(title))
      expect(time.textContent).toMatch(published.get(title)!.length === 10 ? /^\w+day, \w+ \d{1,2}, \d{4}$/ : /^\w+day, \w+ \d{1,2}, \d{4} · \d\d:\d\d UTC$/)
    }
    expect(times.find((time) => time.getAttribute("datetime") === "2021-07-22T14:00:00.000Z")!.textContent).toBe("Thursday, July 22, 2021 · 14:00 UTC")
    expect(times.find((time) => time.getAttribute("datetime") === "2021-06-03")!.textContent).toBe("Thursday, June 3, 2021")
  })

  it("writes a day without a time as the day alone wherever the format can say a day, and 00:00 UTC of it in the feeds", () => {
    const live = path.join(SITE, "public", "live")
    const ama = builtPage(SITE, "live/2021-06-03-openinfra-ama-ask-me-anything")
    expect(ama.querySelector(".oil-episode article time")!.getAttribute("datetime")).toBe("2021-06-03")
    expect(JSON.parse(ama.querySelector('script[type="application/ld+json"]')!.textContent!)).toMatchObject({
      "@type": "VideoObject",
      uploadDate: "2021-06-03",
    })
    const calendar = fs.readFileSync(path.join(live, "calendar.ics"), "utf8").replace(/\r\n /g, "")
    const event = calendar.split("BEGIN:VEVENT").find((text) => text.includes("\r\nSUMMARY:OpenInfra AMA (Ask Me Anything)\r\n"))!
    expect(event).toContain("\r\nDTSTART;VALUE=DATE:20210603\r\nDTEND;VALUE=DATE:20210604\r\n")
    const rss = fs.readFileSync(path.join(live, "rss.xml"), "utf8")
    expect(rss).toMatch(/<title>OpenInfra AMA \(Ask Me Anything\)<\/title>[\s\S]*?<pubDate>Thu, 03 Jun 2021 00:00:00 GMT<\/pubDate>/)
    const json = JSON.parse(fs.readFileSync(path.join(live, "feed.json"), "utf8")) as { items: Array<{ title: string; date_published: string }> }
    expect(json.items.find((item) => item.title === "OpenInfra AMA (Ask Me Anything)")!.date_published).toBe("2021-06-03T00:00:00.000Z")
  })

  it("keeps the JS that /live/ loads within 8 KB (gzip) of the site's bare page", () => {
    const publicDir = path.join(SITE, "public")
    const extra = pageWeight(publicDir, "/live/").jsGzip - pageWeight(publicDir, "/").jsGzip
    expect(extra).toBeGreaterThan(0)
    expect(extra).toBeLessThanOrEqual(JS_BUDGET_BYTES)
  })

  it("ships no date-writing code to the browser: the static HTML's UTC text comes from the build", () => {
    const publicDir = path.join(SITE, "public")
    const { scripts } = pageWeight(publicDir, "/live/")
    expect(scripts.length).toBeGreaterThan(3)
    const js = scripts.map((src) => fs.readFileSync(path.join(publicDir, src), "utf8")).join("\n")
    expect(js).toContain("oil-date__time")
    expect(js).not.toMatch(/"September"|getUTCMonth/)
  })

  it("serves every thumbnail itself, WebP first, and a placeholder with one warning for a video whose thumbnail is gone", () => {
    // Every card with a video on the show page shows its still from the site (the episode without one is on an episode page).
    const videos = [...page.querySelectorAll("article .oil-video")]
    const images = [...page.querySelectorAll("article img")]
    expect(videos.length).toBeGreaterThan(2)
    expect(images).toHaveLength(videos.length)
    for (const image of images) {
      expect(image.getAttribute("src")).toMatch(/^\/live\/thumbnails\/[\w-]{11}-hqdefault\.jpg$/)
      expect(fs.existsSync(path.join(SITE, "public", image.getAttribute("src")!))).toBe(true)
      expect(image.parentElement!.querySelector('source[type="image/webp"]')!.getAttribute("srcset")).toMatch(
        /^\/live\/thumbnails\/[\w-]{11}-hqdefault\.webp 480w, \/live\/thumbnails\/[\w-]{11}-sddefault\.webp 640w$/,
      )
    }
    expect(fs.readFileSync(path.join(SITE, "public", images[0]!.getAttribute("src")!)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    // No image of any page comes from YouTube's host (crawlers still get YouTube's still in og:image and JSON-LD).
    for (const file of filesUnder(path.join(SITE, "public", "live")).filter((name) => name.endsWith(".html"))) {
      const sources = [...new JSDOM(fs.readFileSync(file, "utf8")).window.document.querySelectorAll("img, source")].map(
        (element) => `${element.getAttribute("src") ?? ""} ${element.getAttribute("srcset") ?? ""}`,
      )
      expect(sources.filter((source) => source.includes("ytimg"))).toEqual([])
    }
    const [missing] = EXAMPLE_SITE_MISSING
    const gone = builtPage(SITE, "live/2021-05-06-the-future-of-the-network-depends-on-open-infrastructure")
    expect(gone.querySelector(".oil-video__thumbnail--placeholder")).not.toBeNull()
    expect(build.output.match(/the video's thumbnail could not be downloaded/g)).toHaveLength(1)
    expect(build.output).toMatch(
      new RegExp(
        `episode 12 "The Future of the Network Depends on Open Infrastructure" \\(2021-05-06\\): the video's thumbnail could not be downloaded \\(http://127\\.0\\.0\\.1:\\d+/vi/${missing}/hqdefault\\.jpg: Response code 404 \\(Not Found\\)\\); the card shows a placeholder`,
      ),
    )
  })

  it("leaves the site's other pages alone", () => {
    expect(builtPage(SITE, "").querySelector("h1")!.textContent).toBe("Open Infrastructure Foundation (example site)")
    expect(builtPage(SITE, "404").querySelector("h1")!.textContent).toBe("Page not found")
  })

  it("tells the editor about each bad field, without a stack trace", () => {
    // At the line and column of the field in the file.
    const line =
      fs
        .readFileSync(path.join(SITE, FILE), "utf8")
        .split("\n")
        .findIndex((text) => text.includes("facebookLink: javascript:")) + 1
    expect(build.output).toContain(`[gatsby-theme-openinfra-live] ${FILE}:${line}:5: episode 17 "Zuul at Ten" (2099-01-22): facebookLink`)
    expect(build.output).toMatch(
      /episode 16 "OpenInfra Live: Year in Review" \(2099-01-15\): episodeDescription contained\s+HTML that is not allowed, which was removed: <script>/,
    )
    expect(build.output).toMatch(/1 draft episode \(hidden: true\) left out/)
    // The about page's `people` and `topics`, of other shapes, clash with nothing of the shows' (showPeople, episodes' topics).
    expect(build.output).not.toMatch(/conflicting field types/)
    expect(stackTraceLines(build.output)).toEqual([])
    expect(build.output).not.toMatch(/ERROR/)
  })
})
