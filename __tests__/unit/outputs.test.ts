/** The files a show adds besides its pages: invites, calendar and feeds (parsed as XML and JSON). */
import ICAL from "ical.js"
import { JSDOM } from "jsdom"
import { showOutputs } from "../../src/content/outputs"
import { imageUrlOf } from "../../src/content/urls"
import { makeEpisode } from "../helpers/episodes"

const episode = (slug: string, date: string, extra: Parameters<typeof makeEpisode>[0] = {}) =>
  makeEpisode({ uid: `id-${slug}`, slug, path: `/live/${slug}/`, date, title: `Episode ${slug}`, inviteGenerated: false, ...extra })

const page = {
  path: "/live/",
  seo: { title: "OpenInfra Live", description: "Conversations", url: null, image: null, twitterUsername: null },
  hero: { title: null, description: null, logo: null, links: [], newsletter: null },
}

const context = { siteUrl: "https://openinfra.dev", builtAt: new Date("2026-11-24T12:00:00Z") }

const options = { calendar: true, feed: true, airingWindowMinutes: 90, feedLimit: 50 }

const fileOf = (files: ReturnType<typeof showOutputs>, name: string) => files.find((file) => file.path.endsWith(name))!.content

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

  it("makes an RSS 2.0 feed of the episodes that have aired, newest first, with each episode's page, date and description", () => {
    const rss = showOutputs(page, episodes, context, options).find((file) => file.path.endsWith("rss.xml"))!.content
    const xml = new JSDOM(rss, { contentType: "application/xml" }).window.document
    expect(xml.querySelector("parsererror")).toBeNull()
    expect(xml.documentElement.getAttribute("version")).toBe("2.0")
    const channel = xml.querySelector("channel")!
    expect(channel.querySelector(":scope > title")!.textContent).toBe("OpenInfra Live")
    expect(channel.querySelector(":scope > link")!.textContent).toBe("https://openinfra.dev/live/")
    const items = [...xml.querySelectorAll("item")]
    // The review airs after the build: the calendar has it, the feeds do not (yet).
    expect(items.map((item) => item.querySelector("link")!.textContent)).toEqual([
      "https://openinfra.dev/live/2021-07-22-kata/",
      "https://openinfra.dev/live/2021-07-15-clouds/",
    ])
    expect(items.map((item) => new Date(item.querySelector("pubDate")!.textContent!).toISOString())).toEqual([
      "2021-07-22T14:00:00.000Z",
      "2021-07-15T14:00:00.000Z",
    ])
    expect(items[0]!.querySelector("description")!.textContent).toBe("<p>Kata &amp; <strong>friends</strong></p>")
  })

  it("announces the upcoming episode in the RSS feed as a live item, ending when the airingWindowMinutes option says", () => {
    const liveItemsOf = (airingWindowMinutes: number) => {
      const xml = new JSDOM(fileOf(showOutputs(page, episodes, context, { ...options, airingWindowMinutes }), "rss.xml"), { contentType: "application/xml" })
      return [...xml.window.document.getElementsByTagNameNS("https://podcastindex.org/namespace/1.0", "liveItem")].map((item) =>
        ["status", "start", "end"].map((name) => item.getAttribute(name)),
      )
    }
    expect(liveItemsOf(90)).toEqual([["pending", "2027-01-14T15:00:00.000Z", "2027-01-14T16:30:00.000Z"]])
    expect(liveItemsOf(30)).toEqual([["pending", "2027-01-14T15:00:00.000Z", "2027-01-14T15:30:00.000Z"]])
  })

  it("makes a JSON Feed 1.1 of the same episodes", () => {
    const feed = JSON.parse(showOutputs(page, episodes, context, options).find((file) => file.path.endsWith("feed.json"))!.content)
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1")
    expect(feed.feed_url).toBe("https://openinfra.dev/live/feed.json")
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([
      "https://openinfra.dev/live/2021-07-22-kata/",
      "https://openinfra.dev/live/2021-07-15-clouds/",
    ])
  })

  it("adds an episode to the feeds once it has aired: a later build's clock", () => {
    const later = { ...context, builtAt: new Date("2027-01-14T15:00:00Z") }
    const feed = JSON.parse(fileOf(showOutputs(page, episodes, later, options), "feed.json"))
    expect(feed.items.map((item: { url: string }) => item.url)[0]).toBe("https://openinfra.dev/live/2027-01-14-review/")
    expect(feed.items).toHaveLength(3)
  })

  it("puts every episode in the calendar, each event revised by the build's clock, with no METHOD", () => {
    const calendar = new ICAL.Component(ICAL.parse(fileOf(showOutputs(page, episodes, context, options), "calendar.ics")))
    expect(calendar.getFirstPropertyValue("method")).toBeNull()
    const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event))
    expect(events.map((event) => event.uid)).toEqual([
      "id-2021-07-22-kata@openinfra.dev",
      "id-2027-01-14-review@openinfra.dev",
      "id-2021-07-15-clouds@openinfra.dev",
    ])
    // 2026-11-24T12:00:00Z is 3,628,080 minutes after 2020-01-01T00:00:00Z.
    expect(events.map((event) => event.sequence)).toEqual([3628080, 3628080, 3628080])
    const invite = new ICAL.Component(ICAL.parse(fileOf(showOutputs(page, episodes, context, options), "invite.ics")))
    expect(invite.getFirstPropertyValue("method")).toBeNull()
    expect(invite.getFirstSubcomponent("vevent")!.getFirstPropertyValue("sequence")).toBe(3628080)
    expect((invite.getFirstSubcomponent("vevent")!.getFirstPropertyValue("last-modified") as ICAL.Time).toJSDate().toISOString()).toBe(
      "2026-11-24T12:00:00.000Z",
    )
  })

  describe("links in descriptions", () => {
    const described = [
      episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", {
        description:
          '<p>On <a href="/live/">the show</a>: <a href="#questions">questions</a>, <a href="../x">x</a>, <a href="page/2/">older</a>, ' +
          '<a href="https://cdn.example/a">cdn</a>, <a href="mailto:live@openinfra.dev">mail</a>, <a href="https://openinfra.dev/join/">join</a>, <a href="?a=1&amp;b=2">q</a></p>',
      }),
      episode("2021-07-15-clouds", "2021-07-15T14:00:00.000Z", {
        path: null,
        description: '<p><a href="#questions">questions</a> <a href="page/2/">older</a></p>',
      }),
    ]
    const hrefs = (html: string) => [...JSDOM.fragment(html).querySelectorAll("a")].map((link) => link.getAttribute("href"))
    const kata = [
      "https://openinfra.dev/live/",
      "https://openinfra.dev/live/2021-07-22-kata/#questions",
      "https://openinfra.dev/live/x",
      "https://openinfra.dev/live/2021-07-22-kata/page/2/",
      "https://cdn.example/a",
      "mailto:live@openinfra.dev",
      "https://openinfra.dev/join/",
      "https://openinfra.dev/live/2021-07-22-kata/?a=1&b=2",
    ]
    // Without a page of its own, an episode's description is read on its card on the show page.
    const clouds = ["https://openinfra.dev/live/#questions", "https://openinfra.dev/live/page/2/"]

    it("resolves them against the episode's page in RSS (which stays well-formed XML)", () => {
      const xml = new JSDOM(fileOf(showOutputs(page, described, context, options), "rss.xml"), { contentType: "application/xml" }).window.document
      expect(xml.querySelector("parsererror")).toBeNull()
      expect([...xml.querySelectorAll("item > description")].map((description) => hrefs(description.textContent!))).toEqual([kata, clouds])
    })

    it("resolves them in the JSON feed", () => {
      const feed = JSON.parse(fileOf(showOutputs(page, described, context, options), "feed.json"))
      expect(feed.items.map((item: { content_html: string }) => hrefs(item.content_html))).toEqual([kata, clouds])
      expect(feed.items[1].content_html).toBe(
        '<p><a href="https://openinfra.dev/live/#questions">questions</a> <a href="https://openinfra.dev/live/page/2/">older</a></p>',
      )
    })

    it("resolves them under the site's path prefix, as a browser on the page would", () => {
      const feed = JSON.parse(fileOf(showOutputs(page, described, { ...context, siteUrl: "https://example.org/blog" }, options), "feed.json"))
      expect(hrefs(feed.items[0].content_html).slice(0, 4)).toEqual([
        "https://example.org/live/",
        "https://example.org/blog/live/2021-07-22-kata/#questions",
        "https://example.org/blog/live/x",
        "https://example.org/blog/live/2021-07-22-kata/page/2/",
      ])
    })

    it("leaves them as they are when the site's URL is unknown", () => {
      const feed = JSON.parse(fileOf(showOutputs(page, described, { ...context, siteUrl: null }, options), "feed.json"))
      expect(feed.items.map((item: { content_html: string }) => item.content_html)).toEqual(described.map((item) => item.description))
    })
  })

  describe("the show's image", () => {
    const withImage = (image: string | null) => ({ ...page, seo: { ...page.seo, image } })
    const images = (image: string | null, siteUrl: string | null = context.siteUrl) => {
      const files = showOutputs(withImage(image), episodes, { ...context, siteUrl }, options)
      const xml = new JSDOM(fileOf(files, "rss.xml"), { contentType: "application/xml" }).window.document
      expect(xml.querySelector("parsererror")).toBeNull()
      const feed = JSON.parse(fileOf(files, "feed.json"))
      return { rss: xml.querySelector("channel > image > url")?.textContent ?? null, icon: feed.icon ?? null, favicon: feed.favicon ?? null }
    }

    it.each([
      ["/img/social.png", "https://openinfra.dev", "https://openinfra.dev/img/social.png"],
      ["/img/social.png", "https://example.org/blog", "https://example.org/blog/img/social.png"],
      ["https://cdn.example/show.png", "https://openinfra.dev", "https://cdn.example/show.png"],
      ["https://cdn.example/show.png", null, "https://cdn.example/show.png"],
      ["/img/social.png", null, null],
      [null, "https://openinfra.dev", null],
    ])("makes seo.image %p, on the site %p, the feeds' image %p", (image, siteUrl, expected) => {
      expect(imageUrlOf(image, siteUrl)).toBe(expected)
      expect(images(image, siteUrl)).toEqual({ rss: expected, icon: expected, favicon: expected })
    })
  })

  describe("feedLimit", () => {
    // A thousand weekly episodes, the last two still to come, each with a description of a few sentences and links.
    const many = Array.from({ length: 1000 }, (_, index) => {
      const date = new Date(Date.parse("2026-12-03T14:00:00Z") - index * 7 * 24 * 60 * 60 * 1000).toISOString()
      const slug = `${date.slice(0, 10)}-episode-${1000 - index}`
      return episode(slug, date, {
        number: 1000 - index,
        title: `Episode ${1000 - index}: open infrastructure, week by week`,
        description:
          `<p>Episode ${1000 - index} of the show: <strong>operators</strong> and <em>developers</em> talk about running open infrastructure at scale, ` +
          `with questions from the audience. See <a href="https://openinfra.dev/">the foundation</a> and <a href="/live/">earlier episodes</a>.</p>`,
        descriptionText: `Episode ${1000 - index} of the show: operators and developers talk about running open infrastructure at scale, with questions from the audience.`,
      })
    })

    it("keeps both feeds to the newest 50 aired episodes by default: a feed.json under 60 KB", () => {
      const files = showOutputs(page, many, context, options)
      const feed = JSON.parse(fileOf(files, "feed.json"))
      expect(feed.items).toHaveLength(50)
      expect(feed.items[0].url).toBe("https://openinfra.dev/live/2026-11-19-episode-998/")
      expect(feed.items[49].url).toBe("https://openinfra.dev/live/2025-12-11-episode-949/")
      expect(Buffer.byteLength(fileOf(files, "feed.json"))).toBeLessThan(60 * 1024)
      const xml = new JSDOM(fileOf(files, "rss.xml"), { contentType: "application/xml" }).window.document
      expect(xml.querySelector("parsererror")).toBeNull()
      expect(xml.querySelectorAll("item")).toHaveLength(50)
      expect(xml.querySelector("item > link")!.textContent).toBe("https://openinfra.dev/live/2026-11-19-episode-998/")
      // Without the limit, the same feed is ten times the size.
      expect(Buffer.byteLength(fileOf(showOutputs(page, many, context, { ...options, feedLimit: 10000 }), "feed.json"))).toBeGreaterThan(500 * 1024)
    })

    it.each([1, 3, 998, 10000])("holds at most feedLimit = %d items in each feed", (feedLimit) => {
      const files = showOutputs(page, many, context, { ...options, feedLimit })
      const expected = Math.min(feedLimit, 998)
      expect(JSON.parse(fileOf(files, "feed.json")).items).toHaveLength(expected)
      expect(new JSDOM(fileOf(files, "rss.xml"), { contentType: "application/xml" }).window.document.querySelectorAll("item")).toHaveLength(expected)
    })
  })

  it("uses site-relative links when the site's URL is unknown", () => {
    const rss = showOutputs(page, episodes, { ...context, siteUrl: null }, options).find((file) => file.path.endsWith("rss.xml"))!.content
    expect(rss).toContain("<link>/live/2021-07-22-kata/</link>")
    expect(rss).toContain('<guid isPermaLink="false">/live/2021-07-22-kata/</guid>')
  })

  it("points at the show page as the site serves it under trailingSlash: never (episode paths come served from normalize)", () => {
    const served = [
      episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { path: "/live/2021-07-22-kata" }),
      episode("2021-07-15-clouds", "2021-07-15T14:00:00.000Z", { path: null }),
    ]
    const files = showOutputs(page, served, { ...context, trailingSlash: "never" }, options)
    const feed = JSON.parse(fileOf(files, "feed.json"))
    expect(feed.home_page_url).toBe("https://openinfra.dev/live")
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([
      "https://openinfra.dev/live/2021-07-22-kata",
      "https://openinfra.dev/live#2021-07-15-clouds",
    ])
    expect(fileOf(files, "rss.xml")).toContain("<link>https://openinfra.dev/live</link>")
    const urls = new ICAL.Component(ICAL.parse(fileOf(files, "calendar.ics"))).getAllSubcomponents("vevent").map((event) => event.getFirstPropertyValue("url"))
    expect(urls.sort()).toEqual(["https://openinfra.dev/live#2021-07-15-clouds", "https://openinfra.dev/live/2021-07-22-kata"])
    // Files keep their paths.
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(["/live/rss.xml", "/live/feed.json", "/live/calendar.ics"]))
  })
})
