/**
 * Builds example-site/ with the theme and checks what a visitor gets at /live/.
 * The expected episodes are written out here, independently of the theme's code.
 */
import fs from "fs"
import path from "path"
import { builtPage, filesUnder, gatsbyBuild, REPO, stackTraceLines, type BuildResult } from "../helpers/gatsby"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pageWeight, JS_BUDGET_BYTES } = require("../../scripts/page-weight.js") as {
  pageWeight: (publicDir: string, pagePath: string) => { jsGzip: number }
  JS_BUDGET_BYTES: number
}

const SITE = path.join(REPO, "example-site")
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
  ["OpenInfra Live: Year in Review", "2027-01-14T15:00:00.000Z"],
  ["Zuul at Ten", "2027-01-21T15:00:00.000Z"],
]
const DRAFT_TITLE = "DRAFT: not ready for the public"

let build: BuildResult
let page: Document

beforeAll(() => {
  fs.rmSync(path.join(SITE, "public"), { recursive: true, force: true })
  build = gatsbyBuild(SITE)
  console.log(`example-site: gatsby build took ${build.seconds.toFixed(1)} s`)
  if (build.status !== 0) throw new Error(`gatsby build failed:\n${build.output.slice(-4000)}`)
  page = builtPage(SITE, "live")
}, 10 * 60 * 1000)

const titlesIn = (sectionName: string) => {
  const section = [...page.querySelectorAll("section")].find((s) => s.querySelector("h2")?.textContent === sectionName)
  return section ? [...section.querySelectorAll("article h3")].map((h) => h.textContent) : []
}

describe("the example site's /live/ page", () => {
  it("lists every published episode once: upcoming soonest first, then past newest first", () => {
    const builtAt = fs.statSync(path.join(SITE, "public", "live", "index.html")).mtimeMs
    // A day-only date counts as upcoming until its day ends (UTC).
    const end = ([, date]: [string, string]) => Date.parse(date) + (date.length === 10 ? 86_400_000 : 0)
    const byDate = [...PUBLISHED].sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]))
    const upcoming = byDate.filter((e) => end(e) > builtAt).map(([title]) => title)
    const past = byDate.filter((e) => end(e) <= builtAt).reverse().map(([title]) => title)
    // The soonest is featured ("Up next") above the rest of the schedule.
    expect(titlesIn("Up next")).toEqual(upcoming.slice(0, 1))
    expect(titlesIn("Upcoming episodes")).toEqual(upcoming.slice(1))
    expect(titlesIn("Past episodes")).toEqual(past)
    expect(page.querySelectorAll("article")).toHaveLength(PUBLISHED.length)
  })

  it("shows no draft, in the page, its page-data or anywhere in the built site", () => {
    const leaks = filesUnder(path.join(SITE, "public")).filter((file) => /\.(html|json|js|txt|xml)$/.test(file) && fs.readFileSync(file, "utf8").includes(DRAFT_TITLE))
    expect(leaks).toEqual([])
    expect(page.body.textContent).not.toContain("This draft must appear nowhere")
  })

  it("serves only sanitized HTML from the content", () => {
    const main = page.querySelector("main")!
    expect(main.querySelectorAll("script, iframe, style, [onerror], [onclick], [style]")).toHaveLength(0)
    const hrefs = [...main.querySelectorAll("a")].map((a) => a.getAttribute("href")!)
    expect(hrefs.filter((href) => !/^(https:\/\/|http:\/\/|\/)/.test(href) || href.startsWith("//"))).toEqual([])
    expect(hrefs).toContain("https://www.youtube.com/watch?v=yf5iFiCg_Tw") // was protocol-relative
    expect(hrefs).not.toContain("javascript:alert(document.cookie)")
    const review = [...main.querySelectorAll("article")].find((a) => a.textContent!.includes("Year in Review"))!
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
    expect(card.querySelector(".oil-video")!.getAttribute("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
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

  it("shows every date in UTC in the static HTML, whatever the build machine's zone", () => {
    expect(process.env.TZ).toBe("America/Chicago") // set in jest.config.js, inherited by gatsby build
    const times = [...page.querySelectorAll("time")]
    expect(times).toHaveLength(PUBLISHED.length)
    for (const time of times) {
      expect(time.getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/)
      expect(time.textContent).toMatch(/^\w+day, \w+ \d{1,2}, \d{4}( · \d\d:\d\d UTC)?$/)
    }
    expect(times.find((time) => time.getAttribute("datetime") === "2021-07-22T14:00:00.000Z")!.textContent).toBe("Thursday, July 22, 2021 · 14:00 UTC")
  })

  it("keeps the JS that /live/ loads within 8 KB (gzip) of the site's bare page", () => {
    const publicDir = path.join(SITE, "public")
    const extra = pageWeight(publicDir, "/live/").jsGzip - pageWeight(publicDir, "/").jsGzip
    expect(extra).toBeGreaterThan(0)
    expect(extra).toBeLessThanOrEqual(JS_BUDGET_BYTES)
  })

  it("leaves the site's other pages alone", () => {
    expect(builtPage(SITE, "").querySelector("h1")!.textContent).toBe("Open Infrastructure Foundation (example site)")
  })

  it("tells the editor about each bad field, without a stack trace", () => {
    expect(build.output).toContain(`[gatsby-theme-openinfra-live] ${FILE}: episode 17 "Zuul at Ten" (2027-01-21): facebookLink`)
    expect(build.output).toMatch(/episode 16 "OpenInfra Live: Year in Review" \(2027-01-14\): episodeDescription contained\s+HTML that is not allowed, which was removed: <script>/)
    expect(build.output).toMatch(/1 draft episode \(hidden: true\) left out/)
    expect(stackTraceLines(build.output)).toEqual([])
    expect(build.output).not.toMatch(/ERROR/)
  })
})
