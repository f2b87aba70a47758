import * as React from "react"
import { useEffect, useState } from "react"
import type { CountdownState } from "../utils/countdown"

export interface CountdownProps {
  /** When the episode starts: ms since 1970-01-01T00:00:00Z (an episode's `start`). */
  start: number
}

/**
 * "in 2 h 15 min": the time left before the episode up next, from the viewer's clock. Empty in the
 * static HTML (a build's countdown would be stale), it is filled after hydration by a module loaded
 * then (src/utils/countdown.ts), outside the page's first load. The visible text is a `timer` (which
 * screen readers do not read out as it changes); a polite live region says a coarser time, a few
 * times an hour at most.
 */
export default function Countdown({ start }: CountdownProps) {
  const [state, setState] = useState<CountdownState | null>(null)
  useEffect(() => {
    let stop: (() => void) | undefined
    let stopped = false
    void import("../utils/countdown").then(({ runCountdown }) => {
      // The same words again render nothing.
      if (!stopped) stop = runCountdown(start, (next) => setState((shown) => (shown?.text === next.text && shown.spoken === next.spoken ? shown : next)))
    })
    return () => {
      stopped = true
      stop?.()
    }
  }, [start])
  return (
    <span className="oil-countdown">
      <span role="timer">{state?.text}</span>
      <span className="oil-visually-hidden" aria-live="polite">
        {state?.spoken}
      </span>
    </span>
  )
}
