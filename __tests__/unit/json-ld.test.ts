/** schema.org structured data for the show page and the episode pages. */
import { episodeJsonLd, itemListJsonLd } from "../../src/content/json-ld"
import { makeEpisode } from "../helpers/episodes"

const episode = (slug: string, date: string, extra: Parameters<typeof makeEpisode>[0] = {}) =>
  makeEpisode({ uid: `id-${slug}`, slug, path: `/live/${slug}/`, date, title: `Episode ${slug}`, inviteGenerated: false, ...extra })

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
    const list = itemListJsonLd([past, episode("b", "2021-07-29T14:00:00.000Z")], {
      siteUrl: "https://openinfra.dev",
      name: "OpenInfra Live",
      showPath: "/live/",
      trailingSlash: "always",
    })
    expect(list).toMatchObject({ "@type": "ItemList", numberOfItems: 2, url: "https://openinfra.dev/live/" })
    expect((list.itemListElement as Array<{ position: number; url: string }>).map((item) => [item.position, item.url])).toEqual([
      [1, "https://openinfra.dev/live/2021-07-22-kata/"],
      [2, "https://openinfra.dev/live/b/"],
    ])
  })

  it("lists them at the URLs the site serves with trailingSlash: never (episode paths come served; the show's and anchors are made so)", () => {
    const served = (e: typeof past) => ({ ...e, path: e.path!.replace(/\/$/, "") })
    const list = itemListJsonLd([served(past), { ...episode("b", "2021-07-29T14:00:00.000Z"), path: null, slug: "b" }], {
      siteUrl: "https://openinfra.dev",
      name: "OpenInfra Live",
      showPath: "/live/",
      trailingSlash: "never",
    })
    expect(list.url).toBe("https://openinfra.dev/live")
    expect((list.itemListElement as Array<{ url: string }>).map((item) => item.url)).toEqual([
      "https://openinfra.dev/live/2021-07-22-kata",
      "https://openinfra.dev/live#b",
    ])
  })
})

describe("structured data: chapters as key moments", () => {
  const at = { siteUrl: "https://openinfra.dev", airingWindowMinutes: 90, showTitle: "OpenInfra Live" }
  const chapters = [
    { start: 0, title: "Welcome" },
    { start: 754, title: "Kata roadmap" },
    { start: 3723, title: "Q&A" },
  ]
  const withChapters = episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { chapters })

  it("gives a past episode's VideoObject a Clip per chapter, each ending where the next starts, linked to its second", () => {
    const data = episodeJsonLd(withChapters, { ...at, now: Date.parse("2026-01-01T00:00:00Z") })
    expect(data["@type"]).toBe("VideoObject")
    expect(data.hasPart).toEqual([
      { "@type": "Clip", name: "Welcome", startOffset: 0, endOffset: 754, url: "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=0s" },
      { "@type": "Clip", name: "Kata roadmap", startOffset: 754, endOffset: 3723, url: "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=754s" },
      // The video's length is unknown: the last chapter has no end.
      { "@type": "Clip", name: "Q&A", startOffset: 3723, url: "https://www.youtube.com/watch?v=pHHCIGkpNzs&t=3723s" },
    ])
    // Survives serialization as written: numbers stay numbers.
    expect(JSON.parse(JSON.stringify(data)).hasPart[1]).toMatchObject({ startOffset: 754, endOffset: 3723 })
  })

  it("says nothing of chapters when there are none, nor for an episode still to come", () => {
    expect(episodeJsonLd(episode("a", "2021-07-22T14:00:00.000Z"), { ...at, now: Date.parse("2026-01-01T00:00:00Z") })).not.toHaveProperty("hasPart")
    const upcoming = episodeJsonLd(withChapters, { ...at, now: Date.parse("2021-07-01T00:00:00Z") })
    expect(upcoming).not.toHaveProperty("hasPart")
    expect(upcoming.workFeatured).not.toHaveProperty("hasPart")
  })
})
