/**
 * Dates as the static HTML shows them: in UTC, labelled "UTC", so the
 * output never depends on the zone of the machine that built the site.
 */

const DAY: Intl.DateTimeFormatOptions = { timeZone: "UTC", weekday: "long", year: "numeric", month: "long", day: "numeric" }
const TIME: Intl.DateTimeFormatOptions = { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }

/** "Thursday, July 22, 2021 · 14:00 UTC", or "Thursday, June 3, 2021" when only the day is known. */
export function formatUtc(isoDate: string, dateOnly: boolean, locale = "en-US"): string {
  const date = new Date(isoDate)
  const day = new Intl.DateTimeFormat(locale, DAY).format(date)
  return dateOnly ? day : `${day} · ${new Intl.DateTimeFormat(locale, TIME).format(date)} UTC`
}
