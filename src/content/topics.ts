/**
 * Topics: an episode's optional `topics` list ("Kata Containers", "Ironic"), read from the content and
 * gathered into the show's topics, each with its page at `<basePath>topics/<slug>/` (issue 20).
 * Pure: the build, the `check` command and the CMS preview share it.
 *
 * One topic, however written: two topics are the same when their keys are equal (`topicKey`: case,
 * accents, spacing and punctuation do not count: "Kata containers", "kata-containers"). The spelling
 * used most often names it everywhere (on a tie, one with capitals, then the latest).
 */
import { slugify } from "./slug"
import { plainWords } from "../utils/search-words"

const CAPITAL = new RegExp(String.raw`\p{Lu}`, "u")

/** The longest topic the theme keeps, in characters: a topic is a few words, not a sentence. */
export const MAX_TOPIC_LENGTH = 60

/** A letter, a digit, or a `+` or `#` that follows one (C++, F#). */
const AFTER_WORD = new RegExp(String.raw`[\p{L}\p{N}+#]`, "u")

/**
 * A topic as a comparison key: "Kata Containers", "kata-containers" → "kata containers". A `+` or `#`
 * right after a letter or digit is a word of its own ("C++" → "c plus plus", "C#" → "c sharp"), so
 * that C, C++ and C# stay three topics.
 */
export function topicKey(name: string): string {
  const spelled = name.replace(/[+#]/g, (sign: string, at: number) => (at > 0 && AFTER_WORD.test(name[at - 1]!) ? (sign === "+" ? " plus " : " sharp ") : sign))
  return plainWords(spelled).join(" ")
}

/**
 * An episode's `topics` field as written: a list (the CMS's list widget) or one text of topics
 * separated by commas (`Kata, Ironic`). Each is trimmed, inner spaces collapsed; blanks are dropped, and
 * a repeat (by key) is kept once. What is not a topic is returned in `dropped`, with why.
 */
export function readTopics(raw: unknown): { topics: string[]; dropped: string[] } {
  if (raw === undefined || raw === null) return { topics: [], dropped: [] }
  const items: unknown[] = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,;\n]/) : [raw]
  const topics: string[] = []
  const dropped: string[] = []
  const seen = new Set<string>()
  for (const item of items) {
    if (item === null || item === undefined) continue
    if (typeof item !== "string" && typeof item !== "number") {
      dropped.push(`${JSON.stringify(item) ?? String(item)} is not text`)
      continue
    }
    const text = String(item).replace(/\s+/g, " ").trim()
    if (text === "") continue
    const key = topicKey(text)
    if (key === "") {
      dropped.push(`"${text}" has no letter or digit`)
      continue
    }
    if (text.length > MAX_TOPIC_LENGTH) {
      dropped.push(`"${text.slice(0, 30)}…" is longer than ${MAX_TOPIC_LENGTH} characters (a topic is a few words)`)
      continue
    }
    if (seen.has(key)) continue
    seen.add(key)
    topics.push(text)
  }
  return { topics, dropped }
}

export interface Topic {
  /** The comparison key (see topicKey). */
  key: string
  /** The spelling used most often (the latest, on a tie). */
  name: string
  /** Its page is at `<basePath>topics/<slug>/`. Unique among the show's topics. */
  slug: string
  /** The episodes on it (1-based numbers in the file), in the file's order. */
  episodes: number[]
}

/** The show's topics, sorted by name (`en`), from each episode's topics as readTopics gives them. */
export function gatherTopics(appearances: ReadonlyArray<{ number: number; topics: readonly string[] }>): Topic[] {
  const byKey = new Map<string, { key: string; episodes: number[]; counts: Map<string, number> }>()
  for (const { number, topics } of [...appearances].reverse()) {
    for (const name of topics) {
      const key = topicKey(name)
      const topic = byKey.get(key) ?? { key, episodes: [], counts: new Map<string, number>() }
      byKey.set(key, topic)
      topic.counts.set(name, (topic.counts.get(name) ?? 0) + 1)
      if (!topic.episodes.includes(number)) topic.episodes.unshift(number)
    }
  }
  const topics = [...byKey.values()].map(({ key, episodes, counts }) => ({
    key,
    // Most used first; on a tie, one with capitals ("Ironic" over "ironic"), then the first met: the latest episode's (the list read backwards).
    name: [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(CAPITAL.test(b[0])) - Number(CAPITAL.test(a[0])))[0]![0],
    slug: "",
    episodes,
  }))
  topics.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.key.localeCompare(b.key))
  const taken = new Map<string, number>()
  for (const topic of topics) {
    const base = slugify(topic.key) || "topic"
    const count = (taken.get(base) ?? 0) + 1
    taken.set(base, count)
    topic.slug = count === 1 ? base : `${base}-${count}`
  }
  return topics
}
