/**
 * The people of a show: its episodes' speakers gathered into persons, for people pages (issue 20).
 * Pure: the build, the `check` command and the CMS preview share it.
 *
 * One person, however written: two names are the same person when their keys are equal (`personKey`:
 * case, accents, spacing, punctuation and one-letter middle initials do not count). The affiliation
 * the speaker parser took out of the name ("Jay Faulkner (Ironic)") is the person's, not part of the
 * name. Two names whose keys are one letter apart ("Kendall Kelson", "Kendall Nelson") are probably
 * one person misspelt: reported (`nearMisses`), never merged by a guess.
 *
 * Not people: a speaker "name" that is an organisation or a label. Decided from the content itself:
 * a name that some speaker of the show has as their affiliation ("Wind River", "OpenStack"), and a
 * name of one word ("Canonical", "OVH", "T-Systems", "Whitestack": the real file lists companies so,
 * and a person is named with two words or more in it).
 */
import type { ParsedSpeaker as Speaker } from "./speakers"
import { editDistance } from "./edit-distance"
import { slugify } from "./slug"
import { plainWords } from "../utils/search-words"

/** German letters as German spells them without the marks: "Hüttner" is also written "Huettner". */
const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" }

/**
 * The key of a name written with ä, ö or ü spelt as ae, oe, ue ("Felix Hüttner" → "felix huettner"),
 * or null when it has none. Two spellings are one person when one's key is the other's transliterated
 * key; a plain "ue" is never read as "ü" (Samuel, Michael, Joel keep their e).
 */
function transliteratedKey(name: string): string | null {
  return /[äöüÄÖÜ]/.test(name.normalize("NFC")) ? personKey(name.normalize("NFC").replace(/[äöüÄÖÜ]/g, (letter) => UMLAUTS[letter]!)) : null
}

/**
 * A name as a comparison key: "Jay A. Faulkner" and "jay  faulkner" → "jay faulkner"; "José Núñez" →
 * "jose nunez". One-letter words between the first and the last are middle initials and dropped; a
 * name of one word keeps it.
 */
export function personKey(name: string): string {
  const words = plainWords(name)
  if (words.length <= 2) return words.join(" ")
  const middle = words.slice(1, -1).filter((word) => word.length > 1)
  return [words[0]!, ...middle, words[words.length - 1]!].join(" ")
}

/** Where a speaker appears: the episode's 1-based number in the file. */
export interface SpeakerAppearance {
  number: number
  speakers: readonly Speaker[]
}

/**
 * What editors say about a person in the show file's `showPeople` list (issue 20): the name pages use,
 * the other spellings that are the same person, and a link of their own.
 *   showPeople:
 *     - name: Kendall Nelson
 *       aliases: [Kendall Kelson]
 *       url: https://example.org/~kendall
 * A name in the list is a person even where the content alone would say otherwise (one word); two
 * names that each have an entry are two people, however close their spellings.
 */
export interface PersonEntry {
  name: string
  aliases: string[]
  /** An http(s) URL: the person's own page (schema.org `sameAs`). */
  url: string | null
}

export interface Person {
  /** The comparison key (see personKey): one per person. */
  key: string
  /** The spelling used most often (the latest, on a tie): what the person's page is titled. */
  name: string
  /**
   * Their key as a slug (`jay-faulkner`, however the name is spelt; middle initials left out): the
   * person's page is at `<basePath>people/<slug>/`. Unique among the show's people.
   */
  slug: string
  /** Every spelling seen, most used first. */
  spellings: string[]
  /** The affiliations and roles the content gives them, most recent first, each once. */
  affiliations: string[]
  roles: string[]
  /** The episodes they are in (1-based numbers in the file), in the order given. */
  episodes: number[]
  /** Their own page, from the `showPeople` list; null when it gives none. */
  url: string | null
}

export interface NearMiss {
  /** The two spellings, and the episodes where each stands. */
  names: [string, string]
  episodes: [number[], number[]]
}

export interface ShowPeople {
  people: Person[]
  /** Speaker names read as organisations or labels, not people, each once, with why. */
  notPeople: Array<{ name: string; reason: "an affiliation" | "one word"; episodes: number[] }>
  nearMisses: NearMiss[]
}

const pushOnce = (list: string[], value: string | null) => {
  if (value !== null && value.trim() !== "" && !list.includes(value.trim())) list.push(value.trim())
}

/**
 * The show's people, sorted by name (the page's locale, `en`), from its episodes in the file's order
 * (later ones count as more recent for affiliations and roles, and win a tie between spellings).
 */
