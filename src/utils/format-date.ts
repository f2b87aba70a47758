/**
 * How dates read. The static HTML shows them in UTC, labelled "UTC", so the
 * output never depends on the zone of the machine that built the site; in the
 * browser they are shown in the viewer's own zone, with its abbreviation
 * (Intl, no date library).
 */

import type { DateText } from "../types"
import { readInstant } from "./episode-time"

/** The page is written in English; dates are spelled the same way. */
export const DATE_LOCALE = "en-US"

const DAY: Intl.DateTimeFormatOptions = { weekday: "long", year: "numeric", month: "long", day: "numeric" }

/** A date and time in a zone: both known. */
export type LocalParts = DateText & { time: string }

/** The separator between `day` and `time`. */
export const DATE_TIME_SEPARATOR = " · "

/** What the viewer's own time of day shows: "9:00 AM CDT". */
const ZONE_TIME: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZoneName: "short" }

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
const twoDigits = (value: number) => String(value).padStart(2, "0")

/**
 * { day: "Thursday, July 22, 2021", time: "14:00 UTC" } for an instant (`start`: milliseconds since
 * 1970-01-01T00:00:00Z); time is null when only the day is known (`dateOnly`), the day being then the
 * instant's UTC day. Written out without Intl, in the page's English, so that the build's output never
 * depends on the ICU data of the Node that runs it. Made when episodes are read (an episode's `utcText`:
 * at build time, and in the CMS preview): a page's own JS never formats a UTC date.
 */
export function utcParts(start: number, dateOnly: boolean): DateText {
  const date = new Date(start)
  const day = `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`
  return { day, time: dateOnly ? null : `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC` }
}

/** How the viewer's own dates are formatted, as source for a worker too (see local-dates.ts). */
export const ZONE_FORMATS = { locale: DATE_LOCALE, day: DAY, time: ZONE_TIME } as const

/**
 * { day: "Thursday, July 22, 2021", time: "9:00 AM CDT" }: the date and time in
 * `timeZone` (the viewer's own when left out), with minutes and the zone's
 * abbreviation for that date, so daylight-saving time is named as it applies.
 */
export function zoneParts(isoDate: string, timeZone?: string): LocalParts {
  const date = new Date(readInstant(isoDate))
  // In the page, only where no worker can run (local-dates.ts), for the few dates a page shows.
  return { day: date.toLocaleDateString(DATE_LOCALE, { ...DAY, timeZone }), time: date.toLocaleTimeString(DATE_LOCALE, { ...ZONE_TIME, timeZone }) }
}

const join = ({ day, time }: DateText) => (time === null ? day : `${day}${DATE_TIME_SEPARATOR}${time}`)

/** "Thursday, July 22, 2021 · 14:00 UTC", or "Thursday, July 22, 2021" when only the day is known. */
export function formatUtc(isoDate: string, dateOnly: boolean): string {
  return join(utcParts(readInstant(isoDate), dateOnly))
}

/** "Thursday, July 22, 2021 · 9:00 AM CDT", in `timeZone` or the viewer's zone. */
export function formatInZone(isoDate: string, timeZone?: string): string {
  return join(zoneParts(isoDate, timeZone))
}
