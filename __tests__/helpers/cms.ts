/**
 * The parts of Decap CMS 3 (and Netlify CMS 2.14, whose code is the same there) that read and write
 * the show's file and make the list's summaries, for the unit tests:
 * - reading: gray-matter with the CMS's YAML engine, the yaml 1 package decap-cms-core depends on
 *   (decap-cms-app's own copy), with its `!timestamp` tag (an unquoted ISO time becomes a Date), then
 *   Immutable's fromJS (Immutable 3, as both CMSs);
 * - writing (decap-cms-core src/formats/yaml.ts, frontmatter.ts; backend.ts entryToRaw/fieldsOrder):
 *   yaml 1's createNode of the data, the top-level keys sorted by the entry's fields, nested keys in
 *   the data's own order; gray-matter's stringify around it;
 * - summaries: the real string template of decap-cms-lib-widgets, as the list widget calls it.
 */
import path from "path"
import matter from "gray-matter"
import { fromJS } from "immutable"
import { diffStat, unifiedDiff } from "../../src/cli/unified-diff"

const DECAP = path.dirname(require.resolve("decap-cms-app/package.json"))
/* eslint-disable @typescript-eslint/no-require-imports */
const yaml = require(require.resolve("yaml", { paths: [DECAP] })) as {
  parse: (text: string, options: object) => unknown
  createNode: (value: unknown) => { items: Array<{ key?: { toString: () => string } }> }
  Document: new () => { contents: unknown; toString: () => string }
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** decap-cms-core src/formats/yaml.ts */
const timestampTag = {
  identify: (value: unknown) => value instanceof Date,
  default: true,
  tag: "!timestamp",
  test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
  resolve: (text: string) => new Date(text),
  stringify: (value: { value?: unknown }) => (value as unknown as Date).toISOString(),
}

/** decap-cms-core src/formats/helpers.ts */
const sortKeys =
  (sortedKeys: string[] = [], selector: (item: { key?: { toString: () => string } }) => string | undefined) =>
  (a: { key?: { toString: () => string } }, b: { key?: { toString: () => string } }) => {
    const idxA = sortedKeys.indexOf(selector(a) ?? "")
    const idxB = sortedKeys.indexOf(selector(b) ?? "")
    if (idxA === -1 || idxB === -1) return 0
    if (idxA > idxB) return 1
    if (idxA < idxB) return -1
    return 0
  }

const engines = {
  yaml: {
    parse: (input: string) => {
      let content = input
      if (content && content.trim().endsWith("---")) content = content.trim().slice(0, -3)
      return yaml.parse(content, { customTags: [timestampTag] }) as object
    },
    stringify: (data: object, options?: object) => {
      const { sortedKeys } = (options ?? {}) as { sortedKeys?: string[] }
      const contents = yaml.createNode(data)
      contents.items.sort(sortKeys(sortedKeys, (item) => item.key?.toString()))
      const doc = new yaml.Document()
      doc.contents = contents
      return doc.toString()
    },
  },
}

/** The show file's data as the CMS reads it (decap-cms-core src/formats/frontmatter.ts fromFile). */
export function cmsRead(raw: string): Record<string, unknown> {
  const result = matter(raw, { engines, language: "yaml", delimiters: "---" } as never)
  return { ...result.data, ...(result.content.trim() && { body: result.content }) }
}

/** The file the CMS writes for `data` (frontmatter.ts toFile), top-level keys in `fieldsOrder`. */
export function cmsWrite(data: Record<string, unknown>, fieldsOrder: string[]): string {
  const { body = "", ...meta } = data as { body?: string }
  const trimLastLineBreak = body.slice(-1) !== "\n"
  const file = matter.stringify(body, meta, { engines, sortedKeys: fieldsOrder, language: "yaml", delimiters: "---" } as never)
  return trimLastLineBreak && file.slice(-1) === "\n" ? file.substring(0, file.length - 1) : file
}

export type ImmutableData = ReturnType<typeof fromJS> & {
  get: (key: string) => unknown
  set: (key: string, value: unknown) => ImmutableData
  setIn: (path: unknown[], value: unknown) => ImmutableData
  getIn: (path: unknown[]) => unknown
  updateIn: (path: unknown[], updater: (value: never) => unknown) => ImmutableData
  toJS: () => Record<string, unknown>
}

export const SHOW_FIELDS_ORDER = ["templateKey", "seo", "hero", "episodes", "callToAction", "footer"]

/**
 * A save in the CMS: the file read into Immutable data, `edit` (what the editor did in the form), the
 * preSave handler (handed the entry with its `raw`, as both CMSs do), and the file written back.
 */
export function cmsSave(
  raw: string,
  options: {
    edit?: (data: ImmutableData) => ImmutableData
    preSave?: (event: { entry: ImmutableData }) => unknown
    fieldsOrder?: string[]
    slug?: string
  } = {},
): string {
  let data = fromJS(cmsRead(raw)) as ImmutableData
  if (options.edit) data = options.edit(data)
  if (options.preSave) {
    const entry = (fromJS({ slug: options.slug ?? "openinfra-live", path: "src/pages/openinfra-live/index.md", raw }) as ImmutableData).set("data", data)
    const result = options.preSave({ entry })
    if (result !== undefined) data = result as ImmutableData
  }
  return cmsWrite(data.toJS(), options.fieldsOrder ?? SHOW_FIELDS_ORDER)
}

/** Lines removed and added between two texts (a unified diff's count). */
export function changedLines(before: string, after: string): { added: number; removed: number } {
  return diffStat(unifiedDiff(before, after, "file"))
}

/* The list widget's summary (decap-cms-widget-list ListControl handleSummary), with the real template code. */
let stringTemplate:
  | {
      compileStringTemplate: (template: string, date: null, identifier: string, data: unknown) => string
      addFileTemplateFields: (path: string, fields: unknown) => unknown
    }
  | undefined

export function cmsListSummary(summary: string, item: Record<string, unknown>, label: unknown, entryPath = "src/pages/openinfra-live/index.md"): string {
  if (stringTemplate === undefined) {
    // The library is a UMD bundle that names `window` as its root.
    const global = globalThis as unknown as { window?: unknown }
    global.window ??= globalThis
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    stringTemplate = (require(require.resolve("decap-cms-lib-widgets", { paths: [DECAP] })) as { stringTemplate: typeof stringTemplate }).stringTemplate!
  }
  const data = stringTemplate.addFileTemplateFields(entryPath, (fromJS(item) as ImmutableData).set("fields.label", label))
  return stringTemplate.compileStringTemplate(summary, null, "", data)
}
