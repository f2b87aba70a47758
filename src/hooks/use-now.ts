import { useEffect, useState } from "react"
import { loadScheduleClock, whenLoaded } from "../utils/load-viewer"

/**
 * The current time for a page whose static HTML was made at `initial`.
 * The first render (the server's, and hydration's) uses `initial`, so the
 * markup matches; then the viewer's clock takes over (from a module loaded after
 * hydration: src/utils/schedule-clock.ts), and the value is refreshed at each
 * moment `nextChange(now)` names (null: nothing will change), and when the tab
 * becomes visible again.
 * A new time that `same` deems the same as the current one changes nothing: the
 * page does not render again for it (hydration's time is often as good as the clock's).
 * `nextChange` and `same` should keep their identity between renders (useCallback).
 */
export function useNow(initial: number, nextChange: (now: number) => number | null, same: (a: number, b: number) => boolean = () => false): number {
  const [now, setNow] = useState(initial)
  useEffect(() => whenLoaded(loadScheduleClock, ({ followClock }) => followClock(nextChange, same, setNow)), [nextChange, same])
  return now
}
