/** Plain text on one line, shortened at a word to at most `max` characters (with an ellipsis), or null. */
export function plainSummary(text: string | null, max = Infinity): string | null {
  if (text === null) return null
  const line = text.replace(/\s+/g, " ").trim()
  if (line === "") return null
  if (line.length <= max) return line
  const cut = line.slice(0, max - 1)
  const atWord = cut.lastIndexOf(" ")
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`
}
