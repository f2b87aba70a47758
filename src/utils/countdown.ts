/**
 * The time left before an episode, as the "Up next" heading shows it: loaded by the Countdown
 * component after the page has hydrated (not part of the page's first load), and pure but for
 * `runCountdown`'s timers.
 */

import { ticking } from "./ticker"

/** What the countdown shows and says at a moment. */
export interface CountdownState {
  /** "in 3 days", "tomorrow", "in 2 h 15 min", "in 4 min", "starting now". */
  text: string
  /**
   * What a screen reader is told, politely: coarser than `text`, so it changes a few times an hour at
   * most ("in about 2 hours", "in 15 minutes"), never every minute.
   */
  spoken: string
  /** When `text` or `spoken` next changes (ms since 1970-01-01T00:00:00Z), or null: never again. */
  next: number | null
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Midnight starting the day of `instant` in the viewer's zone, as a day number: calendar days apart, whatever DST does to their length. */
const dayNumber = (instant: number) => {
  const date = new Date(instant)
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`

/**
 * The countdown at `now` to an episode starting at `start` (both ms since 1970-01-01T00:00:00Z).
 * A day away or more: calendar days in the viewer's zone ("tomorrow", "in 3 days": a Thursday episode
 * is "in 3 days" all Monday, across a daylight-saving change too); less: hours and minutes of real
 * time left, rounded up ("in 1 min" until it starts); then "starting now".
 */
export function countdownAt(now: number, start: number): CountdownState {
  const left = start - now
  if (left <= 0) return { text: "starting now", spoken: "starting now", next: null }
  const minutes = Math.ceil(left / MINUTE)
  if (minutes >= 24 * 60) {
    const days = Math.round(dayNumber(start) - dayNumber(now))
    // A day or more away, but on the same calendar day: a day of 25 hours (clocks going back) says hours.
    if (days >= 1) {
      const text = days === 1 ? "tomorrow" : `in ${days} days`
      const date = new Date(now)
      const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime()
      // The next midnight, or the moment fewer than 24 hours are left (hours and minutes from then).
      return { text, spoken: text, next: Math.min(midnight, start - (24 * 60 - 1) * MINUTE) }
    }
  }
  const [hours, rest] = [Math.floor(minutes / 60), minutes % 60]
  const text = hours === 0 ? `in ${minutes} min` : rest === 0 ? `in ${hours} h` : `in ${hours} h ${rest} min`
  const spoken =
    minutes > 90
      ? `in about ${plural(Math.round(minutes / 60), "hour")}`
      : minutes > 5
        ? `in ${plural(Math.ceil(minutes / 15) * 15, "minute")}`
        : `in ${plural(minutes, "minute")}`
  // The next whole minute of what is left: when `text` next changes.
  return { text, spoken, next: start - (minutes - 1) * MINUTE }
}

/**
 * Calls `show` with the countdown now, then each time it changes, and when the tab becomes visible
 * again; returns the function that stops it. One timer at a time, set for the next change (at most a
 * minute ahead, for a laptop waking from sleep): a page shows no more than one countdown and renders
 * it once a minute at most.
 */
export function runCountdown(start: number, show: (state: CountdownState) => void): () => void {
  return ticking((now) => {
    const state = countdownAt(now, start)
    show(state)
    return state.next
  }, MINUTE)
}
