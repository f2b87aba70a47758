/** Episode dates: strict ISO 8601 only, so the result never depends on the build machine's zone. */

export type DateResult = { ok: true; iso: string; dateOnly: boolean; notes: string[] } | { ok: false; reason: string }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i

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
export function parseEpisodeDate(value: unknown, hints: DateHints = { year: null, time: null }): DateResult {
  if (value === null || value === undefined || value === "") {
    return { ok: false, reason: `is missing (write it in UTC as ${EXAMPLE})` }
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
    const shown = typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value))
    const suggestion = suggestDate(value, hints)
    return {
      ok: false,
      reason:
        suggestion === null ? `${shown} is not a date (write it in UTC as ${EXAMPLE})` : `${shown} is not a date the theme can read: write it as ${suggestion}`,
    }
  }
  const minutes = new Date(date.getTime())
  minutes.setUTCSeconds(0, 0)
  const dateOnly = minutes.getUTCHours() === 0 && minutes.getUTCMinutes() === 0
  return { ok: true, iso: minutes.toISOString(), dateOnly, notes }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

/** Hints for a suggestion: a year when the text has none, and the show's usual time of day (`14:00`, UTC). */
export interface DateHints {
  year: number | null
  time: string | null
}

function monthNumber(word: string): number | null {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase())
  return index === -1 ? null : index + 1
}

/** `2pm`, `2:30 PM`, `14:00`, `14h`: hours and minutes, or null. */
function readTime(text: string): { hour: number; minute: number } | null {
  const match = /\b(\d{1,2})(?::|h|\.)?(\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|$|[^\w])/i.exec(text)
  if (!match || (match[2] === undefined && match[3] === undefined && !/\d\s*h\b|\d:\d/.test(text))) return null
  let hour = Number(match[1])
  const minute = Number(match[2] ?? 0)
  const meridiem = match[3]?.toLowerCase().replace(/\./g, "")
  if (meridiem === "pm" && hour < 12) hour += 12
  if (meridiem === "am" && hour === 12) hour = 0
  return hour < 24 && minute < 60 ? { hour, minute } : null
}

/**
 * The ISO form of what an editor meant by a date the theme cannot read:
 * `July 22, 2021`, `22 July 2021`, `Jul 22nd 2021 at 2pm UTC`, `2021/07/22`,
 * `07/22/2021`, `22.07.2021`, `2021-7-22`. A time counts only when the text
 * says UTC (`Z`, `UTC`, `GMT`); otherwise the show's usual time is used. Null
 * when the text names no day.
 */
export function suggestDate(value: unknown, hints: DateHints): string | null {
  if (typeof value !== "string") return null
  const text = value.trim().replace(/\s+/g, " ")
  let year: number | null = null
  let month: number | null = null
  let day: number | null = null
  let rest = text
  const named =
    /^(?:[a-z]+,? )?([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?(.*)$/i.exec(text) ?? // July 22, 2021
    null
  const namedDayFirst = /^(?:[a-z]+,? )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]{3,9})\.?,?(?: (\d{4}))?(.*)$/i.exec(text) // 22 July 2021
  const numeric = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(.*)$/.exec(text) // 2021/07/22
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/.exec(text) // 07/22/2021
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(.*)$/.exec(text) // 22.07.2021
  if (named && monthNumber(named[1]!) !== null) {
    ;[month, day, year, rest] = [monthNumber(named[1]!), Number(named[2]), named[3] ? Number(named[3]) : null, named[4]!]
  } else if (namedDayFirst && monthNumber(namedDayFirst[2]!) !== null) {
    ;[day, month, year, rest] = [
      Number(namedDayFirst[1]),
      monthNumber(namedDayFirst[2]!),
      namedDayFirst[3] ? Number(namedDayFirst[3]) : null,
      namedDayFirst[4]!,
    ]
  } else if (numeric) {
    ;[year, month, day, rest] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric[4]!]
  } else if (us) {
    ;[month, day, year, rest] = [Number(us[1]), Number(us[2]), Number(us[3]), us[4]!]
  } else if (european) {
    ;[day, month, year, rest] = [Number(european[1]), Number(european[2]), Number(european[3]), european[4]!]
  } else {
    return null
  }
  year ??= hints.year
  if (year === null || month === null || day === null) return null
  const utcTime = /\b(utc|gmt|z)\b/i.test(rest) ? readTime(rest.replace(/^[\sT,]*(?:at\s+)?/i, "")) : null
  const usual = hints.time === null ? null : /^(\d{2}):(\d{2})$/.exec(hints.time)
  const time = utcTime ?? (usual ? { hour: Number(usual[1]), minute: Number(usual[2]) } : null)
  const date = fromParts(year, month, day, time?.hour ?? 0, time?.minute ?? 0)
  if (date === null) return null
  return time === null ? date.toISOString().slice(0, 10) : date.toISOString()
}
