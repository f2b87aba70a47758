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
