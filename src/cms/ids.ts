/**
 * The `id`s the CMS writes into episodes before a save (see src/content/identity.ts
 * for what an id protects: a calendar subscriber's event, kept the same when an
 * episode is renamed or rescheduled).
 *
 * An episode without an id has the identity the build gives it: its video, else
 * its start. That identity only needs freezing when it is about to change, so
 * by default ("changed") a save writes an id into an episode without one only
 * when
 * - the episode is new (the file, as the editor opened it, does not have it):
 *   it gets the identity it has now, which its video or a new date would
 *   otherwise change later;
 * - the identity the build would give it now differs from the one it had in
 *   the file (its start or its video changed, or another episode took its
 *   place): it gets the identity it had, so nothing changes for subscribers.
 * Every other episode is written back as it was: saving an entry does not
 * rewrite the whole list. "all" writes an id into every episode without one
 * (the theme's first behaviour: one large commit that freezes everything), and
 * "off" never writes one.
 *
 * The save also keeps each episode's keys in the order the file has them (a
 * new id last), and gives a new episode the order the file's episodes mostly
 * have: both CMSs write an episode's keys in the order of its Immutable.js Map,
 * which past 8 keys is a hash order, so that an episode that gains a 9th key,
 * or that was edited by hand, would otherwise be rewritten whole.
 *
 * "The file as the editor opened it" is the entry's `raw` text, which both CMSs
 * keep on the entry they hand the preSave event. The CMS bundle carries no
 * YAML parser (see preview.tsx), so `readRawEpisodes` reads just what it needs
 * (the keys, and the values an identity needs) from the block YAML the CMSs
 * write; a file it cannot read (flow style, anchors, tags: written by hand, and
 * rewritten whole by the CMS's save anyway) is treated as unknown, and then
 * every episode without an id gets one, as with "all".
 */
import { parseEpisodeDate } from "../content/dates"
import { episodeIdentities } from "../content/identity"

export type EpisodeIdMode = "changed" | "all" | "off"

/** The Immutable.js Map an entry's data (and each episode) is, as far as this module uses it. */
export interface ImmutableMap {
  get: (key: string) => unknown
  set: (key: string, value: unknown) => ImmutableMap
  toJS: () => unknown
  /** Immutable's Map#sortBy: an OrderedMap in the order of the mapper's values. */
  sortBy?: (mapper: (value: unknown, key: string) => number) => ImmutableMap
}

interface ImmutableList {
  map: (mapper: (item: ImmutableMap, index: number) => ImmutableMap) => ImmutableList
  toJS: () => unknown[]
}

type Fields = Record<string, unknown>

/** An episode as the file has it: the fields an identity needs, and the order of all its keys. */
export interface FileEpisode {
  fields: Fields
  keys: string[]
}

export interface EpisodeSavePlan {
  /** The ids to write, by the episode's index. */
  ids: Map<number, string>
  /** The order to write an episode's keys in, by its index, where the file tells it. */
  order: Map<number, string[]>
}

const asFields = (episode: unknown): Fields => (typeof episode === "object" && episode !== null && !Array.isArray(episode) ? (episode as Fields) : {})

const parseDate = (raw: unknown) => {
  const date = parseEpisodeDate(raw)
  return date.ok ? date : null
}

const identitiesOf = (episodes: readonly unknown[]) => episodeIdentities(episodes, parseDate).map((identity) => identity.id)

const ownId = (episode: Fields): string | null => {
  const id = episode.id
  return id === undefined || id === null || String(id).trim() === "" ? null : String(id).trim()
}

const titleOf = (episode: Fields): string => {
  const title = episode.episodeTitle
  return typeof title === "string" || typeof title === "number" ? String(title).replace(/\s+/g, " ").trim().toLowerCase() : ""
}

