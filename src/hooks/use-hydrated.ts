import { useSyncExternalStore } from "react"

const subscribe = () => () => {}

/**
 * False while the server renders and while React hydrates the static HTML,
 * true from the render after hydration on (and at once on a client-side mount).
 * For what only the browser knows (the viewer's time zone, whether JavaScript
 * runs), without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
