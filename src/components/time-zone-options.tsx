import * as React from "react"
import { useEffect, useState } from "react"
import { useZoneChoice } from "../hooks/use-zone-choice"
import { zoneCity } from "../utils/format-date"
import { viewerZone } from "../utils/local-dates"
import { chooseZone, type ZoneChoice } from "../utils/zone-choice"

import type { TimeZoneSwitchProps } from "./time-zone-switch"

/**
 * What TimeZoneSwitch shows once loaded: "Times in: ( ) your time (Berlin) ( ) the show's (UTC)", two
 * radio buttons (arrow keys move between them; a screen reader names the group and each zone) that
 * switch every date on the page, and on the pages opened next on this device (zone-choice.ts).
 * Invisible (keeping its place) until the viewer's zone is known; where it is the show's, it stays so:
 * there is nothing to switch.
 */
export default function TimeZoneOptions({ timeZone }: TimeZoneSwitchProps) {
  const choice = useZoneChoice()
  const [viewer, setViewer] = useState<string | null>(null)
  useEffect(() => viewerZone(setViewer), [])
  const ready = viewer !== null && viewer !== timeZone
  const option = (value: ZoneChoice, label: string) => (
    <label className="oil-zone__option">
      <input type="radio" name="oil-zone" value={value} checked={choice === value} onChange={() => chooseZone(value)} />
      {label}
    </label>
  )
  return (
    <fieldset className="oil-zone" disabled={!ready} data-ready={ready ? "" : undefined}>
      <legend className="oil-zone__legend">Times in</legend>
      {option("viewer", viewer === null ? "your time" : `your time (${zoneCity(viewer)})`)}
      {option("show", `the show's (${zoneCity(timeZone)})`)}
    </fieldset>
  )
}
