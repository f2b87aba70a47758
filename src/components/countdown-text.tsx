import * as React from "react"
import { useEffect, useState } from "react"
import { runCountdown, type CountdownState } from "../utils/countdown"
import type { CountdownProps } from "./countdown"

/**
 * What Countdown shows once loaded: the time left, to the minute, for the eye; for screen readers, a
 * polite live region saying a coarser time ("in about 2 hours"), which changes a few times an hour at
 * most, in its place (the minutes are hidden from them: one time, said once). It renders again only
 * when the words change.
 */
export default function CountdownText({ start }: CountdownProps) {
  const [state, setState] = useState<CountdownState | null>(null)
  useEffect(
    () => runCountdown(start, (next) => setState((shown) => (shown !== null && shown.text === next.text && shown.spoken === next.spoken ? shown : next))),
    [start],
  )
  // Both regions are in place, empty, before the first words: a live region announces what changes in it.
  return (
    <>
      <span className="oil-countdown__time" aria-hidden="true">
        {state?.text}
      </span>
      <span className="oil-visually-hidden" aria-live="polite">
        {state?.spoken}
      </span>
    </>
  )
}
