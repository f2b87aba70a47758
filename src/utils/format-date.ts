/**
 * How dates read. The static HTML shows them in the show's zone (the `timeZone` option, UTC by
 * default), labelled with the zone's short name; in the browser, in the viewer's own zone when the
 * viewer chooses it (the default: see zone-choice.ts). Intl only, no date library.
 */

import type { DateText } from "../types"
import { readInstant } from "./episode-time"

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
 * An instant in a zone, as the pages write it: ["Thursday, July 22, 2021", "9:00 CDT", "America/Chicago"]:
 * the day; the 24-hour time with the zone's short name at that instant (daylight-saving time is named
 * as it applies: "CST" in January); the zone's IANA name. `instant` is in ms since 1970-01-01T00:00:00Z;
 * `timeZone` an IANA name, the viewer's own when left out. Throws RangeError for a zone Intl does not know.
 *
 * The short name is the first one that a locale of ["en-US", "en-GB", "en-IE", "en-IN", "en-AU",
 * "en-SG", "en-ZA"] gives: CLDR names a zone only in the locales whose people use the name ("CEST" in
 * en-GB, "IST" in en-IN and en-IE, "AEST" in en-AU, "CDT" in en-US); else CLDR's "GMT+9".
 *
 * Self-contained, using nothing but Intl: its text is also the source of the worker that formats the
 * viewer's dates off the main thread (local-dates.ts). Keep it so: no import, no helper outside it.
 */
export function inZone(instant: number, timeZone?: string): [day: string, time: string, zone: string] {
  // Plain loops and Object.assign, no spread or for…of: a site's Babel may turn those into calls of
  // helpers that live outside this function, which the worker would not have.
  const date = new Date(instant)
  const format = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, Object.assign({ timeZone: timeZone }, options))
  const part = (formatter: Intl.DateTimeFormat, type: string) => formatter.formatToParts(date).find((candidate) => candidate.type === type)?.value ?? ""
  const clock = format("en-US", { hour: "numeric", minute: "2-digit", hourCycle: "h23" })
  const locales = ["en-US", "en-GB", "en-IE", "en-IN", "en-AU", "en-SG", "en-ZA"]
  let name = ""
  for (let index = 0; index < locales.length; index += 1) {
    name = part(format(locales[index]!, { timeZoneName: "short" }), "timeZoneName")
    if (!/^GMT[+-]/.test(name)) break
  }
  return [
    format("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric" }).format(date),
    `${Number(part(clock, "hour")) % 24}:${part(clock, "minute")} ${name}`,
    format("en-US", {}).resolvedOptions().timeZone,
  ]
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
  return (timeZone.split("/").pop() ?? timeZone).replace(/_/g, " ")
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
