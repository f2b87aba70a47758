import * as React from "react"
import { useLoaded } from "../hooks/use-loaded"
import { loadTimeZoneOptions as loadOptions } from "../utils/load-viewer"

export interface TimeZoneSwitchProps {
  /** The show's time zone, an IANA name (the `timeZone` option). */
  timeZone: string
}

/**
 * The place of the time-zone switch: an empty box of the switch's height in the static HTML (no
 * layout shift when it appears), filled after hydration by TimeZoneOptions, loaded then (not in the
 * page's first load). Without JavaScript, it stays empty, and the show's zone stands.
 */
export default function TimeZoneSwitch({ timeZone }: TimeZoneSwitchProps) {
  const loaded = useLoaded(loadOptions)
  return loaded === null ? <div className="oil-zone" /> : <loaded.default timeZone={timeZone} />
}
