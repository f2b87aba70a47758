/**
 * An episode's time in one place (src/utils/episode-time.ts): the one order of episodes, used by
 * every list the theme makes, and how a day without a time is written.
 */
import { feedEpisodes } from "../../src/content/feed"
import { normalizeContent } from "../../src/content/normalize"
import { planPages } from "../../src/content/pages"
import { showPageSeo } from "../../src/content/seo"
import type { Episode } from "../../src/types"
import { byStart, machineDate, plainDate } from "../../src/utils/episode-time"
import { scheduleAt } from "../../src/utils/schedule"
import { makeShowPage } from "../helpers/episodes"

const at = (iso: string, number: number) => ({ start: Date.parse(iso), number })

describe("byStart", () => {
  it("orders by start, oldest first", () => {
    const later = at("2021-07-22T14:00:00.000Z", 1)
    const earlier = at("2021-07-15T14:00:00.000Z", 2)
    expect(byStart(earlier, later)).toBeLessThan(0)
    expect(byStart(later, earlier)).toBeGreaterThan(0)
    expect([later, earlier].sort(byStart)).toEqual([earlier, later])
  })

  it("orders episodes that start at the same moment by their place in the file, and calls an episode equal to itself", () => {
    const second = at("2021-07-22T14:00:00.000Z", 2)
    const first = at("2021-07-22T14:00:00.000Z", 1)
    const third = at("2021-07-22T14:00:00.000Z", 3)
    expect([third, second, first].sort(byStart).map((e) => e.number)).toEqual([1, 2, 3])
    expect(byStart(second, second)).toBe(0)
  })

  it("puts a start before a later one whatever their places in the file", () => {
    // A minute apart, numbers the other way round: the start decides.
    expect([at("2021-07-22T14:01:00.000Z", 1), at("2021-07-22T14:00:00.000Z", 9)].sort(byStart).map((e) => e.number)).toEqual([9, 1])
  })
})

describe("a day without a time", () => {
  it("is written as the day alone, YYYY-MM-DD, its UTC day", () => {
    expect(plainDate("2021-06-03T00:00:00.000Z")).toBe("2021-06-03")
    expect(machineDate({ date: "2021-06-03T00:00:00.000Z", dateOnly: true })).toBe("2021-06-03")
  })

  it("is the dateOnly flag, not the time of day: a show that really starts at 00:00 UTC keeps its time", () => {
    expect(machineDate({ date: "2021-06-03T00:00:00.000Z", dateOnly: false })).toBe("2021-06-03T00:00:00.000Z")
    expect(machineDate({ date: "2021-07-22T14:00:00.000Z", dateOnly: false })).toBe("2021-07-22T14:00:00.000Z")
  })
})

describe("every list of episodes", () => {
  // The file's order is not the time order; three episodes start at the same moment (00:00 UTC on
  // August 14: a Tokyo morning, a bare day, a migrated midnight), so their places in the file decide.
  const frontmatter = {
    templateKey: "openinfra-live",
    episodes: [
      { episodeTitle: "E", date: "2031-09-04T14:00:00Z" },
      { episodeTitle: "B", date: "2031-08-14T09:00:00+09:00" },
      { episodeTitle: "A", date: "2031-08-07T14:00:00Z" },
      { episodeTitle: "C", date: "2031-08-14" },
      { episodeTitle: "F", date: "2031-09-11T14:00:00Z" },
      { episodeTitle: "D", date: "2031-08-14T00:00:00.000Z" },
    ],
  }
  const { episodes, page } = normalizeContent(frontmatter, { file: "index.md", basePath: "/live/", episodePages: true })
  const OLDEST_FIRST = ["A", "B", "C", "D", "E", "F"]
  const titles = (list: ReadonlyArray<Pick<Episode, "title">>) => list.map((episode) => episode.title)
  const farFuture = Date.parse("2040-01-01T00:00:00Z")

  it("reads the dates as the test means: B, C and D start at the same moment, C and D without a time", () => {
    const byTitle = new Map(episodes.map((episode) => [episode.title, episode]))
    expect(new Set(["B", "C", "D"].map((title) => byTitle.get(title)!.start))).toEqual(new Set([Date.parse("2031-08-14T00:00:00Z")]))
    expect(["B", "C", "D"].map((title) => byTitle.get(title)!.dateOnly)).toEqual([false, true, true])
  })

  it("is in the one order, oldest first, or its reverse: the content's, the schedule's, the page plan's, the feeds' and the structured data's", () => {
    expect(titles(episodes)).toEqual(OLDEST_FIRST)
    expect(titles([...episodes].reverse().sort(byStart))).toEqual(OLDEST_FIRST)
    expect(titles(scheduleAt([...episodes].reverse(), farFuture, 90).past)).toEqual([...OLDEST_FIRST].reverse())
    const upcoming = scheduleAt([...episodes].reverse(), 0, 90)
    expect(titles([upcoming.featured!, ...upcoming.upcoming])).toEqual(OLDEST_FIRST)
    const plan = planPages(
      [...episodes].reverse().map((episode) => ({ ...episode, id: episode.title })),
      { basePath: "/live/", builtAt: farFuture, airingWindowMinutes: 90, episodesPerPage: 2, episodePages: true },
    )
    expect(plan.episodes.map((page) => [page.olderId, page.id, page.newerId])).toEqual(
      OLDEST_FIRST.map((title, index) => [OLDEST_FIRST[index - 1] ?? null, title, OLDEST_FIRST[index + 1] ?? null]),
    )
    expect([...plan.show.episodeIds, ...plan.archive.flatMap((archive) => archive.episodeIds)]).toEqual([...OLDEST_FIRST].reverse())
    expect(titles(feedEpisodes([...episodes].reverse(), new Date(farFuture), 50))).toEqual([...OLDEST_FIRST].reverse())
    const seoContext = { siteUrl: null, canonicalUrl: null, feeds: { rss: null, jsonFeed: null, calendar: null }, builtAt: farFuture, airingWindowMinutes: 90 }
    const itemList = showPageSeo({ ...makeShowPage(), path: page.path }, [...episodes].reverse(), null, { ...seoContext, trailingSlash: "always" }).jsonLd[0]!
    expect((itemList.itemListElement as Array<{ name: string }>).map((item) => item.name)).toEqual(OLDEST_FIRST)
  })
})