/** Which episode of the file each episode of the entry is (index → index): by own id, then title and identity, title, identity. */
function matchEpisodes(fields: Fields[], now: Array<string | null>, keeps: boolean[], original: readonly FileEpisode[], before: Array<string | null>) {
  const matchOf = new Map<number, number>()
  const taken = new Set<number>()
  const theirs = original.map((episode) => episode.fields)
  const tiers: Array<(index: number, candidate: number) => boolean> = [
    (index, candidate) => keeps[index]! && ownId(theirs[candidate]!) === ownId(fields[index]!),
    (index, candidate) => now[index] !== null && now[index] === before[candidate] && titleOf(fields[index]!) === titleOf(theirs[candidate]!),
    (index, candidate) => titleOf(fields[index]!) !== "" && titleOf(fields[index]!) === titleOf(theirs[candidate]!),
    (index, candidate) => now[index] !== null && now[index] === before[candidate],
  ]
  for (const same of tiers) {
    fields.forEach((_, index) => {
      if (matchOf.has(index)) return
      const candidate = theirs.findIndex((__, j) => !taken.has(j) && same(index, j))
      if (candidate === -1) return
      matchOf.set(index, candidate)
      taken.add(candidate)
    })
  }
  return matchOf
}

/**
 * The order the file mostly gives an episode's keys: each key ranked by its mean relative position
 * in the episodes that have it (the CMSs write an episode's keys in the order their data has them,
 * which for a new episode is the order it was filled in, or Immutable's hash order past 8 keys).
 */
function usualOrder(original: readonly FileEpisode[]): string[] {
  const sums = new Map<string, { total: number; count: number; first: number }>()
  let seen = 0
  for (const { keys } of original) {
    keys.forEach((key, position) => {
      const entry = sums.get(key) ?? { total: 0, count: 0, first: (seen += 1) }
      entry.total += keys.length === 1 ? 0 : position / (keys.length - 1)
      entry.count += 1
      sums.set(key, entry)
    })
  }
  return [...sums.entries()]
    .sort(([, a], [, b]) => a.total / a.count - b.total / b.count || a.first - b.first)
    .map(([key]) => key)
    .filter((key) => key !== "id")
}

/**
 * What a save writes into a raw `episodes` list: the ids (see the top of this file) and the order of
 * each episode's keys. `original` is the list as the file had it when the editor opened it, or null
 * when that is not known: then every episode without a usable id gets one, as with "all", and the
 * keys stay in the CMS's order. An episode of the file keeps its keys in the file's order (a key it
 * did not have, such as a new id, comes last); a new one gets the order the file mostly uses.
 */
export function planEpisodeSave(episodes: readonly unknown[], original: readonly FileEpisode[] | null, mode: EpisodeIdMode = "changed"): EpisodeSavePlan {
  const ids = new Map<number, string>()
  const order = new Map<number, string[]>()
  const fields = episodes.map(asFields)
  const now = identitiesOf(episodes)
  // An own id the build uses stays; an own id it drops (not an id, or another episode's) is replaced.
  const keeps = fields.map((episode, index) => ownId(episode) !== null && ownId(episode) === now[index])
  const matchOf =
    original === null ? new Map<number, number>() : matchEpisodes(fields, now, keeps, original, identitiesOf(original.map((episode) => episode.fields)))

  if (mode === "all" || (mode === "changed" && original === null)) {
    now.forEach((id, index) => {
      if (id !== null && !keeps[index]) ids.set(index, id)
    })
  } else if (mode === "changed" && original !== null) {
    const before = identitiesOf(original.map((episode) => episode.fields))
    const ownIds = new Set(fields.flatMap((episode, index) => (keeps[index] ? [ownId(episode)!] : [])))
    const isNew: number[] = []
    fields.forEach((episode, index) => {
      if (keeps[index] || now[index] === null) return
      const match = matchOf.get(index)
      if (match === undefined) isNew.push(index)
      else {
        const had = before[match]
        // The identity it had, unless an episode now holds it as its own id (then the build would drop it).
        if (had !== null && had !== undefined && had !== now[index] && !ownIds.has(had)) ids.set(index, had)
        else if (ownId(episode) !== null) ids.set(index, now[index]!)
      }
    })
    // New episodes get the identity the build gives them once the ids above are written (which may
    // have taken their fallback: they then get its "-2"); an episode that moves then keeps its own.
    const withIds = () => episodes.map((episode, index) => (ids.has(index) ? { ...fields[index], id: ids.get(index) } : episode))
    const after = identitiesOf(withIds())
    for (const index of isNew) if (after[index] !== null) ids.set(index, after[index]!)
    identitiesOf(withIds()).forEach((id, index) => {
      if (!keeps[index] && !ids.has(index) && now[index] !== null && id !== now[index]) ids.set(index, now[index]!)
    })
  }

  if (original !== null) {
    const usual = usualOrder(original)
    fields.forEach((episode, index) => {
      const keys = Object.keys(episode)
      if (ids.has(index) && !keys.includes("id")) keys.push("id")
      const match = matchOf.get(index)
      const known = match === undefined ? usual : original[match]!.keys
      const extra = keys.filter((key) => !known.includes(key))
      // A key the file's episode does not have comes after its own, a new id last.
      const last = extra.includes("id") ? [...extra.filter((key) => key !== "id"), "id"] : extra
      order.set(index, [...known.filter((key) => keys.includes(key)), ...last])
    })
  }
  return { ids, order }
}

