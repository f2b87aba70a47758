/**
 * How dates read. The static HTML shows them in the show's zone (the `timeZone` option, UTC by
 * default), labelled with the zone's short name; in the browser, in the viewer's own zone when the
 * viewer chooses it (the default: see zone-choice.ts). Intl only, no date library.
 */

import type { DateText } from "../types"
import { readInstant } from "./episode-time"
import { inZone } from "./in-zone"

export { inZone }

/** The page is written in English; dates are spelled the same way. */
export const DATE_LOCALE = "en-US"

/** A date and time in a zone: both known. */
export type LocalParts = DateText & { time: string }

/** The separator between `day` and `time`. */
export const DATE_TIME_SEPARATOR = " · "

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
const twoDigits = (value: number) => String(value).padStart(2, "0")

/**
 * { day: "Thursday, July 22, 2021", time: "14:00 UTC" } for an instant (`start`: milliseconds since
 * 1970-01-01T00:00:00Z); time is null when only the day is known (`dateOnly`), the day being then the
 * instant's UTC day. Written out without Intl, in the page's English, so that a show in UTC (the
 * default) never depends on the ICU data of the Node that builds it. Hours have no leading zero, as
 * `inZone` writes them: "9:05 UTC".
 */
export function utcParts(start: number, dateOnly: boolean): DateText {
  const date = new Date(start)
  const day = `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`
  return { day, time: dateOnly ? null : `${date.getUTCHours()}:${twoDigits(date.getUTCMinutes())} UTC` }
}

/**
 * An episode's date as the static HTML shows it, in the show's zone (`timeZone`, an IANA name): UTC
 * without Intl (utcParts), any other zone with it (inZone). A day without a time is the day alone, as
 * in UTC: moving it into a zone could change the day.
 */
export function showParts(start: number, dateOnly: boolean, timeZone: string): DateText {
  if (dateOnly || timeZone === "UTC") return utcParts(start, dateOnly)
  const [day, time] = inZone(start, timeZone)
  return { day, time }
}

/** A zone as people say it: "America/Chicago" → "Chicago", "America/Argentina/Buenos_Aires" → "Buenos Aires", "UTC" → "UTC". */
export function zoneCity(timeZone: string): string {
  return timeZone.slice(timeZone.lastIndexOf("/") + 1).replace(/_/g, " ")
}

/** { day: "Thursday, July 22, 2021", time: "9:00 CDT" }: `isoDate` in `timeZone`, the viewer's own when left out (see inZone). */
export function zoneParts(isoDate: string, timeZone?: string): LocalParts {
  const [day, time] = inZone(readInstant(isoDate), timeZone)
  return { day, time }
}

const join = ({ day, time }: DateText) => (time === null ? day : `${day}${DATE_TIME_SEPARATOR}${time}`)

/** "Thursday, July 22, 2021 · 14:00 UTC", or "Thursday, July 22, 2021" when only the day is known. */
export function formatUtc(isoDate: string, dateOnly: boolean): string {
  return join(utcParts(readInstant(isoDate), dateOnly))
}

/** "Thursday, July 22, 2021 · 9:00 CDT", in `timeZone` or the viewer's zone. */
export function formatInZone(isoDate: string, timeZone?: string): string {
  return join(zoneParts(isoDate, timeZone))
}

/** The day an episode airs in the show's zone, `2024-03-08` (a day-only episode's own day). */
export function showDay(episode: { start: number; dateOnly: boolean }, timeZone: string): string {
  if (episode.dateOnly) return new Date(episode.start).toISOString().slice(0, 10)
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(episode.start))
  const part = (type: string) => parts.find((item) => item.type === type)!.value
  return `${part("year")}-${part("month")}-${part("day")}`
}
