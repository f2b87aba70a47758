import { useEffect, useState } from "react"

/**
 * False while the server renders and while React hydrates the static HTML,
 * true from the render after that (a client-side mount also renders false
 * once, then true). For what only the browser knows (the viewer's time zone,
 * whether JavaScript runs), without a hydration mismatch. Works on React 17,
 * 18 and 19: useSyncExternalStore, which could skip the second render on a
 * client-side mount, does not exist in React 17.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
