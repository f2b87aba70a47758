/** Serializing structured data for the page's <head> (the data itself is made at build time: src/content/json-ld.ts). */
import type { JsonLd } from "../types"

/**
 * JSON for a <script type="application/ld+json">, with every `<` written `\u003c`: inside a script
 * element, only `</script` and `<!--` change how HTML reads the text, and both begin with `<`.
 * JSON readers take the escape as the same character.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
