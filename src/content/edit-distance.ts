/**
 * The Levenshtein distance of two strings (insertions, deletions and substitutions of one UTF-16 unit
 * each): for a misspelt option's suggestion, and for names that are probably one person's.
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}
