/** A chapter's start as YouTube writes it: `0:00`, `12:34`, `1:02:03`. Its own module: the chapter list of the episode page needs it, not the parser. */
export function formatChapterTime(start: number): string {
  const hours = Math.floor(start / 3600)
  const minutes = Math.floor((start % 3600) / 60)
  const rest = String(start % 60).padStart(2, "0")
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`
}
