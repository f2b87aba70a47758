/** Serializing structured data for the page's <head> (the data itself is made at build time: src/node/json-ld.ts). */
import type { JsonLd } from "../types"

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` as \u escapes,
 * so no content can close the script element or open a comment, and the
 * line separators JavaScript once refused.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}
