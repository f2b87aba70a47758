/** The page plan: which episodes the show page, the archive pages and the episode pages hold. */
import { planPages, type PlannedEpisode } from "../../src/content/pages"

describe("planPages", () => {
  const planned = (count: number, upcoming = 2): PlannedEpisode[] =>
    Array.from({ length: count }, (_, index) => {
      const past = index < count - upcoming
      const date = past ? new Date(Date.UTC(2020, 0, 1) + index * 7 * 86_400_000) : new Date(Date.UTC(2030, 0, 1) + index * 86_400_000)
      return { id: `e${index}`, slug: `s${index}`, path: `/live/s${index}/`, start: date.getTime(), dateOnly: false, number: index + 1 }
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
