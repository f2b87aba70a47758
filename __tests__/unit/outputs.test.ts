/**
 * What a show adds besides its page: the page plan (show, archive, episode
 * pages), iCalendar files (parsed with ical.js), feeds (parsed as XML and
 * JSON) and structured data.
 */
import ICAL from "ical.js"
import { JSDOM } from "jsdom"
import { episodeInvite, foldLine, showCalendar } from "../../src/node/ical"
import { showOutputs } from "../../src/node/outputs"
import { planPages, type PlannedEpisode } from "../../src/node/pages"
import { episodeJsonLd, itemListJsonLd } from "../../src/node/json-ld"
import { makeEpisode } from "../helpers/episodes"

const episode = (slug: string, date: string, extra: Parameters<typeof makeEpisode>[0] = {}) =>
  makeEpisode({ uid: `id-${slug}`, slug, path: `/live/${slug}/`, date, title: `Episode ${slug}`, inviteGenerated: false, ...extra })
const page = { path: "/live/", seo: { title: "OpenInfra Live", description: "Conversations", url: null, image: null, twitterUsername: null }, hero: { title: null, description: null } }
const context = { siteUrl: "https://openinfra.dev", builtAt: new Date("2026-11-24T12:00:00Z") }
const options = { calendar: true, feed: true, airingWindowMinutes: 90 }

describe("planPages", () => {
  const planned = (count: number, upcoming = 2): PlannedEpisode[] =>
    Array.from({ length: count }, (_, index) => {
      const past = index < count - upcoming
      const date = past ? new Date(Date.UTC(2020, 0, 1) + index * 7 * 86_400_000) : new Date(Date.UTC(2030, 0, 1) + index * 86_400_000)
      return { id: `e${index}`, slug: `s${index}`, path: `/live/s${index}/`, date: date.toISOString(), dateOnly: false, number: index + 1 }
    })
  const plan = (episodes: PlannedEpisode[], perPage = 12, episodePages = true) =>
    planPages(episodes, { basePath: "/live/", builtAt: Date.parse("2026-11-24T12:00:00Z"), airingWindowMinutes: 90, episodesPerPage: perPage, episodePages })

  it("puts the next, the upcoming and the most recent past episodes on the show page, and the rest on archive pages", () => {
    const result = plan(planned(30), 12)
    expect(result.show.episodeIds).toEqual(["e28", "e29", ...Array.from({ length: 12 }, (_, i) => `e${27 - i}`)])
    expect(result.archive.map((a) => [a.path, a.pageNumber, a.pageCount, a.newerPath, a.olderPath, a.episodeIds.length])).toEqual([
      ["/live/page/2/", 2, 3, "/live/", "/live/page/3/", 12],
      ["/live/page/3/", 3, 3, "/live/page/2/", null, 4],
    ])
    expect(result.archive[1]!.episodeIds.at(-1)).toBe("e0")
    expect(result.show).toMatchObject({ olderPath: "/live/page/2/", pageCount: 3 })
    const everyPast = [...result.show.episodeIds, ...result.archive.flatMap((a) => a.episodeIds)]
    expect(new Set(everyPast).size).toBe(30)
  })

  it("makes no archive page when the past fits on the show page", () => {
    const result = plan(planned(10))
    expect(result.archive).toEqual([])
    expect(result.show).toMatchObject({ olderPath: null, pageCount: 1 })
  })

  it("links each episode page to the episodes before and after it in time, or makes none", () => {
    const result = plan(planned(3, 1))
    expect(result.episodes.map((e) => [e.path, e.olderId, e.newerId])).toEqual([
      ["/live/s0/", null, "e1"],
      ["/live/s1/", "e0", "e2"],
      ["/live/s2/", "e1", null],
    ])
    expect(plan(planned(3, 1), 12, false).episodes).toEqual([])
  })
})