export function gatherPeople(appearances: readonly SpeakerAppearance[], directory: readonly PersonEntry[] = []): ShowPeople {
  // Each spelling in the list, by key, to its entry: the entry's own key is the person's.
  const entryOf = new Map<string, PersonEntry & { key: string }>()
  for (const entry of directory) {
    const key = personKey(entry.name)
    if (key === "" || entryOf.has(key)) continue
    const known = { ...entry, key }
    entryOf.set(key, known)
    for (const alias of entry.aliases) if (personKey(alias) !== "" && !entryOf.has(personKey(alias))) entryOf.set(personKey(alias), known)
  }
  const affiliationKeys = new Set(
    appearances.flatMap(({ speakers }) => speakers.flatMap((speaker) => (speaker.affiliation === null ? [] : [personKey(speaker.affiliation)]))),
  )
  // "Hüttner" is "Huettner" where the show writes both: the key with marks dropped goes to the transliterated one.
  const writtenKeys = new Set(appearances.flatMap(({ speakers }) => speakers.map((speaker) => personKey(speaker.name))))
  const sameAs = new Map<string, string>()
  for (const { speakers } of appearances) {
    for (const speaker of speakers) {
      const spelt = transliteratedKey(speaker.name)
      if (spelt !== null && writtenKeys.has(spelt) && !entryOf.has(personKey(speaker.name))) sameAs.set(personKey(speaker.name), spelt)
    }
  }
  const byKey = new Map<string, Person & { counts: Map<string, number> }>()
  const notPeople = new Map<string, ShowPeople["notPeople"][number]>()
  for (const { number, speakers } of [...appearances].reverse()) {
    for (const speaker of speakers) {
      const written = sameAs.get(personKey(speaker.name)) ?? personKey(speaker.name)
      if (written === "") continue
      const entry = entryOf.get(written)
      const key = entry?.key ?? written
      // One word as written: "T-Systems" is one, though its key has two. A name the list gives is a person.
      const reason = entry !== undefined ? null : affiliationKeys.has(key) ? "an affiliation" : /\s/.test(speaker.name.trim()) ? null : "one word"
      if (reason !== null) {
        const entry = notPeople.get(key) ?? { name: speaker.name, reason, episodes: [] }
        if (!entry.episodes.includes(number)) entry.episodes.unshift(number)
        notPeople.set(key, entry)
        continue
      }
      let person = byKey.get(key)
      if (person === undefined) {
        person = { key, name: speaker.name, slug: "", spellings: [], affiliations: [], roles: [], episodes: [], url: entry?.url ?? null, counts: new Map() }
        byKey.set(key, person)
      }
      person.counts.set(speaker.name, (person.counts.get(speaker.name) ?? 0) + 1)
      pushOnce(person.affiliations, speaker.affiliation)
      pushOnce(person.roles, speaker.role)
      if (!person.episodes.includes(number)) person.episodes.unshift(number)
    }
  }
  const people = [...byKey.values()].map(({ counts, ...person }) => {
    // Most used first; on a tie, the first met, which is the latest episode's (the file read backwards).
    const spellings = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling)
    // The list's name wins over any spelling.
    return { ...person, name: entryOf.get(person.key)?.name.trim() ?? spellings[0]!, spellings }
  })
  people.sort((a, b) => a.name.localeCompare(b.name, "en") || a.key.localeCompare(b.key))
  const taken = new Map<string, number>()
  for (const person of people) {
    // From the key, not the name: a page keeps its address when another spelling becomes the most used.
    const base = slugify(person.key) || slugify(person.name) || "person"
    const count = (taken.get(base) ?? 0) + 1
    taken.set(base, count)
    person.slug = count === 1 ? base : `${base}-${count}`
  }
  const listed = (person: Person) => entryOf.get(person.key)?.key === person.key
  return {
    people,
    notPeople: [...notPeople.values()],
    nearMisses: nearMisses(people)
      .filter(({ pair }) => !pair.every(listed))
      .map(({ miss }) => miss),
  }
}

/**
 * Pairs of people whose keys are one edit apart and long enough for that to be a typo rather than two
 * names ("kendall kelson" / "kendall nelson"; not "jo li" / "jo lu"): each word of both at least three
 * letters, the same number of words.
 */
function nearMisses(people: readonly Person[]): Array<{ miss: NearMiss; pair: [Person, Person] }> {
  const found: Array<{ miss: NearMiss; pair: [Person, Person] }> = []
  const words = (key: string) => key.split(" ")
  for (let i = 0; i < people.length; i += 1) {
    for (let j = i + 1; j < people.length; j += 1) {
      const [a, b] = [people[i]!, people[j]!]
      const [wa, wb] = [words(a.key), words(b.key)]
      if (wa.length !== wb.length || [...wa, ...wb].some((word) => word.length < 3)) continue
      if (Math.abs(a.key.length - b.key.length) > 1 || editDistance(a.key, b.key) !== 1) continue
      found.push({ miss: { names: [a.name, b.name], episodes: [a.episodes, b.episodes] }, pair: [a, b] })
    }
  }
  return found
}
