/** Plain-text helpers for frontmatter values written by editors. */

/**
 * A frontmatter value as trimmed text: `null`, missing keys, empty and
 * blank strings all become null; numbers and booleans become their text
 * (YAML reads `episodeTitle: 2021` as a number).
 */
export function cleanText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (typeof value !== "string") return null
  const trimmed = value.trim()
  return trimmed === "" ? null : trimmed
}

/** `cleanText`, with every run of white space (new lines included) folded to one space. */
export function cleanLine(value: unknown): string | null {
  const text = cleanText(value)
  return text === null ? null : text.replace(/\s+/g, " ")
}

const YES = new Set(["true", "yes", "on", "1", "y"])
const NO = new Set(["false", "no", "off", "0", "n"])

/**
 * A yes/no value as editors write it, the same for every yes/no field (an
 * episode's `hidden`, the footer's `display`): a YAML boolean; the words
 * true/yes/on/y/1 and false/no/off/n/0 in any case, with spaces around; the
 * numbers 1 and 0. Null for anything else (`maybe`, `2`, a list), for the
 * caller to give its field's default and say so.
 */
export function readSwitch(value: unknown): boolean | null {
  if (typeof value === "boolean") return value
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null
  if (typeof value !== "string") return null
  const word = value.trim().toLowerCase()
  return YES.has(word) ? true : NO.has(word) ? false : null
}

/** True for a value that is present but of a kind no text field can hold (a list, a map). */
export function isWrongKind(value: unknown): boolean {
  return value !== null && value !== undefined && typeof value === "object" && !(value instanceof Date)
}

/** Decodes the few entities editors' HTML uses, for plain-text output. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (entity, code: string) => {
    const lower = code.toLowerCase()
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16))
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10))
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " }
    return named[lower] ?? entity
  })
}
