/**
 * The clock a page's schedule follows after hydration (useNow, useScheduleNow): loaded then, outside
 * the page's first load (see load-viewer.ts). Timers, the tab's visibility, and React's transitions.
 */
import * as React from "react"
import type { Episode } from "../types"
import { nextScheduleChange } from "./schedule"
import { ticking } from "./ticker"

/**
 * A transition where React has them (18 and later): a new time may change what a part of the page
 * still hydrating later (hydrate-later.tsx) shows, and a transition lets React finish hydrating it first
 * instead of dropping its server HTML to render it anew. Looked up by a name webpack cannot follow:
 * webpack warns about `React.startTransition` in a site on React 17, where it does not exist.
 */
const TRANSITION = ["start", "Transition"].join("")
const transition: (update: () => void) => void =
  (React as unknown as Record<string, ((update: () => void) => void) | undefined>)[TRANSITION] ?? ((update) => update())

/** Timers are capped so that a laptop waking from sleep is caught up within the hour. */
const MAX_DELAY_MS = 60 * 60 * 1000

/** A state setter that takes an updater, as React's. */
export type SetNow = (update: (shown: number) => number) => void

/**
 * Sets the viewer's clock (ms since 1970-01-01T00:00:00Z) now, then at each moment `nextChange(now)`
 * names (null: nothing will change), and when the tab becomes visible again; a time that `same` deems
 * the same as the one shown is not set. Returns the function that stops it.
 */
export function followClock(nextChange: (now: number) => number | null, same: (a: number, b: number) => boolean, setNow: SetNow): () => void {
  return ticking((now) => {
    transition(() => setNow((shown) => (same(shown, now) ? shown : now)))
    return nextChange(now)
  }, MAX_DELAY_MS)
}

/**
 * followClock for a page showing `episodes` on a schedule: set at each moment one of them starts or
 * ends its airing; a time with the same schedule as the one shown is not set.
 */
export function followSchedule(episodes: readonly Pick<Episode, "start" | "dateOnly">[], airingWindowMinutes: number, setNow: SetNow): () => void {
  return followClock(
    (now) => nextScheduleChange(episodes, now, airingWindowMinutes),
    (a, b) => {
      const change = nextScheduleChange(episodes, Math.min(a, b), airingWindowMinutes)
      return change === null || change > Math.max(a, b)
    },
    setNow,
  )
}
