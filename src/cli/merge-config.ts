/**
 * `cms-config --config`: the theme's fields merged into the show's entry of a
 * site's own CMS config, as edits to the config's text. Everything else in the
 * file stays byte for byte (its comments, its quoting, its flow style), and so
 * does everything the site chose in the entry:
 * - the entry is found where it is (a file of a `files` collection, or a folder
 *   collection), and keeps its name, label and file;
 * - a field the site has keeps its widget and its options (a `file` widget and
 *   its media_folder/public_folder), its label, `required` and default; it
 *   gains the theme's hint where it has none (when the hint fits its widget),
 *   and the theme's default where it has none;
 * - the site's order is kept; a field the theme adds goes at the end of its
 *   list (or, when the file already has the key, where the file has it);
 * - a field of the show's format the site's entry does not have (Facebook, say)
 *   was removed on purpose, and stays out, unless the theme needs it (NEEDED)
 *   or `add` names it; a field the theme introduced since (an episode's slug,
 *   the logo…) is added, unless `omit` names it;
 * - the episode list gets the theme's summary and singular label where it has
 *   none, and a summary that reads a date with `fields.` (which both CMSs hand
 *   the date filter as quoted JSON: "Invalid date") is repaired.
 * Everything it did, and kept, is listed in `notes`.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml"
import { showCollection } from "../cms/collection"

/** The theme's fields that have to be in the entry, whatever the site removed: the build and the CMS's ids need them. */
export const NEEDED = ["templateKey", "episodes", "episodes.date", "episodes.episodeTitle", "episodes.id"]

/**
 * The show's format before the theme (the foundation's config): a field of these the site's entry
 * lacks was removed by the site. Any other field of the theme is newer than the site's entry, and is
 * added. This list never grows: a field the theme adds later is, by definition, not in it.
 */
export const FORMAT_BEFORE_THE_THEME = [
  "templateKey",
  "seo",
  "seo.title",
  "seo.description",
  "seo.url",
  "seo.image",
  "seo.twitterUsername",
  "hero",
  "hero.title",
  "hero.description",
  "episodes",
  "episodes.episodeTitle",
  "episodes.date",
  "episodes.episodeDescription",
  "episodes.episodeSpeakers",
  "episodes.youtubeEmbed",
  "episodes.youtubeLink",
  "episodes.facebookLink",
  "episodes.linkedinLink",
  "episodes.superuserRecap",
  "episodes.spotifyLink",
  "episodes.applePodcastsLink",
  "episodes.calendarInvite",
  "episodes.hidden",
  "footer",
  "footer.title",
  "footer.subTitle",
  "footer.button",
  "footer.buttonText",
  "footer.display",
]

/** The theme's hint for a field the site gives another widget than the theme's, where the theme's would mislead. */
const HINTS_FOR_WIDGET: Record<string, Record<string, string>> = {
  "episodes.calendarInvite": {
    file: "A hand-made invite (.ics), uploaded here. Leave empty: the site makes one.",
  },
}

/** The keys of a theme field the merge adds to a site's field that lacks them. */
const ADVISORY_KEYS = ["hint", "default", "summary", "label_singular"]

/** Widgets whose values are text alike: a hint written for one fits the others. */
const TEXT_WIDGETS = new Set(["string", "text", "markdown"])

export interface MergeOptions {
  /** The show's file, from the site's root (as the config's `file:` has it). Default: src/pages/openinfra-live/index.md. */
  file?: string
  /** The show's templateKey. Default: openinfra-live. */
  templateKey?: string
  /**
   * Whether `file` was named (else it is the default, and an entry whose templateKey is the show's
   * is taken when no entry edits that file).
   */
  fileGiven?: boolean
  /** The show file's front matter, when it could be read (or how to read it): which fields the content uses. */
  content?: Record<string, unknown> | null | ((file: string) => Record<string, unknown> | null)
  /** Theme fields not to add (paths such as episodes.slug or callToAction). */
  omit?: string[]
  /** Fields of the show's format the site removed, to add back all the same (episodes.facebookLink). */
  add?: string[]
}

