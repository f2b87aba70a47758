/**
 * The archive's search: the index the build writes (src/build/search-index.ts) and the matching the
 * browser does with it (src/utils/episode-search.ts), on the real sample and on made-up shows.
 */
import fs from "fs"
import path from "path"
import { gunzipSync, gzipSync } from "zlib"
import { readFrontmatter } from "../../src/content/check"
import { normalizeContent } from "../../src/content/normalize"
import { searchIndex, showDay, type SearchIndex, type SearchIndexEpisode } from "../../src/build/search-index"
import { prepareIndex, searchEpisodes, type SearchIndexFile } from "../../src/utils/episode-search"
import { searchWords } from "../../src/utils/search-words"

const SAMPLE = fs.readFileSync(path.join(__dirname, "..", "fixtures", "openinfra-live.md"), "utf8")
const NO_FILTER = { year: null, person: null, topic: null }

function indexOf(frontmatter: unknown, budget?: number) {
  const show = normalizeContent(frontmatter, { file: "live.md", basePath: null })
  const episodes: SearchIndexEpisode[] = show.episodes.map((episode) => ({ ...episode, day: showDay(episode, "UTC") }))
  const made = searchIndex(episodes, show, show.page.path, budget)
  return { show, made, file: JSON.parse(made.text) as SearchIndex & SearchIndexFile }
}

describe("searchWords", () => {
  it("reads words as both sides must: lowercase, no accents, no one-letter or common words", () => {
    expect(searchWords("Núñez & the Kata-Containers: a Q&A, in 2021!")).toEqual(["nunez", "kata", "containers", "2021"])
  })
})

describe("the search index of the real sample", () => {
  const { show, made, file } = indexOf((readFrontmatter(SAMPLE) as { data: unknown }).data)
  const prepared = prepareIndex(file, "/live/")
  const titles = (query: string, filters = NO_FILTER) => searchEpisodes(prepared, query, filters).map((entry) => entry.title)

  it("holds every episode, newest first, every person and every word of the descriptions", () => {
    expect(file.episodes.map(([title]) => title)).toEqual([...show.episodes].reverse().map((episode) => episode.title))
    expect(file.people).toHaveLength(show.people.length)
    expect(made.stats.wordsPerEpisode).toBe(Infinity)
    expect(made.stats.gzipBytes).toBe(gzipSync(made.text, { level: 9 }).length)
    // Every description word of every episode can be found (title words are the title's).
    for (const episode of show.episodes) {
      const entry = prepared.entries.find((candidate) => candidate.title === episode.title)!
      for (const word of searchWords(episode.descriptionText ?? "")) expect(`${entry.titleText}${entry.wordsText}`).toContain(` ${word} `)
    }
  })

  it("finds by the start of a word in the title, a speaker, an affiliation or the description, the title's matches first", () => {
    // The title's match first, then the descriptions that name Kata, newest first.
    expect(titles("kata")).toEqual(["Kata Containers", "How to Start Contributing Upstream to OpenInfra", "OpenInfra Project Teams Gathering Recap"])
    expect(titles("upgr")).toEqual(["Upgrades in Large Scale OpenStack infrastructure: The Discussion", "Upgrades in Large Scale OpenStack infrastructure"])
    // A speaker: Mohammed Naser is on four episodes.
    expect(titles("naser")).toHaveLength(4)
    // An affiliation: CERN's Belmiro Moreira.
    expect(titles("cern")).toEqual(expect.arrayContaining(["Upgrades in Large Scale OpenStack infrastructure"]))
    // An organisation listed as a speaker.
    expect(titles("whitestack")).toEqual(["Open Source Job Openings (and how to land them)"])
    // Every word must match: one episode's description names both Kata and Zuul; "kata cern" is nothing.
    expect(titles("kata zuul")).toEqual(["How to Start Contributing Upstream to OpenInfra"])
    expect(titles("kata cern")).toEqual([])
    expect(titles("zzzz")).toEqual([])
    // Accents and case do not count.
    expect(titles("RADOSŁAW")).toEqual(titles("radosław"))
  })

  it("filters by year and person, with or without words", () => {
    const naser = prepared.people.findIndex((person) => person.name === "Mohammed Naser")
    expect(searchEpisodes(prepared, "", { ...NO_FILTER, person: naser }).map((entry) => entry.day)).toEqual([
      "2021-06-10",
      "2021-05-27",
      "2021-05-20",
      "2021-04-22",
    ])
    expect(searchEpisodes(prepared, "upgrades", { ...NO_FILTER, person: naser }).map((entry) => entry.day)).toEqual(["2021-06-10", "2021-05-20"])
    expect(searchEpisodes(prepared, "", { ...NO_FILTER, year: "2021" })).toHaveLength(15)
    expect(searchEpisodes(prepared, "", { ...NO_FILTER, year: "2020" })).toEqual([])
    // No words and no filter: nothing (the page's own list is there).
    expect(searchEpisodes(prepared, "  the ", NO_FILTER)).toEqual([])
  })

  it("links each result to its page under the show's path, writing only the links the day and title do not make", () => {
    expect(searchEpisodes(prepared, "kata", NO_FILTER)[0]!.path).toBe("/live/2021-07-22-kata-containers/")
    expect(file.episodes.filter(([, href]) => href !== "")).toEqual([])
    for (const episode of show.episodes) expect(prepared.entries.find((entry) => entry.title === episode.title)!.path).toBe(episode.path)
  })

  it("writes a link the day and title do not make: a pinned slug, a day in the show's zone, trailingSlash never", () => {
    const pinned = normalizeContent(
      {
        seo: { url: "https://example.org/live/" },
        episodes: [
          { date: "2024-03-08T23:30:00Z", episodeTitle: "Late", slug: "late-show" },
          { date: "2024-03-01T23:30:00Z", episodeTitle: "Late too" },
        ],
      },
      { file: "live.md", basePath: null, trailingSlash: "never" },
    )
    const made = searchIndex(
      pinned.episodes.map((episode) => ({ ...episode, day: showDay(episode, "Europe/Berlin") })),
      pinned,
      "/live/",
    )
    const file = JSON.parse(made.text) as SearchIndexFile
    expect(file.end).toBe("")
    // Its day in Berlin is the 2nd, its slug's (UTC) the 1st: the link is written.
    expect(file.episodes.map(([title, href]) => [title, href])).toEqual([
      ["Late", "late-show"],
      ["Late too", "2024-03-01-late-too"],
    ])
    expect(prepareIndex(file, "/live/").entries.map((entry) => entry.path)).toEqual(["/live/late-show", "/live/2024-03-01-late-too"])
  })
})

