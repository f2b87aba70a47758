/**
 * Which episode is live, which is next, which are upcoming and which are past,
 * at a given moment. Pure: the build calls it with its own clock for the static
 * HTML, and the browser calls it again with the viewer's clock. Computed from
 * each episode's `start` (see src/utils/episode-time.ts): nothing here reads a date's text.
 */
import type { Episode } from "../types"
import { byStart } from "./episode-time"

const MINUTE_MS = 60 * 1000
const DAY_MS = 24 * 60 * MINUTE_MS

type Timed = Pick<Episode, "start" | "dateOnly">

/** When an episode stops counting as upcoming: its start, or the end of its UTC day when only the day is known. */
export function upcomingUntil(episode: Timed): number {
  return episode.dateOnly ? episode.start + DAY_MS : episode.start
}

/**
 * When an episode's airing is over: its start plus the airing window, or the
 * end of its UTC day when only the day is known.
 */
export function airingEnd(episode: Timed, airingWindowMinutes: number): number {
  return episode.dateOnly ? upcomingUntil(episode) : episode.start + airingWindowMinutes * MINUTE_MS
}

/**
 * Whether the episode is on air at `now`: from its start until the airing window
 * has passed. An episode whose time of day is unknown is never live.
 */
export function isLive(episode: Timed, now: number, airingWindowMinutes: number): boolean {
  if (episode.dateOnly) return false
  return episode.start <= now && now < airingEnd(episode, airingWindowMinutes)
}

export interface Schedule<T> {
  /** The episode to feature: the one on air, else the next one; null when neither exists. */
  featured: T | null
  /** Whether the featured episode is on air. */
  live: boolean
  /** The other upcoming episodes, soonest first. */
  upcoming: T[]
  /** Episodes that have started (and are not featured), newest first. */
  past: T[]
}

/**
 * The schedule at `now`. When two episodes overlap on air, the one that started
 * last is featured and the other is listed with the past episodes.
 */
export function scheduleAt<T extends Timed & Pick<Episode, "number">>(episodes: readonly T[], now: number, airingWindowMinutes: number): Schedule<T> {
  const sorted = [...episodes].sort(byStart)
  const onAir = sorted.filter((episode) => isLive(episode, now, airingWindowMinutes))
  const upcoming = sorted.filter((episode) => upcomingUntil(episode) > now)
  const started = sorted.filter((episode) => upcomingUntil(episode) <= now).reverse()
  const live = onAir[onAir.length - 1] ?? null
  if (live !== null) return { featured: live, live: true, upcoming, past: started.filter((episode) => episode !== live) }
  const [next = null, ...later] = upcoming
  return { featured: next, live: false, upcoming: later, past: started }
}

/**
 * The next moment after `now` at which `scheduleAt` gives another answer (an
 * episode starts, an airing window closes, a day-only episode's day ends), or
 * null when nothing will change any more.
 */
export function nextScheduleChange(episodes: readonly Timed[], now: number, airingWindowMinutes: number): number | null {
  let next: number | null = null
  for (const episode of episodes) {
    const end = airingEnd(episode, airingWindowMinutes)
    const moments = episode.dateOnly ? [end] : [episode.start, end]
    for (const moment of moments) if (moment > now && (next === null || moment < next)) next = moment
  }
  return next
}
