/**
 * What issue 20's catalogue adds to the outputs: the year, person and topic pages and the indexes in
 * the page plan, a person's schema.org Person and the speakers' identities in episodes' JSON-LD,
 * topics as keywords and feed categories, and what several shows on one site share (shows.ts).
 */
import { browseHtml, listMeta, personHtml, planPages, type PlannedEpisode } from "../../src/content/pages"
import { episodeJsonLd } from "../../src/content/json-ld"
import { jsonFeed, rssFeed, type FeedContext } from "../../src/content/feed"
import { listPageSeo, type SeoContext } from "../../src/content/seo"
import { peopleAcrossShows, showSlug, uidsAcrossShows } from "../../src/content/shows"
import { makeEpisode } from "../helpers/episodes"

const DAY = 86400000
/** Episodes a week apart from 2023-12-21, `e0` the oldest. */
const planned = (count: number): PlannedEpisode[] =>
  Array.from({ length: count }, (_, index) => {
    const start = Date.parse("2023-12-21T14:00:00Z") + index * 7 * DAY
    return { id: `e${index}`, slug: `s${index}`, path: `/live/s${index}/`, start, dateOnly: false, number: index + 1 }
  })

describe("the page plan's year, person and topic pages", () => {
  const episodes = planned(7) // 2023-12-21 and 28, then five in 2024
  const plan = planPages(
    episodes,
    { basePath: "/live/", builtAt: Date.parse("2030-01-01T00:00:00Z"), airingWindowMinutes: 90, episodesPerPage: 3, episodePages: true },
    {
      people: [
        { name: "Ann Lee", slug: "ann-lee", path: "/live/people/ann-lee/", affiliations: ["Acme", "Initech"], episodeSlugs: ["s6", "s5", "s4", "s3", "s0"] },
        { name: "Bo Chen", slug: "bo-chen", path: null, affiliations: [], episodeSlugs: ["s1"] },
        { name: "Gone", slug: "gone", path: "/live/people/gone/", affiliations: [], episodeSlugs: ["not-an-episode"] },
      ],
      topics: [{ name: "Kata", slug: "kata", path: "/live/topics/kata/", episodeSlugs: ["s2"] }],
    },
  )

  it("pages each year, person and topic as the archive is paged, newest first", () => {
    expect(
      plan.lists.map(({ path, kind, title, pageNumber, pageCount, episodeIds, episodeCount, newerPath, olderPath }) => ({
        path,
        kind,
        title,
        pageNumber,
        pageCount,
        episodeIds,
        episodeCount,
        newerPath,
        olderPath,
      })),
    ).toEqual([
      {
        path: "/live/2024/",
        kind: "year",
        title: "2024",
        pageNumber: 1,
        pageCount: 2,
        episodeIds: ["e6", "e5", "e4"],
        episodeCount: 5,
        newerPath: null,
        olderPath: "/live/2024/page/2/",
      },
      {
        path: "/live/2024/page/2/",
        kind: "year",
        title: "2024",
        pageNumber: 2,
        pageCount: 2,
        episodeIds: ["e3", "e2"],
        episodeCount: 5,
        newerPath: "/live/2024/",
        olderPath: null,
      },
      {
        path: "/live/2023/",
        kind: "year",
        title: "2023",
        pageNumber: 1,
        pageCount: 1,
        episodeIds: ["e1", "e0"],
        episodeCount: 2,
        newerPath: null,
        olderPath: null,
      },
      {
        path: "/live/people/ann-lee/",
        kind: "person",
        title: "Ann Lee",
        pageNumber: 1,
        pageCount: 2,
        episodeIds: ["e6", "e5", "e4"],
        episodeCount: 5,
        newerPath: null,
        olderPath: "/live/people/ann-lee/page/2/",
      },
      {
        path: "/live/people/ann-lee/page/2/",
        kind: "person",
        title: "Ann Lee",
        pageNumber: 2,
        pageCount: 2,
        episodeIds: ["e3", "e0"],
        episodeCount: 5,
        newerPath: "/live/people/ann-lee/",
        olderPath: null,
      },
      {
        path: "/live/topics/kata/",
        kind: "topic",
        title: "Kata",
        pageNumber: 1,
        pageCount: 1,
        episodeIds: ["e2"],
        episodeCount: 1,
        newerPath: null,
        olderPath: null,
      },
    ])
  })

  it("indexes the people with a page (not those without, nor those whose episodes are gone) and the topics, and links every year", () => {
    expect(plan.indexes).toEqual([
      { path: "/live/people/", kind: "people", entries: [{ name: "Ann Lee", path: "/live/people/ann-lee/", episodeCount: 5, detail: "Acme" }] },
      { path: "/live/topics/", kind: "topics", entries: [{ name: "Kata", path: "/live/topics/kata/", episodeCount: 1, detail: null }] },
    ])
    expect(plan.browse).toEqual({
      years: [
        { name: "2024", path: "/live/2024/" },
        { name: "2023", path: "/live/2023/" },
      ],
      people: "/live/people/",
      topics: "/live/topics/",
      search: "/live/search.json",
    })
  })
})

