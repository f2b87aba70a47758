/** URL slugs for episodes: readable, ASCII, unique within a page, stable across builds. */
import type { PlainDate } from "../utils/episode-time"

const MAX_WORDS_LENGTH = 80
/** Letters that Unicode normalization does not take apart into a base letter and a mark. */
const TRANSLITERATIONS: Record<string, string> = { ł: "l", đ: "d", ø: "o", æ: "ae", œ: "oe", ß: "ss", þ: "th", ð: "d", ı: "i" }

/**
 * Lowercase ASCII words joined by dashes. Words are split at white space only,
 * and every other character that is not a letter or digit is dropped, so a
 * case-only or punctuation-only edit of a title never changes its slug:
 * "Kata Containers: What's New?" and "Kata containers — whats new" give the same.
 */
export function slugify(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[łđøæœßþðı]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .replace(/[^a-z0-9\s]+/g, "")
    .trim()
    .split(/\s+/)
    .join("-")
  if (words.length <= MAX_WORDS_LENGTH) return words
  const cut = words.slice(0, MAX_WORDS_LENGTH + 1)
  const lastDash = cut.lastIndexOf("-")
  return (lastDash > 20 ? cut.slice(0, lastDash) : words.slice(0, MAX_WORDS_LENGTH)).replace(/-+$/, "")
}

/** `2021-07-22-kata-containers`: the episode's day (its `PlainDate`, the day in UTC), then the title. */
export function episodeSlug(day: PlainDate, title: string): string {
  const words = slugify(title)
  return words === "" ? day : `${day}-${words}`
}

/**
 * Makes slugs unique: a pinned slug (the episode's `slug` field) is kept as it
 * is, unless an earlier pinned one has it; any other repeat gets `-2`, `-3`…
 * in list order. The caller passes episodes in a stable order (by date, then
 * position in the file), so the same content always gives the same slugs.
 */
export function uniqueSlugs(items: ReadonlyArray<{ slug: string; pinned: boolean }>): string[] {
  const seen = new Set<string>()
  const pinned = items.map(({ slug, pinned }) => {
    if (!pinned || seen.has(slug)) return null
    seen.add(slug)
    return slug
  })
  return items.map(({ slug }, index) => {
    if (pinned[index] != null) return pinned[index]!
    let candidate = slug
    for (let suffix = 2; seen.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`
    seen.add(candidate)
    return candidate
  })
}
