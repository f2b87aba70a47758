/** Which episodes are upcoming and which are past, at a given moment. */
import type { Episode } from "../types"

const DAY_MS = 24 * 60 * 60 * 1000

/** When an episode stops counting as upcoming: its start, or the end of its UTC day when only the day is known. */
export function upcomingUntil(episode: Pick<Episode, "date" | "dateOnly">): number {
  const start = Date.parse(episode.date)
  return episode.dateOnly ? start + DAY_MS : start
}

export interface Schedule<T> {
  /** Soonest first. */
  upcoming: T[]
  /** Newest first. */
  past: T[]
}

export function partitionEpisodes<T extends Pick<Episode, "date" | "dateOnly" | "number">>(episodes: readonly T[], now: number): Schedule<T> {
  const byDate = [...episodes].sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.number - b.number)
  const upcoming = byDate.filter((episode) => upcomingUntil(episode) > now)
  const past = byDate.filter((episode) => upcomingUntil(episode) <= now).reverse()
  return { upcoming, past }
}
