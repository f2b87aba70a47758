import * as React from "react"
import { useLoaded } from "../hooks/use-loaded"
import { loadCountdownText as loadText } from "../utils/load-viewer"

export interface CountdownProps {
  /** When the episode starts: ms since 1970-01-01T00:00:00Z (an episode's `start`). */
  start: number
}

/**
 * "in 2 h 15 min": the time left before the episode up next, from the viewer's clock. Empty in the
 * static HTML (a build's countdown would be stale); after hydration, CountdownText, loaded then (not
 * in the page's first load: see src/utils/countdown.ts), fills it.
 */
export default function Countdown({ start }: CountdownProps) {
  const loaded = useLoaded(loadText)
  return <span className="oil-countdown">{loaded !== null && <loaded.default start={start} />}</span>
}