describe("iCalendar", () => {
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text))

  it("makes an invite that a calendar parser reads back: UID, UTC start, end from the airing window, summary, plain description, URL", () => {
    const kata = episode("2021-07-22-kata-containers", "2021-07-22T14:00:00.000Z", {
      title: "Kata Containers, at last; a \\ test",
      descriptionText: "First paragraph, with commas; and semicolons.\n\nSecond: ünïcödé — " + "long ".repeat(30),
    })
    const text = episodeInvite(kata, { name: "OpenInfra Live", siteUrl: "https://openinfra.dev", showPath: "/live/", airingWindowMinutes: 90, stamp: context.builtAt })
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    expect(text.endsWith("\r\n")).toBe(true)
    const event = new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!)
    expect(event.uid).toBe("id-2021-07-22-kata-containers@openinfra.dev")
    expect(event.summary).toBe("Kata Containers, at last; a \\ test")
    expect(event.startDate.toJSDate().toISOString()).toBe("2021-07-22T14:00:00.000Z")
    expect(event.startDate.zone.tzid).toBe("UTC")
    expect(event.endDate.toJSDate().toISOString()).toBe("2021-07-22T15:30:00.000Z")
    expect(event.description).toContain("First paragraph, with commas; and semicolons.\n\nSecond: ünïcödé — long")
    expect(event.description).not.toMatch(/<[a-z]/)
    expect(event.component.getFirstPropertyValue("url")).toBe("https://openinfra.dev/live/2021-07-22-kata-containers/")
  })

  it("gives a day-only episode an all-day event", () => {
    const ama = episode("2021-06-03-ama", "2021-06-03T00:00:00.000Z", { dateOnly: true })
    const event = new ICAL.Event(parse(episodeInvite(ama, { name: "x", siteUrl: null, showPath: "/live/", airingWindowMinutes: 90, stamp: context.builtAt })).getFirstSubcomponent("vevent")!)
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe("2021-06-03")
    expect(event.endDate.toString()).toBe("2021-06-04")
    expect(event.uid).toBe("id-2021-06-03-ama@gatsby-theme-openinfra-live")
  })

  it("makes a calendar of every episode to subscribe to, with stable UIDs from build to build", () => {
    const episodes = [episode("a", "2021-07-01T14:00:00.000Z"), episode("b", "2027-01-14T15:00:00.000Z")]
    const make = (stamp: Date) => showCalendar(episodes, { name: "OpenInfra Live", siteUrl: "https://openinfra.dev", showPath: "/live/", airingWindowMinutes: 60, stamp })
    const calendar = parse(make(context.builtAt))
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("OpenInfra Live")
    const uids = (component: ICAL.Component) => component.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event).uid)
    expect(uids(calendar)).toEqual(["id-a@openinfra.dev", "id-b@openinfra.dev"])
    expect(uids(parse(make(new Date("2027-02-01T00:00:00Z"))))).toEqual(uids(calendar))
  })

  it("keeps an event's UID when its episode is renamed and rescheduled, so a subscriber's event is updated", () => {
    const context = { name: "OpenInfra Live", siteUrl: "https://openinfra.dev", showPath: "/live/", airingWindowMinutes: 60, stamp: new Date() }
    const before = episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { uid: "ep-7f3a" })
    const after = episode("2021-07-29-kata-containers-30", "2021-07-29T15:00:00.000Z", { uid: "ep-7f3a", title: "Kata Containers 3.0" })
    const uidOf = (text: string) => new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!).uid
    expect(uidOf(episodeInvite(after, context))).toBe(uidOf(episodeInvite(before, context)))
  })

  it("folds long lines without splitting a character", () => {
    const line = `DESCRIPTION:${"é".repeat(100)}`
    const folded = foldLine(line)
    expect(folded.split("\r\n ").join("")).toBe(line)
    expect(folded.split("\r\n").every((part) => Buffer.byteLength(part) <= 75)).toBe(true)
  })
})

