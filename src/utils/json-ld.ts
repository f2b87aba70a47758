/** Serializing structured data for the page's <head> (the data itself is made at build time: src/node/json-ld.ts). */
import type { JsonLd } from "../types"

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` as \u escapes,
 * so no content can close the script element or open a comment, and the
 * line separators JavaScript once refused.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)
}
