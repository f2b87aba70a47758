/**
 * How dates read. The static HTML shows them in UTC, labelled "UTC", so the
 * output never depends on the zone of the machine that built the site; in the
 * browser they are shown in the viewer's own zone, with its abbreviation.
 * Intl only: no date library.
 */

/** The page is written in English; dates are spelled the same way. */
export const DATE_LOCALE = "en-US"

const DAY: Intl.DateTimeFormatOptions = { weekday: "long", year: "numeric", month: "long", day: "numeric" }

/** A date as shown: its day, and its time of day with the zone (null when only the day is known). */
export interface DateParts {
  day: string
  time: string | null
}

/** The separator between `day` and `time`. */
export const DATE_TIME_SEPARATOR = " · "

/**
 * Formatters are made once per locale, zone and kind: making an Intl.DateTimeFormat costs far more
 * than using one, and a page formats two dates per card right after hydration.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(kind: "day" | "utc-time" | "zone-time", locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone ?? ""}`
  let made = formatters.get(key)
  if (made === undefined) {
    const options: Intl.DateTimeFormatOptions =
      kind === "day"
        ? { ...DAY, timeZone }
        : kind === "utc-time"
          ? { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
          : { timeZone, hour: "numeric", minute: "2-digit", timeZoneName: "short" }
    made = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, made)
  }
  return made
}

/** { day: "Thursday, July 22, 2021", time: "14:00 UTC" }; time is null when only the day is known. */
export function utcParts(isoDate: string, dateOnly: boolean, locale = DATE_LOCALE): DateParts {
  const date = new Date(isoDate)
  const day = formatter("day", locale, "UTC").format(date)
  if (dateOnly) return { day, time: null }
  return { day, time: `${formatter("utc-time", locale, "UTC").format(date)} UTC` }
}

/**
 * { day: "Thursday, July 22, 2021", time: "9:00 AM CDT" }: the date and time in
 * `timeZone` (the viewer's own when left out), with minutes and the zone's
 * abbreviation for that date, so daylight-saving time is named as it applies.
 */
export function zoneParts(isoDate: string, timeZone?: string, locale = DATE_LOCALE): DateParts & { time: string } {
  const date = new Date(isoDate)
  return { day: formatter("day", locale, timeZone).format(date), time: formatter("zone-time", locale, timeZone).format(date) }
}

const join = ({ day, time }: DateParts) => (time === null ? day : `${day}${DATE_TIME_SEPARATOR}${time}`)

/** "Thursday, July 22, 2021 · 14:00 UTC", or "Thursday, July 22, 2021" when only the day is known. */
export function formatUtc(isoDate: string, dateOnly: boolean, locale = DATE_LOCALE): string {
  return join(utcParts(isoDate, dateOnly, locale))
}

/** "Thursday, July 22, 2021 · 9:00 AM CDT", in `timeZone` or the viewer's zone. */
export function formatInZone(isoDate: string, timeZone?: string, locale = DATE_LOCALE): string {
  return join(zoneParts(isoDate, timeZone, locale))
}
