import * as React from "react"
import { useEffect, useState } from "react"

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

/**
 * The current time for a page whose static HTML was made at `initial`.
 * The first render (the server's, and hydration's) uses `initial`, so the
 * markup matches; then the viewer's clock takes over, and the value is
 * refreshed at each moment `nextChange(now)` names (null: nothing will change),
 * and when the tab becomes visible again.
 * A new time that `same` deems the same as the current one changes nothing: the
 * page does not render again for it (hydration's time is often as good as the clock's).
 * `nextChange` and `same` should keep their identity between renders (useCallback).
 */
export function useNow(initial: number, nextChange: (now: number) => number | null, same: (a: number, b: number) => boolean = () => false): number {
  const [now, setNow] = useState(initial)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const refresh = () => {
      clearTimeout(timer)
      const current = Date.now()
      transition(() => setNow((shown) => (same(shown, current) ? shown : current)))
      const next = nextChange(current)
      if (next !== null) timer = setTimeout(refresh, Math.min(Math.max(next - current, 0), MAX_DELAY_MS))
    }
    const onVisibility = () => {
      if (document.visibilityState === "visible") refresh()
    }
    refresh()
    document.addEventListener("visibilitychange", onVisibility)
    return () => {
      clearTimeout(timer)
      document.removeEventListener("visibilitychange", onVisibility)
    }
  }, [nextChange, same])
  return now
}
