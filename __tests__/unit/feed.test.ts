/** The feeds on their own: which episodes are items, and editors' links made absolute. */
import { JSDOM } from "jsdom"
import { Parser } from "htmlparser2"
import {
  absolutizeHtml,
  ENDED_LIVE_ITEM_KEPT_MS,
  feedEpisodes,
  jsonFeed,
  liveItems,
  liveItemStatus,
  PODCAST_NAMESPACE,
  rssFeed,
  type FeedContext,
} from "../../src/content/feed"
import { sanitizeEditorHtml } from "../../src/content/html"
import { makeEpisode } from "../helpers/episodes"

const episode = (slug: string, date: string, extra: Parameters<typeof makeEpisode>[0] = {}) =>
  makeEpisode({ uid: `id-${slug}`, slug, path: `/live/${slug}/`, date, title: `Episode ${slug}`, inviteGenerated: false, ...extra })

const builtAt = new Date("2026-11-24T12:00:00Z")

const feedContext = (extra: Partial<FeedContext> = {}): FeedContext => ({
  title: "OpenInfra Live",
  description: "Conversations",
  siteUrl: "https://openinfra.dev",
  showPath: "/live/",
  feedPath: "/live/rss.xml",
  builtAt,
  imageUrl: null,
  limit: 50,
  airingWindowMinutes: 90,
  ...extra,
})

const slugs = (episodes: ReadonlyArray<{ slug: string }>) => episodes.map((item) => item.slug)

describe("feed items: the episodes that have aired by the build's clock", () => {
  const episodes = [
    episode("long-ago", "2021-07-22T14:00:00.000Z"),
    episode("starts-at-build", "2026-11-24T12:00:00.000Z"),
    episode("on-air", "2026-11-24T11:00:00.000Z"),
    episode("just-ended", "2026-11-24T09:00:00.000Z"),
    episode("in-a-minute", "2026-11-24T12:01:00.000Z"),
    episode("in-a-millisecond", "2026-11-24T12:00:00.001Z"),
    episode("next-year", "2027-01-14T15:00:00.000Z"),
    episode("day-only-today", "2026-11-24T00:00:00.000Z", { dateOnly: true }),
    episode("day-only-yesterday", "2026-11-23T00:00:00.000Z", { dateOnly: true }),
    episode("day-only-tomorrow", "2026-11-25T00:00:00.000Z", { dateOnly: true }),
  ]

  it("keeps the episodes that have started (on air included), newest first, and leaves out those to come", () => {
    expect(slugs(feedEpisodes(episodes, builtAt, 50))).toEqual(["starts-at-build", "on-air", "just-ended", "day-only-yesterday", "long-ago"])
  })

  it("makes an episode known only by its day an item once its day (UTC) is over, as the show page moves it to the past", () => {
    expect(slugs(feedEpisodes(episodes, new Date("2026-11-24T23:59:59.999Z"), 50))).not.toContain("day-only-today")
    expect(slugs(feedEpisodes(episodes, new Date("2026-11-25T00:00:00Z"), 50))).toContain("day-only-today")
    expect(slugs(feedEpisodes(episodes, new Date("2026-11-25T00:00:00Z"), 50))).not.toContain("day-only-tomorrow")
  })

  it("keeps the newest `limit` of them", () => {
    expect(slugs(feedEpisodes(episodes, builtAt, 2))).toEqual(["starts-at-build", "on-air"])
    expect(slugs(feedEpisodes(episodes, builtAt, 1))).toEqual(["starts-at-build"])
    expect(slugs(feedEpisodes(episodes, new Date("2030-01-01T00:00:00Z"), 3))).toEqual(["next-year", "day-only-tomorrow", "in-a-minute"])
    expect(feedEpisodes(episodes, new Date("2020-01-01T00:00:00Z"), 50)).toEqual([])
  })

  it("writes no item dated after the feed in either feed", () => {
    const rss = new JSDOM(rssFeed(episodes, feedContext()), { contentType: "application/xml" }).window.document
    expect(rss.querySelector("parsererror")).toBeNull()
    const lastBuild = Date.parse(rss.querySelector("lastBuildDate")!.textContent!)
    const rssDates = [...rss.querySelectorAll("item > pubDate")].map((date) => Date.parse(date.textContent!))
    expect(rssDates).toHaveLength(5)
    expect(rssDates.every((date) => date <= lastBuild)).toBe(true)
    const json = JSON.parse(jsonFeed(episodes, feedContext({ feedPath: "/live/feed.json" }))) as { items: Array<{ date_published: string; url: string }> }
    expect(json.items.map((item) => item.url)).toEqual([
      "https://openinfra.dev/live/starts-at-build/",
      "https://openinfra.dev/live/on-air/",
      "https://openinfra.dev/live/just-ended/",
      "https://openinfra.dev/live/day-only-yesterday/",
      "https://openinfra.dev/live/long-ago/",
    ])
    expect(json.items.every((item) => Date.parse(item.date_published) <= builtAt.getTime())).toBe(true)
  })
})