/** The ids a save writes (index → id): see planEpisodeSave. */
export function idsToWrite(episodes: readonly unknown[], original: readonly FileEpisode[] | null, mode: EpisodeIdMode = "changed"): Map<number, string> {
  return planEpisodeSave(episodes, original, mode).ids
}

/**
 * The entry's data as a save should write it (see planEpisodeSave): the ids written into its episodes,
 * each episode's keys in the file's order; the same data when there is nothing to change. `raw` is the
 * file's text as the editor opened it (the entry's `raw`); without it, every episode without an id
 * gets one and the keys keep the CMS's order.
 */
export function withEpisodeIds(data: ImmutableMap, options: { raw?: string | null; mode?: EpisodeIdMode } = {}): ImmutableMap {
  const episodes = data.get("episodes") as ImmutableList | undefined
  if (episodes === undefined || episodes === null || typeof episodes.map !== "function" || typeof episodes.toJS !== "function") return data
  const original = typeof options.raw === "string" && options.raw.trim() !== "" ? readRawEpisodes(options.raw) : null
  const list = episodes.toJS()
  const plan = planEpisodeSave(list, original, options.mode ?? "changed")
  let changed = false
  const saved = episodes.map((episode, index) => {
    let item = plan.ids.has(index) ? episode.set("id", plan.ids.get(index)) : episode
    const order = plan.order.get(index)
    // The order the item has now: setting a 9th key turns Immutable's small Map into a hashed one.
    const current = Object.keys(asFields(item === episode ? list[index] : item.toJS()))
    if (order !== undefined && typeof item.sortBy === "function" && order.join("\n") !== current.join("\n")) {
      const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length)
      item = item.sortBy((_, key) => rank(key))
    }
    if (item !== episode) changed = true
    return item
  })
  return changed ? data.set("episodes", saved) : data
}

/**
 * The CMS's preSave event handler for the show's entry (registerOpenInfraLive registers it): the
 * entry named `name`, or any entry whose templateKey is the show's. It returns the data to save, or
 * undefined (the entry as the editor left it) when there is nothing to change.
 */
