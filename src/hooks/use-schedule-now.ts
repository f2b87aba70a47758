import { useEffect, useState } from "react"
import type { Episode } from "../types"
import { loadScheduleClock, whenLoaded } from "../utils/load-viewer"

/**
 * The current time for a page showing `episodes` on a schedule: the build time
 * for the static HTML and hydration, then the viewer's clock (from a module loaded
 * after hydration: src/utils/schedule-clock.ts), refreshed at each moment one of
 * the episodes starts or ends its airing. A time with the same schedule as the one
 * shown is not taken: the page renders again only when it changes.
 * `episodes` should keep its identity between renders.
 */
export function useScheduleNow(episodes: readonly Pick<Episode, "start" | "dateOnly">[], builtAt: string, airingWindowMinutes: number): number {
  const [now, setNow] = useState(() => Date.parse(builtAt))
  useEffect(() => whenLoaded(loadScheduleClock, ({ followSchedule }) => followSchedule(episodes, airingWindowMinutes, setNow)), [episodes, airingWindowMinutes])
  return now
}
