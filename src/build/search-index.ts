/**
 * The archive's search index (issue 20): one JSON file per show, `<basePath>search.json`, that the
 * archive's search box fetches when a visitor starts to search (never with the page). Made at build
 * time; pure: it returns the file's text, and onPostBuild writes it (outputs.ts).
 *
 * What it holds, as short arrays (the browser's side is src/utils/episode-search.ts):
 *   { v: 1, end: "/", people: [[name, path]], topics: [[name, path]],
 *     episodes: [[title, href, day, people, topics, words]] }
 * - `href` is the episode's page (or its card, `#slug`) relative to the show's path, or "" where it is
 *   the one its day and title make (`<day>-<title as a slug><end>`: `2024-03-08-ironic/`), which the
 *   browser makes again with the same slugify (most episodes: a link would be a third of the file).
 *   `end` is what page paths end with under the site's trailingSlash option: "/" or "".
 * - `day` is the day it airs in the show's time zone, `2024-03-08`: its year is the year filter's.
 * - `people` and `topics` are indexes into the lists above; `words` are the other words a search
 *   finds it by: its description's and its other speakers' (organisations, affiliations), lowercase,
 *   without accents or common English words, each once, sorted.
 *
 * Its size is kept under `budgetBytes` (gzip): every title, person and topic is always in; of the
 * description words, each episode keeps its most distinctive ones (the rarest across the show: TF-IDF's
 * inverse document frequency) as far as the budget allows. A show of a hundred episodes keeps every word.
 */
import { gzipSync } from "zlib"
import type { EpisodeRecord } from "../types"
import type { PersonRecord, TopicRecord } from "../content/catalog"
import { searchWords } from "../utils/search-words"
import { showDay } from "../utils/format-date"

export { showDay }
import { episodeSlug } from "../content/slug"
import type { PlainDate } from "../utils/episode-time"

/** The index's budget, gzip: under the 60 KiB that a thousand episodes must fit in (issue 20), with room. */
export const SEARCH_INDEX_BUDGET_BYTES = 55 * 1024

export type SearchEpisode = [title: string, href: string, day: string, people: number[], topics: number[], words: string]

export interface SearchIndex {
  v: 1
  end: "/" | ""
  people: Array<[name: string, path: string]>
  topics: Array<[name: string, path: string]>
  episodes: SearchEpisode[]
}

export type SearchIndexEpisode = Pick<EpisodeRecord, "slug" | "path" | "title" | "start" | "descriptionText" | "speakers" | "topics"> & {
  /** The day it airs in the show's zone, `2024-03-08`. */
  day: string
}

/** The href an episode's day and title make: what the browser makes of an empty one (episode-search.ts). */
export function defaultHref(day: string, title: string, end: string): string {
  return `${episodeSlug(day as PlainDate, title)}${end}`
}

/** What a search index says of itself, for the build's report and the benchmark. */
export interface SearchIndexStats {
  bytes: number
  gzipBytes: number
  /** Description words each episode keeps at most (Infinity: all of them). */
  wordsPerEpisode: number
}

/**
 * The show's search index as the JSON text of its file, newest episode first, with what it weighs.
 * `showPath` is the show page's path (`/live/`), which `href`s and the lists' paths are relative to
 * in the browser (the lists keep theirs whole: they are few).
 */
export function searchIndex(
  episodes: readonly SearchIndexEpisode[],
  catalog: { people: readonly PersonRecord[]; topics: readonly TopicRecord[] },
  showPath: string,
  budgetBytes = SEARCH_INDEX_BUDGET_BYTES,
): { text: string; stats: SearchIndexStats } {
  const people = catalog.people.filter((person) => person.path !== null)
  const personIndex = new Map(people.map((person, index) => [person.path!, index]))
  const topicIndex = new Map(catalog.topics.map((topic, index) => [topic.path, index]))
  const newest = [...episodes].sort((a, b) => b.start - a.start)
  // Each episode's own words, and in how many episodes each word stands (its document frequency).
  const own = newest.map((episode) => {
    const titleWords = new Set(searchWords(episode.title))
    const others = episode.speakers.flatMap((speaker) => [speaker.path === null ? speaker.name : "", speaker.affiliation ?? ""])
    return [...new Set(searchWords([episode.descriptionText ?? "", ...others].join(" ")))].filter((word) => !titleWords.has(word))
  })
  const frequency = new Map<string, number>()
  for (const words of own) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  // Rarest first (ties alphabetical, so the same content always gives the same file).
  const ranked = own.map((words) => [...words].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0)))
  // What page paths end with: "" under trailingSlash "never", else "/".
  const end = newest.some((episode) => episode.path !== null && !episode.path.endsWith("/")) ? "" : "/"
  const make = (limit: number): string => {
    const index: SearchIndex = {
      v: 1,
      end,
      people: people.map((person) => [person.name, person.path!]),
      topics: catalog.topics.map((topic) => [topic.name, topic.path]),
      episodes: newest.map((episode, position): SearchEpisode => {
        const own = episode.path !== null && episode.path.startsWith(showPath) ? episode.path.slice(showPath.length) : `#${episode.slug}`
        const href = own === defaultHref(episode.day, episode.title, end) ? "" : own
        const personIds = [...new Set(episode.speakers.flatMap((speaker) => (speaker.path === null ? [] : [personIndex.get(speaker.path)!])))]
        const topicIds = episode.topics.map((topic) => topicIndex.get(topic.path)!)
        return [episode.title, href, episode.day, personIds, topicIds, ranked[position]!.slice(0, limit).sort().join(" ")]
      }),
    }
    return JSON.stringify(index)
  }
  const measure = (text: string) => gzipSync(text, { level: 9 }).length
  let text = make(Infinity)
  let wordsPerEpisode = Infinity
  if (measure(text) > budgetBytes) {
    // The largest number of words per episode that fits: halving, from the most any episode has.
    let low = 0
    let high = Math.max(0, ...ranked.map((words) => words.length))
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (measure(make(middle)) <= budgetBytes) low = middle
      else high = middle - 1
    }
    wordsPerEpisode = low
    text = make(low)
  }
  return { text, stats: { bytes: Buffer.byteLength(text), gzipBytes: measure(text), wordsPerEpisode } }
}
