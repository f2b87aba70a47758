/**
 * Plain text on one line, shortened at a word to at most `max` characters (with an ellipsis), or null.
 * Characters are Unicode code points: a cut never splits one (an emoji, a character outside the
 * Basic Multilingual Plane) into a lone surrogate, which a page would show as "�".
 */
export function plainSummary(text: string | null, max = Infinity): string | null {
  if (text === null) return null
  const line = text.replace(/\s+/g, " ").trim()
  if (line === "") return null
  const characters = Array.from(line)
  if (characters.length <= max) return line
  const cut = characters.slice(0, max - 1).join("")
  const atWord = cut.lastIndexOf(" ")
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`
}
