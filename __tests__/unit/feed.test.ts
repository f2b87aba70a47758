/** The feeds on their own: which episodes are items, and editors' links made absolute. */
import { JSDOM } from "jsdom"
import { Parser } from "htmlparser2"
import { absolutizeHtml, feedEpisodes, jsonFeed, rssFeed, type FeedContext } from "../../src/content/feed"
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
