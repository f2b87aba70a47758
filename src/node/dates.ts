/** Episode dates: strict ISO 8601 only, so the result never depends on the build machine's zone. */

export type DateResult =
  | { ok: true; iso: string; dateOnly: boolean; notes: string[] }
  | { ok: false; reason: string }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i

const EXAMPLE = "2021-07-22T14:00:00.000Z"

function fromParts(year: number, month: number, day: number, hour = 0, minute = 0): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute))
  const sameDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return sameDay && hour < 24 && minute < 60 ? date : null
}

/**
 * Reads a date as YAML gives it (a Date for unquoted timestamps, a string
 * for quoted ones). Seconds and milliseconds are dropped: a show starts on
 * the minute, and CMS editors leave stray seconds (`14:00:35.869Z`). A time
 * of exactly midnight UTC, or no time at all, marks a date without a known
 * time of day (migrated episodes lost theirs this way).
 */
export function parseEpisodeDate(value: unknown): DateResult {
  if (value === null || value === undefined || value === "") {
    return { ok: false, reason: `is missing (write it as ${EXAMPLE})` }
  }
  const notes: string[] = []
  let date: Date | null = null
  if (value instanceof Date) {
    date = Number.isNaN(value.getTime()) ? null : value
  } else if (typeof value === "string") {
    const text = value.trim()
    const dayOnly = ISO_DATE.exec(text)
    const dateTime = ISO_DATE_TIME.exec(text)
    if (dayOnly) {
      date = fromParts(Number(dayOnly[1]), Number(dayOnly[2]), Number(dayOnly[3]))
    } else if (dateTime) {
      const [, year, month, day, hour, minute, , , zone] = dateTime
      const local = fromParts(Number(year), Number(month), Number(day), Number(hour), Number(minute))
      if (local !== null) {
        let offsetMinutes = 0
        if (zone === undefined) {
          notes.push(`"${text}" has no time zone; it was read as UTC`)
        } else if (zone.toUpperCase() !== "Z") {
          const zoneMatch = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!
          offsetMinutes = (zoneMatch[1] === "-" ? -1 : 1) * (Number(zoneMatch[2]) * 60 + Number(zoneMatch[3] ?? 0))
        }
        date = new Date(local.getTime() - offsetMinutes * 60_000)
      }
    }
  }
  if (date === null) {
    const shown = typeof value === "string" ? `"${value}"` : JSON.stringify(value) ?? String(value)
    return { ok: false, reason: `${shown} is not a date (write it as ${EXAMPLE})` }
  }
  const minutes = new Date(date.getTime())
  minutes.setUTCSeconds(0, 0)
  const dateOnly = minutes.getUTCHours() === 0 && minutes.getUTCMinutes() === 0
  return { ok: true, iso: minutes.toISOString(), dateOnly, notes }
}
