import { useEffect, useState } from "react"
import { onZoneChoice, zoneChoice, type ZoneChoice } from "../utils/zone-choice"

/**
 * The zone the page's times are in (see zone-choice.ts). "show" for the server's render and
 * hydration, so the markup matches the static HTML; then the viewer's choice, followed as it changes.
 */
export function useZoneChoice(): ZoneChoice {
  const [choice, setChoice] = useState<ZoneChoice>("show")
  useEffect(() => {
    setChoice(zoneChoice())
    return onZoneChoice(setChoice)
  }, [])
  return choice
}
