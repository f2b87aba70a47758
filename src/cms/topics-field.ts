/**
 * What the CMS's topics widget (topics-widget.tsx) does with an episode's topics, apart from
 * rendering: the show's topics it suggests, the topics an episode has as its field holds them, and
 * what the editor's typing adds. Pure; runs in the CMS page, and in the unit tests.
 */
import { gatherTopics, readTopics, topicKey } from "../content/topics"

/** The widget's name in a CMS config (`widget: openinfra-live-topics`), registered by registerOpenInfraLive. */
export const TOPICS_WIDGET = "openinfra-live-topics"

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
 * The topics an episode's field holds, as it holds them, for the widget to show: a list's items as text
 * (blank ones left out), or a text of topics separated by commas (as the build reads one). Nothing is
 * checked or dropped here: what the build would drop stays until the editor removes it, and the
 * preview says why.
 */
export function currentTopics(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.filter((item) => item !== null && item !== undefined && String(item).trim() !== "").map((item) => String(item))
  }
  if (typeof value === "string") return readTopics(value).topics
  return []
}

/**
 * The episode's topics after the editor typed `typed` (one topic, or several separated by commas,
 * semicolons or lines): each new one spelled as the show already spells it when their keys match
 * ("kata containers" becomes "Kata Containers"), one already in `current` (by key) not added twice.
 * What readTopics refuses (no letter or digit, over MAX_TOPIC_LENGTH) is not added; `dropped` says why.
 */
export function addTopics(current: readonly string[], typed: string, known: readonly TopicChoice[]): { topics: string[]; added: string[]; dropped: string[] } {
  const { topics: fresh, dropped } = readTopics(typed)
  const spelling = new Map(known.map((topic) => [topicKey(topic.name), topic.name]))
  const have = new Set(current.map(topicKey))
  const added: string[] = []
  for (const topic of fresh) {
    const key = topicKey(topic)
    if (have.has(key)) continue
    have.add(key)
    added.push(spelling.get(key) ?? topic)
  }
  return { topics: [...current, ...added], added, dropped }
}

/** The suggestions for an episode: the show's topics it does not have yet. */
export function suggestions(known: readonly TopicChoice[], current: readonly string[]): TopicChoice[] {
  const have = new Set(current.map(topicKey))
  return known.filter((topic) => !have.has(topicKey(topic.name)))
}
