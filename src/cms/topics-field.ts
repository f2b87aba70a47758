/**
 * What the CMS's topics widget (topics-widget.tsx) does with an episode's topics, apart from
 * rendering: the show's topics it suggests, the items an episode's field holds, and what the editor's
 * typing adds. Pure; runs in the CMS page, and in the unit tests.
 */
import { gatherTopics, readTopics, topicKey } from "../content/topics"

/** The widget's name in a CMS config (`widget: openinfra-live-topics`), registered by registerOpenInfraLive. */
export const TOPICS_WIDGET = "openinfra-live-topics"

/** Where typed text is cut into topics: commas, semicolons, lines (as the build reads a text of topics). */
export const TOPIC_SEPARATOR = /[,;\n]/

export interface TopicChoice {
  /** The topic as the show names it (its most used spelling; see gatherTopics). */
  name: string
  /** How many of the show's episodes have it. */
  episodes: number
}

/**
 * The topics of the show's episodes (the entry's `episodes`, as plain data), most used first, then by
 * name: what the widget suggests. Each topic once, however its episodes write it (topicKey), named as
 * its pages are. Episodes and topics that are not what the content model says are skipped (the
 * preview lists their problems): `[]` for anything that is not a list.
 */
export function showTopics(episodes: unknown, field = "topics"): TopicChoice[] {
  if (!Array.isArray(episodes)) return []
  const appearances = episodes.map((episode: unknown, index) => ({
    number: index + 1,
    topics: episode !== null && typeof episode === "object" ? readTopics((episode as Record<string, unknown>)[field]).topics : [],
  }))
  return gatherTopics(appearances)
    .map((topic) => ({ name: topic.name, episodes: topic.episodes.length }))
    .sort((a, b) => b.episodes - a.episodes || a.name.localeCompare(b.name, "en", { sensitivity: "base" }))
}

/**
 * The items an episode's field holds, as it holds them: a list's items (whatever they are), the pieces
 * of a text of topics separated by commas (trimmed, blanks left out, nothing else dropped), or a lone
 * value. The widget shows them and writes back the ones the editor did not remove, unchanged.
 */
export function topicItems(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value
  if (typeof value === "string") return splitTopics(value)
  return [value]
}

/** Typed or pasted text cut at its separators, each piece trimmed and its spaces collapsed, blanks left out. */
export function splitTopics(text: string): string[] {
  return text
    .split(TOPIC_SEPARATOR)
    .map((piece) => piece.replace(/\s+/g, " ").trim())
    .filter((piece) => piece !== "")
}

/** An item as a topic's text: a text or a number as it reads; `null` for anything else (a list, an object, a date). */
export function topicText(item: unknown): string | null {
  return typeof item === "string" || typeof item === "number" ? String(item) : null
}

export interface Addition {
  /** The topics to add, in order, each spelled as the show spells it where it has it. */
  added: string[]
  /** Typed topics the episode has already (by key), as the episode writes them. */
  present: string[]
  /** Typed topics spelled otherwise than the show writes them: [as typed, as added]. */
  respelled: Array<[typed: string, added: string]>
  /** The pieces the build would drop, as typed, and why (readTopics' words). */
  refused: Array<{ text: string; why: string }>
}

/**
 * What typing `typed` (one topic, or several separated by commas, semicolons or lines) adds to an
 * episode whose items are `items`: each new topic spelled as the show spells it when their keys match
 * ("kata containers" becomes "Kata Containers"), none the episode has (by key), none twice. What
 * readTopics refuses (no letter or digit, over MAX_TOPIC_LENGTH) is not added: `refused` keeps it as typed.
 */
export function addTopics(items: readonly unknown[], typed: string, known: readonly TopicChoice[]): Addition {
  const spelling = new Map(known.map((topic) => [topicKey(topic.name), topic.name]))
  const have = new Map<string, string>()
  for (const item of items) {
    const text = topicText(item)
    if (text !== null) have.set(topicKey(text), text)
  }
  const result: Addition = { added: [], present: [], respelled: [], refused: [] }
  for (const piece of splitTopics(typed)) {
    const { topics, dropped } = readTopics([piece])
    if (topics.length === 0) {
      result.refused.push({ text: piece, why: dropped[0] ?? `"${piece}" is not a topic` })
      continue
    }
    const key = topicKey(piece)
    const there = have.get(key)
    if (there !== undefined) {
      if (!result.added.includes(there)) result.present.push(there)
      continue
    }
    const name = spelling.get(key) ?? piece
    if (name !== piece) result.respelled.push([piece, name])
    have.set(key, name)
    result.added.push(name)
  }
  return result
}

/** The suggestions for an episode: the show's topics it does not have yet. */
export function suggestions(known: readonly TopicChoice[], items: readonly unknown[]): TopicChoice[] {
  const have = new Set(items.map(topicText).flatMap((text) => (text === null ? [] : [topicKey(text)])))
  return known.filter((topic) => !have.has(topicKey(topic.name)))
}
