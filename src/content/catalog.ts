/**
 * A show's catalogue (issue 20): its people and topics, gathered from its episodes (people.ts,
 * topics.ts), each episode's speakers and topics linked to their pages, and what the gathering found
 * for editors (near misses, organisations listed as speakers, a bad `people` entry). Pure: normalize.ts
 * calls it once the episodes are read, for the build, the `check` command and the CMS preview alike.
 */
import type { EpisodeRecord, Speaker } from "../types"
import { gatherPeople, type PersonEntry, type ShowPeople } from "./people"
import type { ParsedSpeaker } from "./speakers"
import { gatherTopics, topicKey } from "./topics"
import { cleanLine, isWrongKind } from "./text"
import { httpUrl, servedPath, type TrailingSlash } from "./urls"
import type { FieldPath } from "./locate"
import { byStart } from "../utils/episode-time"

/** A person as the page node keeps them (GraphQL `OpenInfraLivePerson`). */
export interface PersonRecord {
  name: string
  slug: string
  /** Their page, `/live/people/jay-faulkner/`; null when the `peoplePages` option is false. */
  path: string | null
  url: string | null
  spellings: string[]
  affiliations: string[]
  roles: string[]
  /** Their episodes' slugs, newest first. */
  episodeSlugs: string[]
}

/** A topic as the page node keeps it (GraphQL `OpenInfraLiveTopic`). */
export interface TopicRecord {
  name: string
  slug: string
  path: string
  /** Its episodes' slugs, newest first. */
  episodeSlugs: string[]
}

/** An episode before the catalogue links it: its speakers as parsed, its topics as written. */
export type UnlinkedEpisode = Omit<EpisodeRecord, "speakers" | "topics"> & { speakers: ParsedSpeaker[]; topicNames: string[] }

/** What a problem of the catalogue says, and where: normalize.ts makes it a Problem. */
export interface CatalogNote {
  level: "warning" | "info"
  path: FieldPath
  /** An episode's number, when the note is about one (its label begins the message). */
  episode: number | null
  text: string
}

export interface CatalogOptions {
  /** The show page's path, `/live/`. */
  basePath: string
  /** False: speakers get no page (`path` null), and the page node's people have none. */
  peoplePages: boolean
  trailingSlash: TrailingSlash
}

/**
 * The show file's list of who is who (PersonEntry). Not `people`: all markdown of a site shares one
 * frontmatter type in GraphQL, and the foundation's home page has a `people` of another shape (a group
 * of reviews), whose queries a list here would break.
 */
export const PEOPLE_FIELD = "showPeople"

/** `people/` and `topics/` under the show's path: a pinned episode slug cannot take them (normalize.ts). */
export const CATALOG_FOLDERS = ["people", "topics"] as const

export function personPath(basePath: string, slug: string, trailingSlash: TrailingSlash): string {
  return servedPath(`${basePath}people/${slug}/`, trailingSlash)
}

export function topicPath(basePath: string, slug: string, trailingSlash: TrailingSlash): string {
  return servedPath(`${basePath}topics/${slug}/`, trailingSlash)
}

/**
 * The show file's `showPeople` list (see PersonEntry): entries without a name, and fields of the wrong
 * kind, are reported and dropped.
 */
export function readPeopleList(raw: unknown): { entries: PersonEntry[]; notes: CatalogNote[] } {
  const notes: CatalogNote[] = []
  if (raw === undefined || raw === null || raw === "") return { entries: [], notes }
  if (!Array.isArray(raw)) {
    notes.push({ level: "warning", path: [PEOPLE_FIELD], episode: null, text: `${PEOPLE_FIELD} is not a list; it was ignored` })
    return { entries: [], notes }
  }
  const entries: PersonEntry[] = []
  raw.forEach((item: unknown, index) => {
    const at = (field?: string): FieldPath => (field === undefined ? [PEOPLE_FIELD, index] : [PEOPLE_FIELD, index, field])
    const fields =
      typeof item === "string" ? { name: item } : typeof item === "object" && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : null
    const name = fields === null || isWrongKind(fields.name) ? null : cleanLine(fields.name)
    if (fields === null || name === null) {
      notes.push({ level: "warning", path: at(), episode: null, text: `${PEOPLE_FIELD} entry ${index + 1} has no name; it was ignored` })
      return
    }
    const rawAliases = fields.aliases
    const aliasItems: unknown[] = Array.isArray(rawAliases) ? rawAliases : typeof rawAliases === "string" ? rawAliases.split(/[;\n]/) : []
    if (rawAliases !== undefined && rawAliases !== null && !Array.isArray(rawAliases) && typeof rawAliases !== "string") {
      notes.push({
        level: "warning",
        path: at("aliases"),
        episode: null,
        text: `${PEOPLE_FIELD} entry "${name}": aliases is not a list of names; it was ignored`,
      })
    }
    const aliases = aliasItems.flatMap((alias) => (typeof alias === "string" && cleanLine(alias) !== null ? [cleanLine(alias)!] : []))
    let url: string | null = null
    const rawUrl = isWrongKind(fields.url) ? null : cleanLine(fields.url)
    if (rawUrl !== null) {
      const result = httpUrl(rawUrl)
      if (result.ok) url = result.url
      else notes.push({ level: "warning", path: at("url"), episode: null, text: `${PEOPLE_FIELD} entry "${name}": url ${result.reason}; it was dropped` })
    }
    entries.push({ name, aliases, url })
  })
  return { entries, notes }
}

