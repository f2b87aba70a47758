import { useCallback } from "react"
import type { Episode } from "../types"
import { nextScheduleChange } from "../utils/schedule"
import { useNow } from "./use-now"

/**
 * The current time for a page showing `episodes` on a schedule: the build time
 * for the static HTML and hydration, then the viewer's clock, refreshed at each
 * moment one of the episodes starts or ends its airing. A time with the same
 * schedule as the one shown is not taken: the page renders again only when it changes.
 * `episodes` should keep its identity between renders.
 */
export function useScheduleNow(episodes: readonly Pick<Episode, "start" | "dateOnly">[], builtAt: string, airingWindowMinutes: number): number {
  const nextChange = useCallback((now: number) => nextScheduleChange(episodes, now, airingWindowMinutes), [episodes, airingWindowMinutes])
  const sameSchedule = useCallback(
    (a: number, b: number) => {
      const change = nextScheduleChange(episodes, Math.min(a, b), airingWindowMinutes)
      return change === null || change > Math.max(a, b)
    },
    [episodes, airingWindowMinutes],
  )
  return useNow(Date.parse(builtAt), nextChange, sameSchedule)
}
