import { useEffect, useState } from "react"
import { whenLoaded } from "../utils/load-viewer"

/**
 * A module loaded after hydration: null for the server's render, hydration and until it arrives,
 * then the module. For what a page does not need at first paint (a switch, a countdown): webpack
 * puts `load`'s import() in a chunk of its own, which the page's first load does not carry.
 * `load` should keep its identity (a function declared outside the component).
 */
export function useLoaded<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ module: T } | null>(null)
  useEffect(
    () =>
      whenLoaded(load, (module) => {
        setLoaded({ module })
        return () => {}
      }),
    [load],
  )
  return loaded === null ? null : loaded.module
}
