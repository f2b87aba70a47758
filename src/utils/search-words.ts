/**
 * The words a search matches, the same in the build (the index, src/build/search-index.ts) and in
 * the browser (the query, episode-search.ts): lowercase, accents and other marks taken off ("Núñez" is
 * "nunez"), split at anything but a letter or a digit, without one-letter words and the commonest
 * English words, which find every episode.
 */

/** Built with RegExp: a site's Babel rewrites a `u`-flag literal into a much larger one. */
const MARKS = new RegExp(String.raw`\p{M}+`, "gu")
const NOT_WORD = new RegExp(String.raw`[^\p{L}\p{N}]+`, "u")

const STOP_WORDS = new Set(
  (
    "a an and are as at be but by for from has have how in into is it its of on or our that the their them they this to was " +
    "we were what when where which who will with you your about also can more new will join us episode episodes live"
  ).split(" "),
)

/**
 * The words of `text` as names, topics and searches compare them: lowercase, accents and other marks
 * taken off, split at anything but a letter or a digit, in order ("José Núñez-Díaz" → jose, nunez, diaz).
 */
export function plainWords(text: string): string[] {
  return text.normalize("NFD").replace(MARKS, "").toLowerCase().split(NOT_WORD).filter(Boolean)
}

/** The words of `text` a search matches, in order (repeats kept). */
export function searchWords(text: string): string[] {
  return plainWords(text).filter((word) => word.length > 1 && !STOP_WORDS.has(word))
}