export interface Note {
  kind: "added" | "hint" | "default" | "summary" | "kept" | "kept out" | "warning"
  path: string
  text: string
}

export interface MergeResult {
  /** The config's new text (the same text when nothing changes). */
  text: string
  /** The entry's name: the preview and the ids are registered under it. */
  name: string
  /** Where the entry is: `files` entry "x" of collection "y", or folder collection "y". */
  where: string
  /** The file the entry edits. */
  file: string
  notes: Note[]
}

export class ConfigError extends Error {}

/* ------------------------------------------------------------------------------------------------ */
/* Reading the config                                                                                */
/* ------------------------------------------------------------------------------------------------ */

/**
 * The config parsed, with every node's offsets in the original text. Netlify CMS 2 and Decap CMS 3
 * read config.yml with yaml 1, which lets a flow list end at its block's indentation:
 *     - { label: SEO, name: seo, widget: object, fields: [
 *       { label: Title, name: title },
 *     ] }
 * (the foundation's config is written so). YAML 1.2, and the yaml 2 of the theme, does not: such a
 * closing line is read here indented like the line before it, and offsets are mapped back.
 */
interface ParsedConfig {
  doc: Document
  /** An offset in the parsed text → the offset in the original text. */
  original: (offset: number) => number
}

function parseConfig(text: string): ParsedConfig {
  const lines = text.split("\n")
  const shifts: Array<{ at: number; count: number; originalAt: number }> = []
  let previousIndent = 0
  let originalOffset = 0
  let added = 0
  const patched = lines.map((line) => {
    const body = line.trimStart()
    const indent = line.length - body.length
    let result = line
    const closing = body.startsWith("]") || body.startsWith("}")
    if (closing && previousIndent > indent) {
      const count = previousIndent - indent
      shifts.push({ at: originalOffset + added, count, originalAt: originalOffset })
      added += count
      result = " ".repeat(count) + line
    }
    if (body !== "" && !body.startsWith("#")) previousIndent = closing ? Math.max(indent, previousIndent) : indent
    originalOffset += line.length + 1
    return result
  })
  const doc = parseDocument(patched.join("\n"))
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    const line = error.linePos?.[0]
    throw new ConfigError(`the config is not YAML the CMS can read${line ? ` (line ${line.line}, column ${line.col})` : ""}: ${error.message.split("\n")[0]}`)
  }
  const original = (offset: number) => {
    let result = offset
    for (const shift of shifts) {
      if (shift.at > offset) break
      result -= offset < shift.at + shift.count ? offset - shift.at : shift.count
    }
    return result
  }
  return { doc, original }
}

const str = (node: unknown): string | null => (isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : null)

const pairOf = (map: YAMLMap, key: string): Pair<Node, Node> | undefined => (map.items as Array<Pair<Node, Node>>).find((pair) => str(pair.key) === key)

const valueOf = (map: YAMLMap, key: string): Node | null => pairOf(map, key)?.value ?? null

