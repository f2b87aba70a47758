/**
 * The archive's search, in the browser (loaded with the search form, when a visitor starts to
 * search): the index the build wrote (src/build/search-index.ts) made ready to match, and the
 * episodes that match a query and filters, best first.
 *
 * A query matches an episode when every word of it starts a word of the episode's title, speakers,
 * topics or other words ("kat" finds "Kata Containers"); matches in the title count most, then in
 * people and topics, then in the description. Ties go to the newest.
 */
import { searchWords } from "./search-words"
import { episodeSlug } from "../content/slug"
import type { PlainDate } from "./episode-time"

/** The file's shape: see src/build/search-index.ts. */
export interface SearchIndexFile {
  v: 1
  /** What page paths end with: "/" or "" (trailingSlash "never"). */
  end: "/" | ""
  people: Array<[name: string, path: string]>
  topics: Array<[name: string, path: string]>
  episodes: Array<[title: string, href: string, day: string, people: number[], topics: number[], words: string]>
}

export interface SearchEntry {
  title: string
  /** The episode's page (or card) as a site path: the show's path and the index's href. */
  path: string
  /** `2024-03-08`, in the show's zone. */
  day: string
  year: string
  people: number[]
  topics: number[]
  /** Each field's words, space-separated with a space at each end: a word's start is `" " + word`. */
  titleText: string
  namesText: string
  wordsText: string
}

export interface PreparedIndex {
  people: Array<{ name: string; path: string }>
  topics: Array<{ name: string; path: string }>
  years: string[]
  entries: SearchEntry[]
}

export interface SearchFilters {
  year: string | null
  /** Indexes into the index's people and topics. */
  person: number | null
  topic: number | null
}

const spaced = (words: readonly string[]) => ` ${words.join(" ")} `

/** The index file made ready to match, once: newest first, as the file has it. */
export function prepareIndex(file: SearchIndexFile, showPath: string): PreparedIndex {
  const people = file.people.map(([name, path]) => ({ name, path }))
  const topics = file.topics.map(([name, path]) => ({ name, path }))
  const entries = file.episodes.map(([title, href, day, personIds, topicIds, words]): SearchEntry => {
    // An empty href is the one the day and title make (see src/build/search-index.ts).
    const link = href === "" ? `${episodeSlug(day as PlainDate, title)}${file.end}` : href
    const names = [...personIds.map((id) => people[id]?.name ?? ""), ...topicIds.map((id) => topics[id]?.name ?? "")]
    return {
      title,
      path: `${showPath}${link}`,
      day,
      year: day.slice(0, 4),
      people: personIds,
      topics: topicIds,
      titleText: spaced(searchWords(title)),
      namesText: spaced(searchWords(names.join(" "))),
      wordsText: ` ${words} `,
    }
  })
  return { people, topics, years: [...new Set(entries.map((entry) => entry.year))], entries }
}

/** How well an entry matches the query's words: 0 when one of them matches nothing. */
function score(entry: SearchEntry, words: readonly string[]): number {
  let total = 0
  for (const word of words) {
    const start = ` ${word}`
    const best = entry.titleText.includes(start) ? 4 : entry.namesText.includes(start) ? 3 : entry.wordsText.includes(start) ? 1 : 0
    if (best === 0) return 0
    // A whole word counts more than the start of one.
    total += best + (entry.titleText.includes(`${start} `) || entry.namesText.includes(`${start} `) || entry.wordsText.includes(`${start} `) ? 1 : 0)
  }
  return total
}

/**
 * The entries that match `query` (free text: its words as searchWords reads them) and the filters,
 * best first, then newest. An empty query gives every entry the filters keep, newest first, or none
 * without a filter either.
 */
export function searchEpisodes(index: PreparedIndex, query: string, filters: SearchFilters): SearchEntry[] {
  const words = searchWords(query)
  const filtered = index.entries.filter(
    (entry) =>
      (filters.year === null || entry.year === filters.year) &&
      (filters.person === null || entry.people.includes(filters.person)) &&
      (filters.topic === null || entry.topics.includes(filters.topic)),
  )
  if (words.length === 0) return filters.year === null && filters.person === null && filters.topic === null ? [] : filtered
  const scored: Array<{ entry: SearchEntry; score: number; order: number }> = []
  filtered.forEach((entry, order) => {
    const value = score(entry, words)
    if (value > 0) scored.push({ entry, score: value, order })
  })
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ entry }) => entry)
}
