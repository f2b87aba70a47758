/** The files a show adds besides its pages: invites, calendar and feeds (parsed as XML and JSON). */
import { JSDOM } from "jsdom"
import { showOutputs } from "../../src/node/outputs"
import { makeEpisode } from "../helpers/episodes"

const episode = (slug: string, date: string, extra: Parameters<typeof makeEpisode>[0] = {}) =>
  makeEpisode({ uid: `id-${slug}`, slug, path: `/live/${slug}/`, date, title: `Episode ${slug}`, inviteGenerated: false, ...extra })

const page = {
  path: "/live/",
  seo: { title: "OpenInfra Live", description: "Conversations", url: null, image: null, twitterUsername: null },
  hero: { title: null, description: null },
}

const context = { siteUrl: "https://openinfra.dev", builtAt: new Date("2026-11-24T12:00:00Z") }

const options = { calendar: true, feed: true, airingWindowMinutes: 90 }

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
