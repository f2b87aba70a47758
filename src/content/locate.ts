/**
 * Where a frontmatter field stands in its markdown file, so a message can say
 * `index.md:42:7` and an editor's editor can jump there. The frontmatter is
 * parsed a second time, with the `yaml` package, only for positions and for the
 * text of a value as written: its values are still read the way the build reads
 * them (gray-matter).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml"

export interface Position {
  /** 1-based line in the whole file. */
  line: number
  /** 1-based column. */
  column: number
}

export type FieldPath = ReadonlyArray<string | number>

/**
 * Finds the position of a frontmatter path; null when not even its first key is in the file. A plain
 * function is a Locate; `locator` also gives `text`.
 */
export interface Locate {
  (path: FieldPath): Position | null
  /**
   * The text of the scalar value at exactly this path, as the file writes it (quotes included,
   * comments left out): `2031-08-14T09:00:00+09:00` for `date: 2031-08-14T09:00:00+09:00`, which YAML
   * hands over as a Date. Null when the path is not in the file or holds a list or a map.
   */
  text?: (path: FieldPath) => string | null
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m

/** The YAML between the `---` lines, and the file line it starts on; null without frontmatter. */
export function frontmatterOf(source: string): { yaml: string; firstLine: number } | null {
  const opening = OPENING.exec(source)
  if (opening === null) return null
  const rest = source.slice(opening[0].length)
  const closing = CLOSING.exec(rest)
  return { yaml: closing === null ? rest : rest.slice(0, closing.index), firstLine: 2 }
}

/** A Locate for a markdown file's text (one that finds nothing for a file without frontmatter), with `text`. */
export function locator(source: string): Locate {
  const front = frontmatterOf(source)
  if (front === null) return Object.assign(() => null, { text: () => null })
  const yaml = front.yaml
  const lines = new LineCounter()
  const document = parseDocument(yaml, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false })
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset)
    return { line: line + front.firstLine - 1, column: col }
  }
  /** The node at `path` (undefined when a key is missing) and the position of the deepest key found. */
  const walk = (path: FieldPath): { node: unknown; found: Position | null } => {
    let node: unknown = document.contents
    let found: Position | null = null
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key))
        if (pair === undefined) return { node: undefined, found }
        const keyNode = pair.key as YamlNode
        if (keyNode.range) found = at(keyNode.range[0])
        node = pair.value
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as YamlNode | undefined
        if (item === undefined) return { node: undefined, found }
        if (item.range) found = at(item.range[0])
        node = item
      } else {
        return { node: undefined, found }
      }
    }
    return { node, found }
  }
  const locate = (path: FieldPath) => walk(path).found
  const text = (path: FieldPath): string | null => {
    let { node } = walk(path)
    // `date: *when` stands for the scalar its anchor names.
    if (isAlias(node)) node = node.resolve(document)
    return isScalar(node) && node.range ? yaml.slice(node.range[0], node.range[1]) : null
  }
  return Object.assign(locate, { text })
}

/** The first problem the `yaml` package finds in a file's frontmatter, with its position; null when it parses. */
export function yamlError(source: string): { message: string; position: Position } | null {
  const front = frontmatterOf(source)
  if (front === null) return null
  const lines = new LineCounter()
  const document = parseDocument(front.yaml, { lineCounter: lines, uniqueKeys: false })
  const error = document.errors[0]
  if (error === undefined) return null
  const { line, col } = lines.linePos(error.pos[0])
  // The package's message ends with a code excerpt and repeats the position: keep its first line.
  const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")
  return { message, position: { line: line + front.firstLine - 1, column: col } }
}