describe("showOutputs", () => {
  const episodes = [
    episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { description: "<p>Kata &amp; <strong>friends</strong></p>", descriptionText: "Kata & friends" }),
    episode("2027-01-14-review", "2027-01-14T15:00:00.000Z", { calendarInvite: "/live/2027-01-14-review/invite.ics", inviteGenerated: true }),
    episode("2021-07-15-clouds", "2021-07-15T14:00:00.000Z"),
  ]

  it("writes the calendar, an invite for each episode without a hand-made one, and both feeds; only those the options ask for", () => {
    expect(showOutputs(page, episodes, context, options).map((file) => file.path)).toEqual([
      "/live/calendar.ics",
      "/live/2027-01-14-review/invite.ics",
      "/live/rss.xml",
      "/live/feed.json",
    ])
    expect(showOutputs(page, episodes, context, { ...options, calendar: false }).map((file) => file.path)).toEqual(["/live/rss.xml", "/live/feed.json"])
    expect(showOutputs(page, episodes, context, { ...options, feed: false, calendar: false })).toEqual([])
  })

  it("makes an RSS 2.0 feed, newest first, with each episode's page, date and description", () => {
    const rss = showOutputs(page, episodes, context, options).find((file) => file.path.endsWith("rss.xml"))!.content
    const xml = new JSDOM(rss, { contentType: "application/xml" }).window.document
    expect(xml.querySelector("parsererror")).toBeNull()
    expect(xml.documentElement.getAttribute("version")).toBe("2.0")
    const channel = xml.querySelector("channel")!
    expect(channel.querySelector(":scope > title")!.textContent).toBe("OpenInfra Live")
    expect(channel.querySelector(":scope > link")!.textContent).toBe("https://openinfra.dev/live/")
    const items = [...xml.querySelectorAll("item")]
    expect(items.map((item) => item.querySelector("link")!.textContent)).toEqual([
      "https://openinfra.dev/live/2027-01-14-review/",
      "https://openinfra.dev/live/2021-07-22-kata/",
      "https://openinfra.dev/live/2021-07-15-clouds/",
    ])
    expect(items.map((item) => new Date(item.querySelector("pubDate")!.textContent!).toISOString())).toEqual([
      "2027-01-14T15:00:00.000Z",
      "2021-07-22T14:00:00.000Z",
      "2021-07-15T14:00:00.000Z",
    ])
    expect(items[1]!.querySelector("description")!.textContent).toBe("<p>Kata &amp; <strong>friends</strong></p>")
  })

  it("makes a JSON Feed 1.1 of the same episodes", () => {
    const feed = JSON.parse(showOutputs(page, episodes, context, options).find((file) => file.path.endsWith("feed.json"))!.content)
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1")
    expect(feed.feed_url).toBe("https://openinfra.dev/live/feed.json")
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([
      "https://openinfra.dev/live/2027-01-14-review/",
      "https://openinfra.dev/live/2021-07-22-kata/",
      "https://openinfra.dev/live/2021-07-15-clouds/",
    ])
  })

  it("uses site-relative links when the site's URL is unknown", () => {
    const rss = showOutputs(page, episodes, { ...context, siteUrl: null }, options).find((file) => file.path.endsWith("rss.xml"))!.content
    expect(rss).toContain("<link>/live/2021-07-22-kata/</link>")
    expect(rss).toContain('<guid isPermaLink="false">/live/2021-07-22-kata/</guid>')
  })
})

describe("structured data", () => {
  const at = { siteUrl: "https://openinfra.dev", airingWindowMinutes: 90, showTitle: "OpenInfra Live" }
  const past = episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { descriptionText: "Kata\n\ncommunity" })

  it("describes a past episode with a video as a VideoObject", () => {
    expect(episodeJsonLd(past, { ...at, now: Date.parse("2026-01-01T00:00:00Z") })).toEqual({
      "@context": "https://schema.org",
      "@type": "VideoObject",
      name: past.title,
      description: "Kata community",
      thumbnailUrl: ["https://i.ytimg.com/vi/pHHCIGkpNzs/hqdefault.jpg"],
      uploadDate: "2021-07-22T14:00:00.000Z",
      embedUrl: "https://www.youtube-nocookie.com/embed/pHHCIGkpNzs",
      contentUrl: "https://www.youtube.com/watch?v=pHHCIGkpNzs",
      url: "https://openinfra.dev/live/2021-07-22-kata/",
    })
  })

  it("describes an upcoming episode as an online Event, with its stream as a live BroadcastEvent", () => {
    const data = episodeJsonLd(past, { ...at, now: Date.parse("2021-07-01T00:00:00Z") })
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2021-07-22T14:00:00.000Z",
      endDate: "2021-07-22T15:30:00.000Z",
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://www.youtube.com/watch?v=pHHCIGkpNzs" },
      workFeatured: { "@type": "VideoObject", publication: { "@type": "BroadcastEvent", isLiveBroadcast: true, startDate: "2021-07-22T14:00:00.000Z" } },
    })
    const noStream = episodeJsonLd({ ...past, youtube: null }, { ...at, now: Date.parse("2021-07-01T00:00:00Z") })
    expect(noStream).toMatchObject({ "@type": "Event", location: { "@type": "VirtualLocation", url: "https://openinfra.dev/live/2021-07-22-kata/" } })
    expect(noStream).not.toHaveProperty("workFeatured")
  })

  it("lists the show page's episodes in an ItemList", () => {
    const list = itemListJsonLd([past, episode("b", "2021-07-29T14:00:00.000Z")], { siteUrl: "https://openinfra.dev", name: "OpenInfra Live", showPath: "/live/" })
    expect(list).toMatchObject({ "@type": "ItemList", numberOfItems: 2 })
    expect((list.itemListElement as Array<{ position: number; url: string }>).map((item) => [item.position, item.url])).toEqual([
      [1, "https://openinfra.dev/live/2021-07-22-kata/"],
      [2, "https://openinfra.dev/live/b/"],
    ])
  })
})