describe("the search index's budget", () => {
  /** A show of `count` episodes whose descriptions have words of their own. */
  const show = (count: number) => ({
    seo: { url: "https://example.org/live/" },
    episodes: Array.from({ length: count }, (_, index) => ({
      date: new Date(Date.UTC(2020, 0, 2) + index * 7 * 86400000).toISOString(),
      episodeTitle: `Episode ${index}`,
      episodeSpeakers: `Person Number${index % 40}, Other Speaker${index % 7}`,
      topics: [`Topic ${index % 12}`],
      episodeDescription: Array.from({ length: 60 }, (_, word) => `w${(index * 37 + word * 101) % 5000}x${word % 9}`).join(" "),
    })),
  })

  it("keeps every word while the file is under the budget, the rarest ones when it would not be, and never a title, person or topic less", () => {
    const { made: all } = indexOf(show(40))
    expect(all.stats.wordsPerEpisode).toBe(Infinity)
    const budget = Math.round(all.stats.gzipBytes / 2)
    const { made: cut, file } = indexOf(show(40), budget)
    expect(cut.stats.gzipBytes).toBeLessThanOrEqual(budget)
    expect(cut.stats.wordsPerEpisode).toBeGreaterThan(0)
    expect(cut.stats.wordsPerEpisode).toBeLessThan(60)
    expect(gunzipSync(gzipSync(cut.text)).toString()).toBe(cut.text)
    expect(file.episodes).toHaveLength(40)
    expect(file.people).toHaveLength(47)
    expect(file.topics).toHaveLength(12)
    // The largest that fits: one more word each would not.
    expect(Math.max(...file.episodes.map((episode) => episode[5].split(" ").length))).toBe(cut.stats.wordsPerEpisode)
  })
})

describe("showDay", () => {
  it("is the day in the show's zone, and a day-only episode's own day", () => {
    const late = { start: Date.parse("2024-03-08T23:30:00Z"), dateOnly: false }
    expect(showDay(late, "UTC")).toBe("2024-03-08")
    expect(showDay(late, "Europe/Berlin")).toBe("2024-03-09")
    expect(showDay(late, "America/Chicago")).toBe("2024-03-08")
    expect(showDay({ start: Date.parse("2024-03-08T00:00:00Z"), dateOnly: true }, "America/Chicago")).toBe("2024-03-08")
  })
})