export function showPreSave(options: { name: string | readonly string[]; templateKey: string; mode: EpisodeIdMode }) {
  const names: readonly string[] = typeof options.name === "string" ? [options.name] : options.name
  return ({ entry }: { entry: ImmutableMap }): ImmutableMap | undefined => {
    const data = entry.get("data") as ImmutableMap | undefined
    if (data === undefined || data === null || typeof data.get !== "function") return undefined
    const isShow = names.includes(String(entry.get("slug"))) || (data.get("templateKey") ?? null) === options.templateKey
    if (!isShow) return undefined
    // The file as the editor opened it: what tells a new or rescheduled episode from the others.
    const raw = entry.get("raw")
    const text = typeof raw === "string" ? raw : null
    if (options.mode === "changed" && text !== null && text.trim() !== "" && readRawEpisodes(text) === null && typeof console !== "undefined") {
      console.warn("gatsby-theme-openinfra-live: the show's file is not in the block YAML the CMS writes: every episode without an id gets one in this save.")
    }
    const saved = withEpisodeIds(data, { raw: text, mode: options.mode })
    return saved === data ? undefined : saved
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* The episodes' identity fields, read from the file's text                                          */
/* ------------------------------------------------------------------------------------------------ */

/** The fields `readRawEpisodes` reads: what an identity, and telling episodes apart, need. */
const READ = new Set(["id", "date", "youtubeEmbed", "youtubeLink", "episodeTitle"])

/** What both CMSs read into a Date (their `!timestamp` tag); every other plain value stays text. */
const CMS_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/

const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]},&*!|>%@`-][^\s:]*|-[^\s:]+))[ \t]*:(?:[ \t]+(.*))?$/

class Unreadable extends Error {}

const indentOf = (line: string) => line.length - line.trimStart().length
const isBlank = (line: string) => line.trim() === ""
const isComment = (line: string) => line.trimStart().startsWith("#")

/** The lines of the YAML front matter (or of the whole text, for a YAML file). */
function yamlLines(raw: string): string[] {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n")
  if (lines[0]?.trimEnd() !== "---") return lines
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line))
  return lines.slice(1, end === -1 ? lines.length : end)
}

/** A plain scalar's text without its comment. */
const withoutComment = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/(^|[ \t])#.*$/, ""))
    .join("\n")
    .trim()

/** YAML's folding of a flow scalar's lines: one line break is a space, n empty lines are n newlines. */
function fold(lines: string[]): string {
  let text = ""
  let breaks = 0
  lines.forEach((line, index) => {
    // Only the white space at a line break folds away.
    const start = index === 0 ? line : line.trimStart()
    const part = index === lines.length - 1 ? start : start.trimEnd()
    if (index > 0 && part === "" && index < lines.length - 1) {
      breaks += 1
      return
    }
    if (index > 0) text += breaks > 0 ? "\n".repeat(breaks) : " "
    breaks = 0
    text += part
  })
  return text
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
}

/** The end of a quoted scalar that starts `text`: the index of its closing quote. */
function closingQuote(text: string, quote: string): number {
  for (let index = 1; index < text.length; index += 1) {
    if (quote === '"' && text[index] === "\\") index += 1
    else if (text[index] === quote) {
      if (quote === "'" && text[index + 1] === "'") index += 1
      else return index
    }
  }
  throw new Unreadable()
}

function doubleQuoted(source: string[]): string {
  const text = source.join("\n")
  const close = closingQuote(text, '"')
  if (withoutComment(text.slice(close + 1)) !== "") throw new Unreadable()
  // Line breaks first (an escaped one, a line ending in an odd run of backslashes, joins the lines), then the escapes.
  const lines = text.slice(1, close).split("\n")
  const joined: string[] = []
  let current = lines[0]!
  for (const line of lines.slice(1)) {
    const backslashes = current.length - current.replace(/\\+$/, "").length
    if (backslashes % 2 === 1) current = current.slice(0, -1) + line.trimStart()
    else {
      joined.push(current)
      current = line
    }
  }
  joined.push(current)
  const folded = fold(joined)
  return folded.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, code: string) => {
    if (code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16))
    const escaped = ESCAPES[code]
    if (escaped === undefined) throw new Unreadable()
    return escaped
  })
}

function singleQuoted(lines: string[]): string {
  const text = lines.join("\n")
  const close = closingQuote(text, "'")
  if (withoutComment(text.slice(close + 1)) !== "") throw new Unreadable()
  return fold(text.slice(1, close).split("\n")).replace(/''/g, "'")
}

function blockScalar(header: string, lines: string[]): string {
  const match = /^([|>])([1-9])?([+-])?([1-9])?\s*(?:#.*)?$/.exec(header)
  if (match === null) throw new Unreadable()
  const [, style, , chomp] = match
  const first = lines.find((line) => !isBlank(line))
  const indent = first === undefined ? 0 : indentOf(first)
  const body = lines.map((line) => line.slice(Math.min(indent, indentOf(line))))
  while (body.length > 0 && body[body.length - 1] === "") body.pop()
  const trailing = chomp === "-" ? "" : "\n"
  if (style === "|") return body.length === 0 ? "" : body.join("\n") + trailing
  let text = ""
  body.forEach((line, index) => {
    if (index === 0) text = line
    else if (line === "" || body[index - 1] === "" || line.startsWith(" ")) text += `\n${line}`
    else text += ` ${line}`
  })
  return body.length === 0 ? "" : text.replace(/\n\n/g, "\n") + trailing
}

/** A value of a READ key, from the rest of its line and its continuation lines. */
function scalar(rest: string, more: string[]): unknown {
  const start = rest.trimStart()
  if (start === "" || start.startsWith("#")) {
    // A nested map or list (not an identity's value), or nothing.
    return more.some((line) => !isBlank(line) && !isComment(line)) ? {} : null
  }
  if (start.startsWith('"')) return doubleQuoted([start, ...more])
  if (start.startsWith("'")) return singleQuoted([start, ...more])
  if (start.startsWith("|") || start.startsWith(">")) return blockScalar(start, more)
  if (/^[[{&*!%@`]/.test(start)) throw new Unreadable()
  const text = fold([withoutComment(start), ...more.map((line) => (isComment(line) ? "" : withoutComment(line)))])
  if (text === "" || text === "~" || /^(?:null|Null|NULL)$/.test(text)) return null
  return CMS_TIMESTAMP.test(text) ? new Date(text) : text
}

