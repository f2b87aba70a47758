/** URL slugs for episodes: readable, ASCII, unique within a page, stable across builds. */

const MAX_WORDS_LENGTH = 80
/** Letters that Unicode normalization does not take apart into a base letter and a mark. */
const TRANSLITERATIONS: Record<string, string> = { ł: "l", đ: "d", ø: "o", æ: "ae", œ: "oe", ß: "ss", þ: "th", ð: "d", ı: "i" }

export function slugify(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[łđøæœßþðı]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  if (words.length <= MAX_WORDS_LENGTH) return words
  const cut = words.slice(0, MAX_WORDS_LENGTH + 1)
  const lastDash = cut.lastIndexOf("-")
  return (lastDash > 20 ? cut.slice(0, lastDash) : words.slice(0, MAX_WORDS_LENGTH)).replace(/-+$/, "")
}

/** `2021-07-22-kata-containers`: the UTC day, then the title. */
export function episodeSlug(isoDate: string, title: string): string {
  const day = isoDate.slice(0, 10)
  const words = slugify(title)
  return words === "" ? day : `${day}-${words}`
}

/**
 * Makes slugs unique in list order: a repeated slug gets `-2`, `-3`… The
 * caller passes episodes in a stable order (by date, then position in the
 * file), so the same content always gives the same slugs.
 */
export function uniqueSlugs(slugs: string[]): string[] {
  const seen = new Set<string>()
  return slugs.map((slug) => {
    let candidate = slug
    for (let suffix = 2; seen.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`
    seen.add(candidate)
    return candidate
  })
}