describe("absolutizeHtml", () => {
  const base = "https://openinfra.dev/live/2021-07-22-kata/"

  it.each([
    ["/live/", "https://openinfra.dev/live/"],
    ["#questions", "https://openinfra.dev/live/2021-07-22-kata/#questions"],
    ["../x", "https://openinfra.dev/live/x"],
    ["page/2/", "https://openinfra.dev/live/2021-07-22-kata/page/2/"],
    ["./notes.pdf", "https://openinfra.dev/live/2021-07-22-kata/notes.pdf"],
    ["?q=1&amp;r=2", "https://openinfra.dev/live/2021-07-22-kata/?q=1&amp;r=2"],
    ["//cdn.example/slides/", "https://cdn.example/slides/"],
    ["/live/caf&#xe9; ok/", "https://openinfra.dev/live/caf%C3%A9%20ok/"],
    ["", "https://openinfra.dev/live/2021-07-22-kata/"],
  ])('resolves href="%s" against the page: %s', (href, resolved) => {
    expect(absolutizeHtml(`<p>See <a href="${href}" title="t">this</a>.</p>`, base)).toBe(`<p>See <a href="${resolved}" title="t">this</a>.</p>`)
  })

  it.each([
    "https://openinfra.dev/join/",
    "http://example.org/a?b=1&amp;c=2",
    "mailto:live@openinfra.dev",
    "mailto:live@openinfra.dev?subject=Kata&amp;body=hi",
    "HTTPS://OpenInfra.dev/Live",
  ])('keeps href="%s" as it is', (href) => {
    const html = `<p>See <a href="${href}">this</a>.</p>`
    expect(absolutizeHtml(html, base)).toBe(html)
  })

  it("changes nothing else: text, entities, other attributes, quotes of untouched attributes", () => {
    const html = `<p>Kata &amp; <strong>friends</strong> &lt;3 — “quoted”</p>\n<ul><li><a title="a &quot;b&quot;" href='/x'>x</a></li><li><a href=y>y</a> <a href="https://e.org/">e</a></li></ul>`
    expect(absolutizeHtml(html, base)).toBe(
      `<p>Kata &amp; <strong>friends</strong> &lt;3 — “quoted”</p>\n<ul><li><a title="a &quot;b&quot;" href="https://openinfra.dev/x">x</a></li><li><a href="https://openinfra.dev/live/2021-07-22-kata/y">y</a> <a href="https://e.org/">e</a></li></ul>`,
    )
  })

  it("resolves against an episode without a page of its own: its card on the show page", () => {
    expect(absolutizeHtml('<a href="#questions">q</a> <a href="page/2/">2</a>', "https://openinfra.dev/live/#2021-07-22-kata")).toBe(
      '<a href="https://openinfra.dev/live/#questions">q</a> <a href="https://openinfra.dev/live/page/2/">2</a>',
    )
  })

  it("leaves no relative URL in any attribute the sanitizer lets through", () => {
    // Everything an editor might write, through the build's own sanitizer: what survives is what feeds carry.
    const raw = [
      '<p><a href="/live/" title="Show" target="_blank" rel="noopener" ping="/ping" id="x" class="c" name="n" data-x="/d">a</a></p>',
      '<p><img src="/img/a.png" srcset="/img/a.png 1x, img/b.png 2x" alt="a" longdesc="/d"><q cite="/q">q</q><blockquote cite="../b">b</blockquote></p>',
      '<p><video poster="/p.jpg" src="v.mp4"></video><audio src="a.mp3"></audio><source src="s.webm"><object data="/o"></object></p>',
      '<p><form action="/f"><button formaction="/g">g</button></form><table background="/bg.png"><tr><td>t</td></tr></table><area href="/m"></p>',
      '<p><a href="#questions">questions</a> <a href="../x">x</a> <a href="page/2/">older</a> <a href="//cdn.example/a">cdn</a></p>',
    ].join("\n\n")
    const sanitized = sanitizeEditorHtml(raw).html!
    const attributes: Array<[string, string, string]> = []
    const parser = new Parser({
      onopentag: (tag, attribs) => attributes.push(...Object.entries(attribs).map(([name, value]) => [tag, name, value] as [string, string, string])),
    })
    parser.write(absolutizeHtml(sanitized, base))
    parser.end()
    expect(attributes.length).toBeGreaterThan(4)
    // Attributes that hold no URL; any other one must hold absolute URLs only.
    const textual = new Set(["title", "alt", "class", "id", "name", "target", "rel", "lang", "dir", "width", "height"])
    const relative = attributes.filter(
      ([, name, value]) =>
        !textual.has(name) && !value.split(/[\s,]+/).every((part) => part === "" || /^\d+(\.\d+)?[wx]$/.test(part) || /^(https|mailto):/.test(part)),
    )
    expect(relative).toEqual([])
  })
})