/**
 * The episodes of a show file's text, with the fields an identity needs (`id`, `date`, the video
 * links, the title), read as the CMSs read them (an unquoted `2021-07-22T14:00:00.000Z` is a Date);
 * [] when the file has no episodes, null when the list is not written in plain block YAML.
 */
export function readRawEpisodes(raw: string): FileEpisode[] | null {
  try {
    return readEpisodes(yamlLines(raw))
  } catch (error) {
    if (error instanceof Unreadable) return null
    throw error
  }
}

function readEpisodes(lines: string[]): FileEpisode[] {
  const start = lines.findIndex((line) => /^episodes[ \t]*:/.test(line) || /^["']episodes["'][ \t]*:/.test(line))
  if (start === -1) return []
  const after = withoutComment(lines[start]!.replace(/^["']?episodes["']?[ \t]*:/, ""))
  if (after === "[]" || after === "~" || after === "null") return []
  if (after !== "") throw new Unreadable()
  // The list's lines: up to the next top-level key.
  let end = start + 1
  let seqIndent: number | null = null
  for (; end < lines.length; end += 1) {
    const line = lines[end]!
    if (isBlank(line) || isComment(line)) continue
    if (seqIndent === null) {
      if (!/^ *-(?:[ \t]|$)/.test(line)) {
        if (indentOf(line) === 0) break
        throw new Unreadable()
      }
      seqIndent = indentOf(line)
      continue
    }
    if (indentOf(line) < seqIndent || (indentOf(line) === 0 && !line.startsWith("-"))) break
  }
  if (seqIndent === null) return []
  const body = lines.slice(start + 1, end)

  const episodes: FileEpisode[] = []
  let episode: FileEpisode | null = null
  let keyIndent: number | null = null
  let key: string | null = null
  let rest = ""
  let more: string[] = []
  const close = () => {
    if (episode !== null && key !== null && READ.has(key)) episode.fields[key] = scalar(rest, more)
    key = null
    more = []
  }
  const startKey = (text: string) => {
    const match = KEY_LINE.exec(text)
    if (match === null) throw new Unreadable()
    key = match[1] ?? (match[2] === undefined ? undefined : match[2].replace(/''/g, "'")) ?? match[3]!
    rest = match[4] ?? ""
    if (episode !== null && !episode.keys.includes(key)) episode.keys.push(key)
  }
  for (const line of body) {
    const indent = indentOf(line)
    if (!isBlank(line) && indent === seqIndent && /^ *-(?:[ \t]|$)/.test(line)) {
      close()
      episode = { fields: {}, keys: [] }
      episodes.push(episode)
      const content = line.slice(indent + 1)
      const item = content.trimStart()
      if (item === "" || item.startsWith("#")) {
        keyIndent = null
        continue
      }
      keyIndent = indent + 1 + (content.length - item.length)
      startKey(item)
      continue
    }
    if (isBlank(line) || (key !== null && keyIndent !== null && indent > keyIndent)) {
      if (key !== null) more.push(line)
      continue
    }
    if (isComment(line)) continue
    if (episode === null) throw new Unreadable()
    if (keyIndent === null) keyIndent = indent
    if (indent !== keyIndent) throw new Unreadable()
    close()
    startKey(line.slice(indent))
  }
  close()
  return episodes
}
