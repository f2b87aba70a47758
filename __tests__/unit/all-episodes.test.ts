/** `episodesPerPage: "all"`: every past episode on the show page, as the foundation's own page lists them, and no archive page. */
import { testPluginOptionsSchema } from "gatsby-plugin-utils"
import { pluginOptionsSchema, withDefaults } from "../../src/content/options"
import { planPages, type PlannedEpisode } from "../../src/content/pages"

/** `count` episodes a week apart from 2020 on, the last `upcoming` of them in 2030. */
const planned = (count: number, upcoming = 2): PlannedEpisode[] =>
  Array.from({ length: count }, (_, index) => {
    const past = index < count - upcoming
    const date = past ? new Date(Date.UTC(2020, 0, 1) + index * 7 * 86_400_000) : new Date(Date.UTC(2030, 0, 1) + index * 86_400_000)
    return { id: `e${index}`, slug: `s${index}`, path: `/live/s${index}/`, start: date.getTime(), dateOnly: false, number: index + 1 }
  })

const plan = (episodes: PlannedEpisode[], episodesPerPage: number | "all") =>
  planPages(episodes, { basePath: "/live/", builtAt: Date.parse("2026-11-24T12:00:00Z"), airingWindowMinutes: 90, episodesPerPage, episodePages: true })

describe('episodesPerPage: "all"', () => {
  it("is a valid option, kept as it is; other words are refused with what the option takes", async () => {
    expect((await testPluginOptionsSchema(pluginOptionsSchema, { episodesPerPage: "all" })).isValid).toBe(true)
    expect(withDefaults({ episodesPerPage: "all" }).episodesPerPage).toBe("all")
    const word = await testPluginOptionsSchema(pluginOptionsSchema, { episodesPerPage: "every" })
    expect(word.errors).toEqual(['"episodesPerPage" must be a number from 1 to 500, or "all"'])
    const zero = await testPluginOptionsSchema(pluginOptionsSchema, { episodesPerPage: 0 })
    expect(zero.errors).toEqual(['"episodesPerPage" must be greater than or equal to 1'])
  })

  it("puts the next, the upcoming and every past episode (newest first) on the show page, and makes no archive page", () => {
    const result = plan(planned(250), "all")
    expect(result.show.episodeIds).toEqual(["e248", "e249", ...Array.from({ length: 248 }, (_, i) => `e${247 - i}`)])
    expect(result.archive).toEqual([])
    expect(result.show).toMatchObject({ olderPath: null, pageCount: 1 })
    // Every episode keeps its own page, linked to the ones around it.
    expect(result.episodes).toHaveLength(250)
    expect(result.episodes[0]).toMatchObject({ path: "/live/s0/", olderId: null, newerId: "e1" })
  })

  it("is the same as a page size larger than the past", () => {
    const episodes = planned(40, 3)
    expect(plan(episodes, "all")).toEqual(plan(episodes, 500))
  })

  it("gives a show page, and nothing more, when there is no past episode or no episode at all", () => {
    expect(plan(planned(2, 2), "all").show).toMatchObject({ episodeIds: ["e0", "e1"], olderPath: null, pageCount: 1 })
    expect(plan([], "all")).toEqual({
      show: { path: "/live/", episodeIds: [], olderPath: null, pageCount: 1 },
      archive: [],
      episodes: [],
      lists: [],
      indexes: [],
      browse: { years: [], people: null, topics: null, search: null },
    })
  })

  it("reads a page size that is not a whole number of at least 1 (which the options refuse; the CMS preview takes any) as one page", () => {
    for (const size of [0, -3, 2.5, Number.NaN]) {
      expect(plan(planned(20), size).archive).toEqual([])
      expect(plan(planned(20), size).show.episodeIds).toHaveLength(20)
    }
  })
})