const list = (numbers: readonly number[]) => (numbers.length === 1 ? `episode ${numbers[0]}` : `episodes ${[...numbers].sort((a, b) => a - b).join(", ")}`)

/**
 * Links the episodes' speakers and topics to their pages, and gathers the show's people and topics.
 * `episodes` are the show's published episodes (any order); each keeps its order and fields.
 */
export function catalogShow(
  episodes: readonly UnlinkedEpisode[],
  directory: readonly PersonEntry[],
  options: CatalogOptions,
): { episodes: EpisodeRecord[]; people: PersonRecord[]; topics: TopicRecord[]; notes: CatalogNote[]; found: ShowPeople } {
  const found = gatherPeople(
    episodes.map((episode) => ({ number: episode.number, speakers: episode.speakers })),
    directory,
  )
  const topics = gatherTopics(episodes.map((episode) => ({ number: episode.number, topics: episode.topicNames })))
  const bySpelling = new Map(found.people.flatMap((person) => person.spellings.map((spelling) => [spelling, person] as const)))
  const topicByKey = new Map(topics.map((topic) => [topic.key, topic] as const))
  const newestFirst = [...episodes].sort(byStart).reverse()
  const slugsOf = (numbers: readonly number[]) => newestFirst.filter((episode) => numbers.includes(episode.number)).map((episode) => episode.slug)
  const linked = episodes.map(({ topicNames, ...episode }): EpisodeRecord => ({
    ...episode,
    speakers: episode.speakers.map((speaker): Speaker => {
      const person = bySpelling.get(speaker.name)
      return { ...speaker, path: person !== undefined && options.peoplePages ? personPath(options.basePath, person.slug, options.trailingSlash) : null }
    }),
    topics: topicNames.map((name) => {
      const topic = topicByKey.get(topicKey(name))!
      return { name: topic.name, path: topicPath(options.basePath, topic.slug, options.trailingSlash) }
    }),
  }))
  const notes: CatalogNote[] = []
  for (const miss of found.nearMisses) {
    // At the first episode of the name fewer episodes have: the likelier typo.
    const [few, many] = miss.episodes[0].length <= miss.episodes[1].length ? [0, 1] : [1, 0]
    const at = miss.episodes[few]![0]!
    notes.push({
      level: "warning",
      path: ["episodes", at - 1, "episodeSpeakers"],
      episode: at,
      text:
        `episodeSpeakers "${miss.names[few]}" (${list(miss.episodes[few]!)}) is one letter from "${miss.names[many]}" (${list(miss.episodes[many]!)}): ` +
        `probably one person, misspelt. Correct the spelling, or add it to that person's aliases in showPeople; if they are two people, give each an entry there.`,
    })
  }
  for (const other of found.notPeople) {
    const why = other.reason === "one word" ? "a name of one word" : "another speaker's affiliation"
    notes.push({
      level: "info",
      path: ["episodes", other.episodes[0]! - 1, "episodeSpeakers"],
      episode: other.episodes[0]!,
      text: `episodeSpeakers "${other.name}" is read as an organisation or a label, not a person (${why}), so it has no person page; if it is a person, give them an entry in showPeople`,
    })
  }
  return {
    episodes: linked,
    people: found.people.map((person) => ({
      name: person.name,
      slug: person.slug,
      path: options.peoplePages ? personPath(options.basePath, person.slug, options.trailingSlash) : null,
      url: person.url,
      spellings: person.spellings,
      affiliations: person.affiliations,
      roles: person.roles,
      episodeSlugs: slugsOf(person.episodes),
    })),
    topics: topics.map((topic) => ({
      name: topic.name,
      slug: topic.slug,
      path: topicPath(options.basePath, topic.slug, options.trailingSlash),
      episodeSlugs: slugsOf(topic.episodes),
    })),
    notes,
    found,
  }
}