describe("a person's structured data", () => {
  const context: SeoContext = {
    siteUrl: "https://openinfra.dev",
    canonicalUrl: "https://openinfra.dev/live/keynotes/people/mark-collier/",
    feeds: { rss: null, jsonFeed: null, calendar: null },
    builtAt: 0,
    airingWindowMinutes: 90,
    trailingSlash: "always",
  }
  const show = {
    path: "/live/keynotes/",
    seo: { title: "Keynotes", description: null, url: null, image: null, twitterUsername: null },
    hero: { title: null },
  } as never

  it("is a Person whose @id is at their home page, with their other pages and their own as sameAs", () => {
    const seo = listPageSeo(
      show,
      { kind: "person", title: "Mark Collier", pageNumber: 1, pageCount: 1, episodeCount: 2 },
      {
        affiliations: ["OpenInfra Foundation"],
        url: "https://example.org/mark",
        elsewhere: [{ path: "/live/people/mark-collier/" }],
        home: "/live/people/mark-collier/",
      },
      context,
    )
    expect(seo.ogType).toBe("profile")
    expect(seo.title).toBe("Mark Collier · Keynotes")
    expect(seo.jsonLd).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": "https://openinfra.dev/live/people/mark-collier/#person",
        name: "Mark Collier",
        url: "https://openinfra.dev/live/keynotes/people/mark-collier/",
        affiliation: [{ "@type": "Organization", name: "OpenInfra Foundation" }],
        sameAs: ["https://openinfra.dev/live/people/mark-collier/", "https://example.org/mark"],
      },
    ])
  })

  it("is nothing on a year's or a topic's page", () => {
    expect(listPageSeo(show, { kind: "year", title: "2021", pageNumber: 2, pageCount: 3, episodeCount: 30 }, null, context)).toMatchObject({
      title: "2021, page 2 of 3 · Keynotes",
      description: "The 30 episodes of Keynotes in 2021.",
      jsonLd: [],
    })
  })

  it("names an episode's speakers by the same @id, at their home page, and its topics as keywords", () => {
    const episode = makeEpisode({
      date: "2099-01-01T14:00:00.000Z",
      speakers: [
        { name: "Mark Collier", affiliation: null, role: null, path: "/live/keynotes/people/mark-collier/" },
        { name: "Canonical", affiliation: null, role: null, path: null },
      ],
      topics: [{ name: "Kata Containers", path: "/live/topics/kata-containers/" }],
    })
    const data = episodeJsonLd(episode, {
      siteUrl: "https://openinfra.dev",
      now: 0,
      airingWindowMinutes: 90,
      showTitle: "Keynotes",
      personHome: new Map([["/live/keynotes/people/mark-collier/", "/live/people/mark-collier/"]]),
    })
    expect(data.performer).toEqual([
      {
        "@type": "Person",
        "@id": "https://openinfra.dev/live/people/mark-collier/#person",
        name: "Mark Collier",
        url: "https://openinfra.dev/live/keynotes/people/mark-collier/",
      },
      { "@type": "Person", name: "Canonical" },
    ])
    expect(data.keywords).toEqual(["Kata Containers"])
  })
})

describe("topics in the feeds", () => {
  const context: FeedContext = {
    title: "Live",
    description: null,
    siteUrl: "https://openinfra.dev",
    showPath: "/live/",
    feedPath: "/live/rss.xml",
    builtAt: new Date("2030-01-01T00:00:00Z"),
    imageUrl: null,
    limit: 10,
    airingWindowMinutes: 90,
  }
  const episode = makeEpisode({
    topics: [
      { name: "Kata & Containers", path: "/live/topics/kata-containers/" },
      { name: "Edge", path: "/live/topics/edge/" },
    ],
  })

  it("are RSS categories, escaped, and JSON Feed tags", () => {
    expect(rssFeed([episode], context)).toContain("      <category>Kata &amp; Containers</category>\n      <category>Edge</category>\n    </item>")
    expect(JSON.parse(jsonFeed([episode], { ...context, feedPath: "/live/feed.json" })).items[0].tags).toEqual(["Kata & Containers", "Edge"])
    expect(JSON.parse(jsonFeed([{ ...episode, topics: [] }], { ...context, feedPath: "/live/feed.json" })).items[0].tags).toBeUndefined()
  })
})