describe("the show's image", () => {
  const episodes = [episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z")]

  it("is the RSS channel's <image>, with the channel's title and link", () => {
    const xml = new JSDOM(rssFeed(episodes, feedContext({ imageUrl: "https://openinfra.dev/img/social.png", title: "OpenInfra Live & Friends" })), {
      contentType: "application/xml",
    }).window.document
    expect(xml.querySelector("parsererror")).toBeNull()
    const image = xml.querySelector("channel > image")!
    expect([...image.children].map((child) => [child.tagName, child.textContent])).toEqual([
      ["url", "https://openinfra.dev/img/social.png"],
      ["title", "OpenInfra Live & Friends"],
      ["link", "https://openinfra.dev/live/"],
    ])
    expect(image.querySelector("title")!.textContent).toBe(xml.querySelector("channel > title")!.textContent)
    expect(image.querySelector("link")!.textContent).toBe(xml.querySelector("channel > link")!.textContent)
  })

  it("is the JSON feed's icon and favicon", () => {
    const feed = JSON.parse(jsonFeed(episodes, feedContext({ imageUrl: "https://cdn.example/show.png", feedPath: "/live/feed.json" })))
    expect([feed.icon, feed.favicon]).toEqual(["https://cdn.example/show.png", "https://cdn.example/show.png"])
  })

  it("is left out when there is none", () => {
    expect(rssFeed(episodes, feedContext())).not.toContain("<image>")
    const feed = JSON.parse(jsonFeed(episodes, feedContext({ feedPath: "/live/feed.json" })))
    expect(Object.keys(feed)).not.toEqual(expect.arrayContaining(["icon"]))
    expect(Object.keys(feed)).not.toEqual(expect.arrayContaining(["favicon"]))
  })
})

describe("Podcasting 2.0 live items (<podcast:liveItem>) in the RSS feed", () => {
  const MINUTE = 60 * 1000
  const kata = episode("2026-11-24-kata", "2026-11-24T14:00:00.000Z", {
    title: "Kata Containers",
    description: '<p>See <a href="#questions">questions</a></p>',
    descriptionText: "See questions",
  })
  const start = kata.start
  const before = new Date(start - 1)
  const during = new Date(start + 45 * MINUTE)
  const after = new Date(start + 90 * MINUTE)

  /** The feed parsed by a strict XML parser (jsdom's, saxes): it throws on a document that is not well-formed. */
  const parseXml = (xml: string) => {
    const document = new JSDOM(xml, { contentType: "application/xml" }).window.document
    expect(document.querySelector("parsererror")).toBeNull()
    return document
  }
  const rssAt = (episodes: Parameters<typeof rssFeed>[0], clock: Date, extra: Partial<FeedContext> = {}) =>
    rssFeed(episodes, feedContext({ builtAt: clock, ...extra }))
  const liveItemsIn = (xml: string) => [...parseXml(xml).getElementsByTagNameNS(PODCAST_NAMESPACE, "liveItem")]
  const child = (element: Element, name: string) => [...element.children].find((node) => node.localName === name && node.namespaceURI === null)
  const contentLinks = (element: Element) =>
    [...element.getElementsByTagNameNS(PODCAST_NAMESPACE, "contentLink")].map((link) => [link.getAttribute("href"), link.textContent])

  it("declares the podcast namespace on <rss>, with the spec's prefix", () => {
    expect(PODCAST_NAMESPACE).toBe("https://podcastindex.org/namespace/1.0")
    const rss = parseXml(rssAt([kata], before)).documentElement
    expect(rss.getAttribute("xmlns:podcast")).toBe("https://podcastindex.org/namespace/1.0")
    expect(rss.lookupNamespaceURI("podcast")).toBe("https://podcastindex.org/namespace/1.0")
    // Even with no live item at all, as the spec's example declares it on <rss>.
    expect(parseXml(rssAt([], before)).documentElement.lookupNamespaceURI("podcast")).toBe(PODCAST_NAMESPACE)
  })

  it("is well-formed XML: the check fails on a document that is not", () => {
    expect(() => parseXml("<rss><channel></rss>")).toThrow(/unexpected close tag/)
    expect(() => parseXml(rssAt([kata], during).replace("</podcast:liveItem>", "</liveItem>"))).toThrow()
    expect(liveItemsIn(rssAt([kata], during))).toHaveLength(1)
  })

  it.each([
    ["before its start", "pending", before],
    ["at its start", "live", new Date(start)],
    ["during the airing window", "live", during],
    ["at the last moment of the window", "live", new Date(start + 90 * MINUTE - 1)],
    ["once the window has closed", "ended", after],
    ["just under a day after", "ended", new Date(start + 90 * MINUTE + ENDED_LIVE_ITEM_KEPT_MS - 1)],
  ])("%s: status %s", (_, status, clock) => {
    const items = liveItemsIn(rssAt([kata], clock))
    expect(items.map((item) => item.getAttribute("status"))).toEqual([status])
    expect(liveItemStatus(kata, clock.getTime(), 90)).toBe(status)
  })

  it("counts the airing window as the show page does (isLive), from the theme's option", () => {
    const clock = new Date(start + 60 * MINUTE)
    expect(liveItemsIn(rssAt([kata], clock, { airingWindowMinutes: 90 }))[0]!.getAttribute("status")).toBe("live")
    expect(liveItemsIn(rssAt([kata], clock, { airingWindowMinutes: 45 }))[0]!.getAttribute("status")).toBe("ended")
  })

  it("is dropped a day after the window closed, and the aired <item> remains", () => {
    const clock = new Date(start + 90 * MINUTE + ENDED_LIVE_ITEM_KEPT_MS)
    expect(ENDED_LIVE_ITEM_KEPT_MS).toBe(24 * 60 * MINUTE)
    const xml = rssAt([kata], clock)
    expect(liveItemsIn(xml)).toEqual([])
    expect([...parseXml(xml).querySelectorAll("item > title")].map((title) => title.textContent)).toEqual(["Kata Containers"])
  })

  it("starts at the episode's start and ends at the start plus the airing window, ISO 8601 in UTC", () => {
    const [item] = liveItemsIn(rssAt([kata], before))
    expect(item!.getAttribute("start")).toBe("2026-11-24T14:00:00.000Z")
    expect(Date.parse(item!.getAttribute("start")!)).toBe(start)
    expect(item!.getAttribute("end")).toBe("2026-11-24T15:30:00.000Z")
    expect(Date.parse(item!.getAttribute("end")!)).toBe(start + 90 * MINUTE)
    const [shorter] = liveItemsIn(rssAt([kata], before, { airingWindowMinutes: 45 }))
    expect(Date.parse(shorter!.getAttribute("end")!)).toBe(start + 45 * MINUTE)
  })

  it("has the title, link and description of the episode's <item>, and a guid that changes neither with its status nor with a rename or a new date", () => {
    const guids = [before, during, after].map((clock) => {
      const [item] = liveItemsIn(rssAt([kata], clock))
      expect(child(item!, "title")!.textContent).toBe("Kata Containers")
      expect(child(item!, "link")!.textContent).toBe("https://openinfra.dev/live/2026-11-24-kata/")
      expect(child(item!, "description")!.textContent).toBe('<p>See <a href="https://openinfra.dev/live/2026-11-24-kata/#questions">questions</a></p>')
      const guid = child(item!, "guid")!
      return [guid.getAttribute("isPermaLink"), guid.textContent]
    })
    // The episode's calendar UID: its identity, not its URL (which a new title or date changes).
    expect(guids).toEqual(Array(3).fill(["false", `${kata.uid}@openinfra.dev`]))
    const moved = { ...kata, slug: "2026-12-01-kata-3", path: "/live/2026-12-01-kata-3/", title: "Kata Containers 3", start: start + 7 * 24 * 60 * MINUTE }
    const [renamed] = liveItemsIn(rssAt([moved], before))
    expect([child(renamed!, "guid")!.getAttribute("isPermaLink"), child(renamed!, "guid")!.textContent]).toEqual(guids[0])
    // The aired episode's <item> keeps the guid items have always had, its page's URL.
    const aired = parseXml(rssAt([kata], after)).querySelector("item > guid")!
    expect([aired.getAttribute("isPermaLink"), aired.textContent]).toEqual(["true", "https://openinfra.dev/live/2026-11-24-kata/"])
    // Without the site's URL, the theme's name stands for the host, as in the calendars.
    const [relative] = liveItemsIn(rssAt([kata], before, { siteUrl: null }))
    expect(child(relative!, "guid")!.textContent).toBe(`${kata.uid}@gatsby-theme-openinfra-live`)
  })

  it("links to the YouTube watch page and to the episode's page, with the spec's texts, and gives the watch page as its enclosure", () => {
    const [item] = liveItemsIn(rssAt([kata], during))
    expect(contentLinks(item!)).toEqual([
      ["https://www.youtube.com/watch?v=pHHCIGkpNzs", "Live on YouTube!"],
      ["https://openinfra.dev/live/2026-11-24-kata/", "Listen Live!"],
    ])
    // The Podcast Index's parser keeps no live item without an enclosure; a YouTube stream is a page.
    const enclosures = [...item!.getElementsByTagName("enclosure")].map((e) => [e.getAttribute("url"), e.getAttribute("type"), e.getAttribute("length")])
    expect(enclosures).toEqual([["https://www.youtube.com/watch?v=pHHCIGkpNzs", "text/html", "0"]])
    const [noVideo] = liveItemsIn(rssAt([{ ...kata, youtube: null }], during))
    expect(noVideo!.getElementsByTagName("enclosure")).toHaveLength(0)
    expect(item!.getElementsByTagNameNS(PODCAST_NAMESPACE, "alternateEnclosure")).toHaveLength(0)
  })

  it("links to the site alone when there is no video, and to the episode's card when it has no page (a content link is required)", () => {
    const [noVideo] = liveItemsIn(rssAt([{ ...kata, youtube: null }], during))
    expect(contentLinks(noVideo!)).toEqual([["https://openinfra.dev/live/2026-11-24-kata/", "Listen Live!"]])
    const [noPage] = liveItemsIn(rssAt([{ ...kata, youtube: null, path: null }], during))
    expect(contentLinks(noPage!)).toEqual([["https://openinfra.dev/live/#2026-11-24-kata", "Listen Live!"]])
  })

  it("escapes the title, description and URLs", () => {
    const tricky = {
      ...kata,
      title: `Kata & <Containers> "v3" 'live'`,
      description: "<p>a &amp; b</p>",
      youtube: { ...kata.youtube!, watchUrl: "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=60" },
    }
    const xml = rssAt([tricky], during)
    expect(xml).not.toContain("<Containers>")
    const [item] = liveItemsIn(xml)
    expect(child(item!, "title")!.textContent).toBe(`Kata & <Containers> "v3" 'live'`)
    expect(child(item!, "description")!.textContent).toBe("<p>a &amp; b</p>")
    expect(contentLinks(item!)[0]).toEqual(["https://www.youtube.com/watch?v=pHHCIGkpNzs&t=60", "Live on YouTube!"])
  })

  it("leaves out episodes known only by their day: a live item needs the time the stream starts", () => {
    const dayOnly = ["2026-11-23", "2026-11-24", "2026-11-25"].map((day) => episode(`day-only-${day}`, `${day}T00:00:00.000Z`, { dateOnly: true }))
    for (const clock of [new Date("2026-11-24T00:00:00Z"), new Date("2026-11-24T12:00:00Z"), new Date("2026-11-25T12:00:00Z")]) {
      expect(liveItemsIn(rssAt([...dayOnly, kata], clock)).map((item) => child(item, "title")!.textContent)).toEqual(
        clock.getTime() < start + 90 * MINUTE + ENDED_LIVE_ITEM_KEPT_MS ? ["Kata Containers"] : [],
      )
      expect(liveItems(dayOnly, clock, 90)).toEqual([])
    }
  })

  it("announces every upcoming, live and just-ended episode, oldest first, before the items, whatever the feed's limit", () => {
    const episodes = [
      episode("long-ago", "2021-07-22T14:00:00.000Z"),
      episode("next-year", "2027-01-14T15:00:00.000Z"),
      kata,
      episode("ended-an-hour-ago", "2026-11-24T11:00:00.000Z"),
      episode("next-week", "2026-12-01T14:00:00.000Z"),
    ]
    expect(liveItems(episodes, during, 90).map(({ episode, status }) => [episode.slug, status])).toEqual([
      ["ended-an-hour-ago", "ended"],
      ["2026-11-24-kata", "live"],
      ["next-week", "pending"],
      ["next-year", "pending"],
    ])
    const document = parseXml(rssAt(episodes, during, { limit: 1 }))
    const channel = [...document.querySelector("channel")!.children].map((element) => element.localName)
    expect(channel.slice(channel.indexOf("liveItem"))).toEqual(["liveItem", "liveItem", "liveItem", "liveItem", "item"])
  })

  it("leaves the aired items exactly as they were", () => {
    const aired = [episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { description: "<p>Kata &amp; friends</p>", descriptionText: "Kata & friends" })]
    const itemsOf = (xml: string) => xml.slice(xml.indexOf("    <item>"), xml.indexOf("  </channel>"))
    const expected = [
      "    <item>",
      "      <title>Episode 2021-07-22-kata</title>",
      "      <link>https://openinfra.dev/live/2021-07-22-kata/</link>",
      '      <guid isPermaLink="true">https://openinfra.dev/live/2021-07-22-kata/</guid>',
      "      <pubDate>Thu, 22 Jul 2021 14:00:00 GMT</pubDate>",
      "      <description>&lt;p&gt;Kata &amp;amp; friends&lt;/p&gt;</description>",
      "    </item>",
      "",
    ].join("\n")
    expect(itemsOf(rssAt(aired, during))).toBe(expected)
    expect(itemsOf(rssAt([...aired, kata, episode("next-week", "2026-12-01T14:00:00.000Z")], before))).toBe(expected)
    // An episode on air is an item as before, dated its start, and a live item besides.
    const onAir = rssAt([kata], during)
    expect([...parseXml(onAir).querySelectorAll("item > pubDate")].map((date) => date.textContent)).toEqual(["Tue, 24 Nov 2026 14:00:00 GMT"])
    expect(parseXml(onAir).querySelector("item")!.getElementsByTagNameNS(PODCAST_NAMESPACE, "contentLink")).toHaveLength(0)
  })
})