const normalizePath = (file: string) => file.replace(/\\/g, "/").replace(/^\.\//, "").replace(/^\/+/, "")

interface ShowEntry {
  entry: YAMLMap
  fields: YAMLSeq
  name: string
  where: string
  file: string
}

/** The entry whose fields edit the show's file: a `files` entry with that file, else a folder collection holding it. */
function findEntry(doc: Document, file: string, templateKey: string): { found: ShowEntry | null; byTemplateKey: ShowEntry[] } {
  const collections = doc.get("collections", true)
  if (!isSeq(collections)) throw new ConfigError("the config has no `collections:` list")
  const wanted = normalizePath(file)
  const candidates: ShowEntry[] = []
  const byTemplateKey: ShowEntry[] = []
  for (const collection of collections.items) {
    if (!isMap(collection)) continue
    const collectionName = str(valueOf(collection, "name")) ?? "?"
    const files = valueOf(collection, "files")
    if (isSeq(files)) {
      for (const entry of files.items) {
        if (!isMap(entry)) continue
        const fields = valueOf(entry, "fields")
        const entryFile = str(valueOf(entry, "file"))
        if (!isSeq(fields) || entryFile === null) continue
        const found = {
          entry,
          fields,
          name: str(valueOf(entry, "name")) ?? "",
          where: `the file "${str(valueOf(entry, "name"))}" of the files collection "${collectionName}"`,
          file: normalizePath(entryFile),
        }
        if (found.file === wanted) candidates.push(found)
        else if (templateKeyOf(fields) === templateKey) byTemplateKey.push(found)
      }
    }
    const folder = str(valueOf(collection, "folder"))
    const fields = valueOf(collection, "fields")
    if (folder !== null && isSeq(fields)) {
      const extension = str(valueOf(collection, "extension")) ?? "md"
      const directory = normalizePath(folder).replace(/\/+$/, "")
      const nested = valueOf(collection, "nested") !== null
      const inside = wanted.startsWith(`${directory}/`) && (nested || !wanted.slice(directory.length + 1).includes("/"))
      const found = { entry: collection, fields, name: collectionName, where: `the folder collection "${collectionName}" (${directory}/)`, file: wanted }
      if (inside && wanted.endsWith(`.${extension}`)) candidates.push(found)
      else if (templateKeyOf(fields) === templateKey) byTemplateKey.push({ ...found, file: `${directory}/…` })
    }
  }
  return { found: candidates[0] ?? null, byTemplateKey: byTemplateKey.filter((entry) => !entry.file.endsWith("…")) }
}

/** The default of an entry's hidden templateKey field. */
function templateKeyOf(fields: YAMLSeq): string | null {
  const field = fields.items.find((item) => isMap(item) && str(valueOf(item, "name")) === "templateKey")
  return isMap(field) ? str(valueOf(field, "default")) : null
}

/* ------------------------------------------------------------------------------------------------ */
/* Writing YAML in the site's style                                                                  */
/* ------------------------------------------------------------------------------------------------ */

const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i

/** A value as YAML that reads the same in a flow collection and in a block: plain when it can be, else JSON's quotes. */
export function flowValue(value: unknown): string {
  if (value === null || value === undefined) return "null"
  if (typeof value === "boolean" || typeof value === "number") return String(value)
  if (Array.isArray(value)) return `[${value.map(flowValue).join(", ")}]`
  if (typeof value === "object") {
    const pairs = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${flowValue(key)}: ${flowValue(item)}`)
    return pairs.length === 0 ? "{}" : `{ ${pairs.join(", ")} }`
  }
  const text = String(value)
  return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(text) && !RESERVED.test(text) ? text : JSON.stringify(text)
}

type ThemeField = Record<string, unknown> & { name: string; fields?: ThemeField[] }

/** A new field as a flow map, its subfields one a line below it: how the foundation's config writes fields. */
function flowField(field: ThemeField, indent: number, closingIndent: number): string {
  const { fields, ...own } = field
  const head = Object.entries(own).map(([key, value]) => `${flowValue(key)}: ${flowValue(value)}`)
  if (!Array.isArray(fields)) return `{ ${head.join(", ")} }`
  const children = fields.map((child) => `${" ".repeat(indent + 2)}${flowField(child, indent + 2, indent + 2)},`)
  return `{ ${[...head, "fields: ["].join(", ")}\n${children.join("\n")}\n${" ".repeat(closingIndent)}] }`
}

/** A new field as a block map, the item of a block list whose dashes are at `dashIndent`, as `cms-config` prints its own. */
function blockField(field: ThemeField, dashIndent: number): string {
  const lines = stringify([field], { lineWidth: 0 }).replace(/\n$/, "").split("\n")
  return lines.map((line, index) => (index === 0 ? line.slice(2) : " ".repeat(dashIndent) + line)).join("\n")
}

/* ------------------------------------------------------------------------------------------------ */
/* The merge                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

interface Edit {
  at: number
  remove: number
  insert: string
  /** How deep in the entry the edit is: of edits at one offset, the deeper comes first in the text. */
  depth: number
}

const lineStart = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1
const columnOf = (text: string, offset: number) => offset - lineStart(text, offset)

function widgetOf(map: YAMLMap): string {
  return str(valueOf(map, "widget")) ?? "string"
}

/** How many items of a list in the content (or 1 for an object) have a value for `key`. */
function usedIn(content: unknown, key: string): number {
  const has = (item: unknown) =>
    typeof item === "object" && item !== null && !Array.isArray(item) && ![undefined, null, ""].includes((item as Record<string, unknown>)[key] as never)
  if (Array.isArray(content)) return content.filter(has).length
  return has(content) ? 1 : 0
}

export function mergeShowEntry(text: string, options: MergeOptions = {}): MergeResult {
  const file = normalizePath(options.file ?? "src/pages/openinfra-live/index.md")
  const templateKey = options.templateKey ?? "openinfra-live"
  const { doc, original } = parseConfig(text)
  const located = findEntry(doc, file, templateKey)
  const other = located.byTemplateKey[0]
  const found = located.found ?? (options.fileGiven ? null : (other ?? null))
  if (found === null) {
    const hint = other === undefined ? "" : `; the entry "${other.name}" (${other.file}) has the templateKey ${templateKey}: --file ${other.file}?`
    throw new ConfigError(`no entry of the config edits ${file} (no files entry with that file, no folder collection holding it)${hint}`)
  }
  const content = typeof options.content === "function" ? options.content(found.file) : (options.content ?? null)
  const notes: Note[] = []
  if (located.found === null)
    notes.push({
      kind: "warning",
      path: "(entry)",
      text: `no entry edits ${file}: this one has the show's templateKey (${templateKey}), and edits ${found.file}`,
    })
  const omit = new Set(options.omit ?? [])
  const add = new Set(options.add ?? [])
  const edits: Edit[] = []
  const note = (kind: Note["kind"], path: string, what: string) => notes.push({ kind, path, text: what })

  const show = (showCollection({ file: found.file, name: found.name, templateKey }).files as Array<{ fields: ThemeField[] }>)[0]!

  /** Adds `key: value` to a field map of the site's, in its style: before its subfields, else after its last key. */
  const addPair = (map: YAMLMap, key: string, value: unknown, depth: number) => {
    const pairs = map.items as Array<Pair<Node, Node>>
    const before = pairs.find((pair) => ["fields", "field", "types"].includes(str(pair.key) ?? ""))
    const rendered = `${key}: ${flowValue(value)}`
    if (map.flow) {
      if (before?.key?.range) edits.push({ at: original(before.key.range[0]), remove: 0, insert: `${rendered}, `, depth })
      else {
        const last = pairs[pairs.length - 1]
        const end = last?.value?.range?.[1] ?? last?.key?.range?.[1]
        if (end === undefined) edits.push({ at: original(map.range![0]) + 1, remove: 0, insert: ` ${rendered} `, depth })
        else edits.push({ at: original(end), remove: 0, insert: `, ${rendered}`, depth })
      }
      return
    }
    const firstKey = pairs[0]?.key?.range?.[0]
    const indent = firstKey === undefined ? 0 : columnOf(text, original(firstKey))
    if (before?.key?.range) {
      const at = lineStart(text, original(before.key.range[0]))
      edits.push({ at, remove: 0, insert: `${" ".repeat(indent)}${rendered}\n`, depth })
    } else {
      const end = original(map.range![1])
      if (text[end - 1] === "\n") edits.push({ at: end, remove: 0, insert: `${" ".repeat(indent)}${rendered}\n`, depth })
      else edits.push({ at: end, remove: 0, insert: `\n${" ".repeat(indent)}${rendered}`, depth })
    }
  }

  /** Inserts a new field into a site's `fields` list, in the style of the list and of its items. */
  const insertField = (list: YAMLSeq, field: ThemeField, beforeIndex: number | null, depth: number) => {
    const items = list.items.filter((item) => isMap(item) || isScalar(item)) as Node[]
    const sample = beforeIndex === null ? items[items.length - 1] : (list.items[beforeIndex] as Node | undefined)
    if (sample === undefined || sample.range === undefined || sample.range === null) {
      throw new ConfigError("an empty `fields` list: add the show's fields by hand, or remove the list and run again")
    }
    const sampleStart = original(sample.range[0])
    const itemIndent = columnOf(text, sampleStart)
    const flowItem = isMap(sample) && sample.flow === true
    if (list.flow) {
      const rendered = flowItem ? flowField(field, itemIndent, itemIndent) : flowValue(field)
      if (beforeIndex !== null) edits.push({ at: sampleStart, remove: 0, insert: `${rendered},\n${" ".repeat(itemIndent)}`, depth })
      else {
        let end = original(sample.range[1])
        while (end < text.length && /[ \t]/.test(text[end]!)) end += 1
        if (text[end] === ",") edits.push({ at: end + 1, remove: 0, insert: `\n${" ".repeat(itemIndent)}${rendered},`, depth })
        else edits.push({ at: original(sample.range[1]), remove: 0, insert: `,\n${" ".repeat(itemIndent)}${rendered}`, depth })
      }
      return
    }
    // A block list: the item's line starts with its dash.
    const dashLine = lineStart(text, sampleStart)
    const dashIndent = text.slice(dashLine).search(/\S/)
    const rendered = flowItem ? flowField(field, dashIndent + 2, dashIndent + 2) : blockField(field, dashIndent)
    const line = `${" ".repeat(dashIndent)}- ${rendered}\n`
    if (beforeIndex !== null) edits.push({ at: dashLine, remove: 0, insert: line, depth })
    else {
      const end = original(list.range![1])
      if (text[end - 1] === "\n") edits.push({ at: end, remove: 0, insert: line, depth })
      else edits.push({ at: end, remove: 0, insert: `\n${line.replace(/\n$/, "")}`, depth })
    }
  }

  const mergeFields = (list: YAMLSeq, theme: ThemeField[], prefix: string, content: unknown, depth: number) => {
    const siteItems = list.items.filter(isMap) as YAMLMap[]
    const byName = new Map(siteItems.map((item) => [str(valueOf(item, "name")) ?? "", item]))
    const themeNames = new Set(theme.map((field) => field.name))
    // Where a field the site lacks goes: at the end of the list, unless the file has the key (then after the
    // nearest key before it in the file that the list has: both CMSs write top-level keys in the fields' order).
    const fileKeys = typeof content === "object" && content !== null && !Array.isArray(content) ? Object.keys(content) : []
    const positionFor = (name: string): number | null => {
      const at = fileKeys.indexOf(name)
      if (at === -1) return null
      for (let j = at - 1; j >= 0; j -= 1) {
        const previous = byName.get(fileKeys[j]!)
        if (previous !== undefined) {
          const index = list.items.indexOf(previous)
          return index === list.items.length - 1 ? null : index + 1
        }
      }
      const first = fileKeys
        .slice(at + 1)
        .map((key) => byName.get(key))
        .find((item) => item !== undefined)
      return first === undefined ? null : list.items.indexOf(first)
    }
    theme.forEach((field) => {
      const path = `${prefix}${field.name}`
      const site = byName.get(field.name)
      if (site !== undefined) {
        mergeField(site, field, path, content, depth)
        return
      }
      const needed = NEEDED.includes(path)
      const usedBefore = FORMAT_BEFORE_THE_THEME.includes(path)
      const uses = usedIn(content, field.name)
      if (!needed && omit.has(path)) {
        note("kept out", path, "left out, as --omit asks")
        return
      }
      if (!needed && !add.has(path) && usedBefore) {
        const where = Array.isArray(content) ? `${uses} of ${content.length} in the file have one` : uses > 0 ? "the file has one" : "the file has none"
        note("kept out", path, `not in the site's entry, so left out (${where}; the build still reads it): --add ${path} brings it back`)
        return
      }
      insertField(list, field, positionFor(field.name), depth)
      note("added", path, needed ? `${describeField(field)} (the theme needs it)` : describeField(field))
    })
    // What the site has that the theme does not read.
    const extra = siteItems.map((item) => str(valueOf(item, "name")) ?? "").filter((name) => name !== "" && !themeNames.has(name))
    if (extra.length > 0)
      note(
        "kept",
        prefix.replace(/\.$/, "") || "(entry)",
        `the site's own ${extra.length === 1 ? "field" : "fields"} ${extra.join(", ")}: kept (the theme does not read ${extra.length === 1 ? "it" : "them"})`,
      )
  }

  const mergeField = (site: YAMLMap, theme: ThemeField, path: string, parentContent: unknown, depth: number) => {
    const siteWidget = widgetOf(site)
    const themeWidget = String(theme.widget ?? "string")
    const sameKind = siteWidget === themeWidget || (TEXT_WIDGETS.has(siteWidget) && TEXT_WIDGETS.has(themeWidget))
    if (siteWidget !== themeWidget) {
      const options = ["media_folder", "public_folder"]
        .map((key) => [key, str(valueOf(site, key))] as const)
        .filter(([, value]) => value !== null)
        .map(([key, value]) => `${key} ${value}`)
      note("kept", path, `the site's widget ${siteWidget}${options.length > 0 ? ` (${options.join(", ")})` : ""}; the theme's is ${themeWidget}`)
    }
    for (const key of ADVISORY_KEYS) {
      if (!(key in theme) || pairOf(site, key) !== undefined) continue
      let value = theme[key]
      if (key === "hint") {
        const special = HINTS_FOR_WIDGET[path]?.[siteWidget]
        if (special !== undefined) value = special
        else if (!sameKind) continue
        // The theme's date hint speaks of UTC: only true where the picker is in UTC.
        if (path === "episodes.date" && str(valueOf(site, "picker_utc")) !== "true") {
          note("kept", path, "no hint added: the theme's speaks of UTC, and the site's picker is in the editor's zone (picker_utc is not set)")
          continue
        }
      }
      if (key === "default" && !sameKind) continue
      addPair(site, key, value, depth + 0.5)
      if (key === "hint") note("hint", path, String(value))
      else if (key === "default") note("default", path, `default: ${flowValue(value)}`)
      else note("summary", path, `${key}: ${flowValue(value)}`)
    }
    if ("default" in theme && pairOf(site, "default") !== undefined) {
      const siteDefault = str(valueOf(site, "default"))
      if (siteDefault !== null && siteDefault !== String(theme.default) && path !== "templateKey") {
        const meaning = path === "episodes.hidden" && siteDefault === "true" ? ": a new episode starts as a draft" : ""
        note("kept", path, `the site's default ${siteDefault}${meaning} (the theme's is ${flowValue(theme.default)})`)
      }
    }
    if (
      siteWidget === "datetime" &&
      typeof str(valueOf(site, "time_format")) === "string" &&
      valueOf(site, "date_format") === null &&
      valueOf(site, "format") === null
    ) {
      // decap-cms-widget-datetime 3: a time_format alone makes a time picker, whose value is the time alone.
      note(
        "warning",
        path,
        `time_format without date_format: fine in Netlify CMS 2, but Decap CMS 3 makes it a time-only picker that writes the time alone ("12:00") as the date; remove time_format before moving to Decap CMS 3`,
      )
    }
    if (path === "templateKey") {
      const siteDefault = str(valueOf(site, "default"))
      if (siteDefault !== null && siteDefault !== templateKey)
        note("warning", path, `its default is ${siteDefault}, not ${templateKey}: new files would not be the show's`)
    }
    const summary = valueOf(site, "summary")
    const summaryText = str(summary)
    if (summary !== null && summaryText !== null && summary.range) {
      // `fields.date | date(...)` hands the filter the date as quoted JSON when the file has it unquoted: "Invalid date".
      const dateFields = Array.isArray(theme.fields)
        ? theme.fields.filter((field) => ["datetime", "date"].includes(String(field.widget))).map((field) => field.name)
        : []
      const repaired = summaryText.replace(/\{\{\s*fields\.([\w.]+)(\s*\|\s*date\()/g, (whole, name: string, filter: string) =>
        dateFields.includes(name) ? `{{${name}${filter.replace(/^\s*/, " ")}` : whole,
      )
      if (repaired !== summaryText) {
        edits.push({ at: original(summary.range[0]), remove: original(summary.range[1]) - original(summary.range[0]), insert: flowValue(repaired), depth })
        note(
          "summary",
          path,
          `summary: ${flowValue(repaired)} (it read the date as fields.…, which the CMSs hand the date filter as quoted JSON: "Invalid date")`,
        )
      }
    }
    if (Array.isArray(theme.fields)) {
      const subfields = valueOf(site, "fields")
      const content = Array.isArray(parentContent)
        ? parentContent.flatMap((item) => {
            const value = typeof item === "object" && item !== null ? (item as Record<string, unknown>)[theme.name] : undefined
            return Array.isArray(value) ? value : value === undefined ? [] : [value]
          })
        : typeof parentContent === "object" && parentContent !== null
          ? (parentContent as Record<string, unknown>)[theme.name]
          : undefined
      if (isSeq(subfields))
        mergeFields(subfields, theme.fields, `${path}.`, themeWidgetIsList(theme) ? (Array.isArray(content) ? content : []) : content, depth + 1)
      else
        note(
          "kept",
          path,
          `the site's ${siteWidget} has no \`fields:\` list: the theme's ${theme.fields.map((field) => field.name).join(", ")} were not merged`,
        )
    }
  }

  mergeFields(found.fields, show.fields, "", content ?? undefined, 0)

  // Both CMSs write the file's top-level keys in the entry's field order (nested keys as they come).
  if (content) {
    const fileKeys = Object.keys(content)
    const configKeys = (found.fields.items.filter(isMap) as YAMLMap[]).map((item) => str(valueOf(item, "name")) ?? "")
    const ranked = configKeys.filter((key) => fileKeys.includes(key))
    const inFile = fileKeys.filter((key) => ranked.includes(key))
    if (ranked.join() !== inFile.join()) {
      note(
        "warning",
        "(entry)",
        `the CMS writes the file's top-level keys in the entry's order (${ranked.join(", ")}), and the file has ${inFile.join(", ")}: its first save will move them`,
      )
    }
  }

  const merged = applyEdits(text, edits)
  return { text: merged, name: found.name, where: found.where, file: found.file, notes }
}

const themeWidgetIsList = (field: ThemeField) => field.widget === "list"

function describeField(field: ThemeField): string {
  const widget = String(field.widget ?? "string")
  return `${JSON.stringify(String(field.label ?? field.name))}, widget ${widget}`
}

function applyEdits(text: string, edits: Edit[]): string {
  // From the end, so that offsets stay right. Of edits at one offset (a key added to a list's last field,
  // fields added at the end of that field's list and of its parent's), the deepest goes first in the text,
  // then the order they were made in: they are applied in the reverse of that.
  const ordered = edits.map((edit, index) => ({ ...edit, index })).sort((a, b) => b.at - a.at || a.depth - b.depth || b.index - a.index)
  let result = text
  for (const edit of ordered) result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at + edit.remove)
  return result
}