describe("several shows on one site", () => {
  it("gives a person on two shows their pages on each, the show whose path sorts first first", () => {
    const pages = peopleAcrossShows([
      { path: "/live/keynotes/", title: "Keynotes", people: [{ slug: "mark-collier", path: "/live/keynotes/people/mark-collier/", episodeSlugs: ["a", "b"] }] },
      {
        path: "/live/",
        title: "Live",
        people: [
          { slug: "mark-collier", path: "/live/people/mark-collier/", episodeSlugs: ["c"] },
          { slug: "no-page", path: null, episodeSlugs: ["d"] },
        ],
      },
    ])
    expect(Object.fromEntries(pages)).toEqual({
      "mark-collier": [
        { show: "Live", path: "/live/people/mark-collier/", episodeCount: 1 },
        { show: "Keynotes", path: "/live/keynotes/people/mark-collier/", episodeCount: 2 },
      ],
    })
  })

  it("keeps calendar UIDs unique: the first show by path keeps a shared one, the other's is qualified with its path", () => {
    const uids = uidsAcrossShows([
      {
        path: "/keynotes/",
        episodes: [
          { id: "k1", uid: "yt-pHHCIGkpNzs" },
          { id: "k2", uid: "d-20211117t1400z" },
        ],
      },
      {
        path: "/live/",
        episodes: [
          { id: "l1", uid: "yt-pHHCIGkpNzs" },
          { id: "l2", uid: "ep-7f3a" },
        ],
      },
      { path: "/", episodes: [{ id: "h1", uid: "ep-7f3a" }] },
    ])
    expect(Object.fromEntries(uids)).toEqual({
      h1: "ep-7f3a",
      k1: "yt-pHHCIGkpNzs",
      k2: "d-20211117t1400z",
      l1: "yt-pHHCIGkpNzs-live",
      l2: "ep-7f3a-live",
    })
    expect(showSlug("/")).toBe("home")
    expect(showSlug("/live/keynotes/")).toBe("live-keynotes")
  })
})

describe("a person's page, as HTML made at build time", () => {
  it("escapes what the content says, puts other shows' pages under the path prefix, and is null with nothing to show", () => {
    const person = {
      affiliations: ["AT&T <Labs>"],
      roles: ["Host"],
      url: "https://example.org/?a=1&b=2",
      elsewhere: [{ show: "Keynotes", path: "/keynotes/people/ann/", episodeCount: 1 }],
    }
    expect(personHtml('Ann "Nan" Lee', person, "/blog/")).toBe(
      '<p class="oil-person__details">AT&amp;T &lt;Labs&gt; · Host</p><ul class="oil-links">' +
        '<li><a class="oil-link" href="/blog/keynotes/people/ann/">On Keynotes: 1 episode</a></li>' +
        '<li><a class="oil-link" href="https://example.org/?a=1&amp;b=2" rel="me noopener">Ann &quot;Nan&quot; Lee’s page</a></li></ul>',
    )
    expect(personHtml("Ann", { affiliations: [], roles: [], url: null, elsewhere: [] })).toBeNull()
    expect(listMeta({ kind: "topic", episodeCount: 12, pageNumber: 2, pageCount: 2 })).toBe("12 episodes on this topic · page 2 of 2")
  })
})

describe("the show page's links to the archive, as HTML made at build time", () => {
  it("lists each year, the people and the topics under the path prefix, and is null with none", () => {
    const html = browseHtml({ years: [{ name: "2024", path: "/live/2024/" }], people: "/live/people/", topics: null, search: "/live/search.json" }, "/blog")
    expect(html).toBe(
      '<h2 class="oil-browse__title" id="oil-browse-title">Browse the episodes</h2>' +
        '<ul class="oil-links" aria-label="By year"><li><a class="oil-link" href="/blog/live/2024/">2024</a></li></ul>' +
        '<ul class="oil-links"><li><a class="oil-link" href="/blog/live/people/">People</a></li></ul>',
    )
    expect(browseHtml({ years: [], people: null, topics: null, search: null })).toBeNull()
    // Plain links: written as the site serves its pages under trailingSlash "never" (Gatsby's Link would do it).
    expect(browseHtml({ years: [{ name: "2024", path: "/live/2024/" }], people: "/live/people/", topics: null, search: null }, "", "never")).toBe(
      '<h2 class="oil-browse__title" id="oil-browse-title">Browse the episodes</h2>' +
        '<ul class="oil-links" aria-label="By year"><li><a class="oil-link" href="/live/2024">2024</a></li></ul>' +
        '<ul class="oil-links"><li><a class="oil-link" href="/live/people">People</a></li></ul>',
    )
  })
})

describe("year pages in the show's time zone", () => {
  it("put an episode in the year of its day where the show is, as its page and the search say it", () => {
    const newYearsEve: PlannedEpisode = { id: "e", slug: "s", path: "/live/s/", start: Date.parse("2024-01-01T02:00:00Z"), dateOnly: false, number: 1 }
    const options = { basePath: "/live/", builtAt: 0, airingWindowMinutes: 90, episodesPerPage: 6, episodePages: true }
    expect(planPages([newYearsEve], { ...options, timeZone: "America/Chicago" }).browse.years).toEqual([{ name: "2023", path: "/live/2023/" }])
    expect(planPages([newYearsEve], options).browse.years).toEqual([{ name: "2024", path: "/live/2024/" }])
    // A day without a time is its own day, wherever the show is.
    const day: PlannedEpisode = { ...newYearsEve, start: Date.parse("2024-01-01T00:00:00Z"), dateOnly: true }
    expect(planPages([day], { ...options, timeZone: "America/Chicago" }).browse.years).toEqual([{ name: "2024", path: "/live/2024/" }])
  })
})
