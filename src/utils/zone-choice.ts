/**
 * Which zone the page's times are in, as the viewer chose it with the time-zone switch: "show" (the
 * show's own, the `timeZone` option, as the static HTML has them) or "viewer" (their own; the default).
 * Remembered on the device (localStorage, key `openinfra-live:time-zone`); where storage is refused
 * (private modes, a blocked origin) the choice lasts as long as the page.
 */
export type ZoneChoice = "show" | "viewer"

const KEY = "openinfra-live:time-zone"
const listeners = new Set<(choice: ZoneChoice) => void>()
let choice: ZoneChoice | undefined

/** The viewer's choice: what they last chose on this device, else "viewer". Browser only. */
export function zoneChoice(): ZoneChoice {
  if (choice === undefined) {
    try {
      choice = localStorage.getItem(KEY) === "show" ? "show" : "viewer"
    } catch {
      choice = "viewer"
    }
  }
  return choice
}

/** Makes `chosen` the choice of every date on the page, and of the pages the viewer opens next. */
export function chooseZone(chosen: ZoneChoice): void {
  choice = chosen
  try {
    localStorage.setItem(KEY, chosen)
  } catch {
    // Not remembered; the page still follows it.
  }
  listeners.forEach((listener) => listener(chosen))
}

/** Calls `listener` with each new choice; returns the function that stops it. */
export function onZoneChoice(listener: (choice: ZoneChoice) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
