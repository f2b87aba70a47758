/**
 * Episode dates: ISO 8601 (and YAML's timestamp form) only, so the result never depends on the
 * build machine's zone.
 *
 * Whether a date has a time of day is decided from the shape of what the editor wrote, never from
 * the instant it comes to:
 *
 * - a bare day (`2031-08-14`) is a day without a time;
 * - midnight spelled in UTC with `Z` (`2031-08-14T00:00Z`, `T00:00:00Z`, `T00:00:00.000Z`; seconds
 *   do not count) is a day without a time too: that is the shape migrated episodes have, whose time
 *   was lost (the old CMS wrote `2021-06-03T00:00:00.000Z`). An `info` note says so, and how to write
 *   a show that really starts at 00:00 UTC;
 * - a time with a numeric offset keeps its time, whatever it is in UTC, `+00:00` included:
 *   `2031-07-22T00:00:00+00:00` is a show at 00:00 UTC, `2031-08-14T09:00:00+09:00` one at 9:00 in
 *   Tokyo (00:00 UTC);
 * - a time without a zone (`2031-07-22T14:00`) is read as UTC, exactly as if it ended in `Z`, with a
 *   warning; so a zoneless midnight is a day without a time, like `T00:00Z`.
 *
 * YAML turns an unquoted timestamp into a Date, losing what was written: such a Date is read from
 * the text the file has for it when that is known (`written`), so `date: 2031-08-14T09:00:00+09:00`
 * and `date: 2031-07-22 14:00:00` mean what they mean quoted. Without the text (the CMS preview
 * hands over plain values), a Date at exactly midnight UTC is a day without a time, with the note.
 */

/** What reading a date did that the editor should know: a warning (a guess), or an info note (a rule applied). */
export interface DateNote {
  level: "warning" | "info"
  text: string
}

/**
 * A date read: `iso` (ISO 8601 in UTC, to the minute: an episode's `date`), `start` (the same
 * instant in milliseconds: its `start`), and whether only the day is known (its `dateOnly`).
 */
export interface DateReading {
  ok: true
  iso: string
  start: number
  dateOnly: boolean
  notes: DateNote[]
}

/** A date that cannot be read: `value` is what to explain (see `unreadableDateReason`). */
export interface UnreadableDate {
  ok: false
  value: unknown
}

export type DateResult = DateReading | { ok: false; reason: string }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/**
 * A date and time: ISO 8601 (`2021-07-22T14:00:00.000Z`, `2021-07-22 14:00+0200`), and every
 * timestamp YAML reads as a date unquoted (a lowercase `t` or spaces between day and time, one-digit
 * month, day and hour, spaces before the zone, `-5`), so that quoted and unquoted read the same.
 */
const ISO_DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d*))?)?\s*(Z|[+-]\d{1,2}(?::\d{2})?|[+-]\d{4})?$/i

const EXAMPLE = "2021-07-22T14:00:00.000Z"

function fromParts(year: number, month: number, day: number, hour = 0, minute = 0): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute))
  const sameDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return sameDay && hour < 24 && minute < 60 ? date : null
}

/** How to write a show that really starts at 00:00 UTC on `day` (YYYY-MM-DD). */
function atMidnightUtc(day: string): string {
  return `if the episode starts at 00:00 UTC, write ${day}T00:00:00+00:00`
}

/** The info note for midnight UTC read as a day without a time; `shown` is what was written, quoted, or the ISO form of a Date. */
function midnightNote(shown: string, day: string): DateNote {
  return {
    level: "info",
    text: `${shown} is midnight UTC, read as a day without a time (migrated episodes lost theirs this way); ${atMidnightUtc(day)}`,
  }
}

interface Reading {
  date: Date
  dateOnly: boolean
  notes: DateNote[]
}

/** A date as written (see the rules at the top of this file); null when it is not ISO 8601 or not a real day and time. */
function readWritten(text: string): Reading | null {
  const dayOnly = ISO_DATE.exec(text)
  if (dayOnly) {
    const date = fromParts(Number(dayOnly[1]), Number(dayOnly[2]), Number(dayOnly[3]))
    return date === null ? null : { date, dateOnly: true, notes: [] }
  }
  const dateTime = ISO_DATE_TIME.exec(text)
  if (!dateTime) return null
  const [, year, month, day, hour, minute, , , zone] = dateTime
  const local = fromParts(Number(year), Number(month), Number(day), Number(hour), Number(minute))
  if (local === null) return null
  const midnight = local.getUTCHours() === 0 && local.getUTCMinutes() === 0
  const isoDay = local.toISOString().slice(0, 10)
  if (zone === undefined) {
    // Read as if it ended in Z: midnight is then a day without a time, as `T00:00Z` is.
    const zoneless = `"${text}" has no time zone; it was read as UTC`
    return {
      date: local,
      dateOnly: midnight,
      notes: [{ level: "warning", text: midnight ? `${zoneless}, and midnight UTC is read as a day without a time; ${atMidnightUtc(isoDay)}` : zoneless }],
    }
  }
  if (zone.toUpperCase() === "Z") return { date: local, dateOnly: midnight, notes: midnight ? [midnightNote(`"${text}"`, isoDay)] : [] }
  const offset = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone)!
  const [offsetHours, offsetMinutes] = [Number(offset[2]), Number(offset[3] ?? 0)]
  if (offsetHours > 14 || offsetMinutes > 59) return null
  // A numeric offset always keeps its time, +00:00 included: that is how a show at 00:00 UTC says so.
  const minutes = (offset[1] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  return { date: new Date(local.getTime() - minutes * 60_000), dateOnly: false, notes: [] }
}

const toMinute = (date: Date) => Math.floor(date.getTime() / 60_000)

/**
 * Reads an episode's `date` as YAML gives it: a string for quoted text (and for
 * what YAML does not take for a timestamp), a Date for an unquoted timestamp.
 * `written` is the text the file has for the value, when known (see
 * locate.ts): a Date is then read from it, so that it means what it says (see
 * the rules at the top of this file). Seconds and milliseconds are dropped: a
 * show starts on the minute, and CMS editors leave stray seconds
 * (`14:00:35.869Z`). The one reading of a date: normalization carries its result.
 */
export function readEpisodeDate(value: unknown, written: string | null = null): DateReading | UnreadableDate {
  if (value === null || value === undefined || value === "") return { ok: false, value }
  let reading: Reading | null = null
  // YAML rolls an impossible timestamp over (2031-02-30 is a Date of March 2): its text, when it is one, is the editor's mistake to report.
  if (value instanceof Date && written !== null && /^\d{4}-\d{1,2}-\d{1,2}/.test(written.trim()) && readWritten(written.trim()) === null) {
    value = written.trim()
  }
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) {
      const fromText = written === null ? null : readWritten(written.trim())
      // The text must be the Date's own (the same instant): else the Date is read as it is.
      if (fromText !== null && toMinute(fromText.date) === toMinute(value)) reading = fromText
      else {
        const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0
        const iso = new Date(toMinute(value) * 60_000).toISOString()
        reading = { date: value, dateOnly: midnight, notes: midnight ? [midnightNote(iso, iso.slice(0, 10))] : [] }
      }
    }
  } else if (typeof value === "string") {
    reading = readWritten(value.trim())
  }
  if (reading === null) return { ok: false, value }
  const start = toMinute(reading.date) * 60_000
  return { ok: true, iso: new Date(start).toISOString(), start, dateOnly: reading.dateOnly, notes: reading.notes }
}

/**
 * Why a date cannot be read (`readEpisodeDate`'s `value`), for the editor: with the ISO form of what
 * they meant when there is one (see `dateSuggestion`, which `hints` help), and what of it was assumed.
 */
export function unreadableDateReason(value: unknown, hints: DateHints = { year: null, time: null }): string {
  if (value === null || value === undefined || value === "") return `is missing (write it in UTC as ${EXAMPLE})`
  const shown = typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value))
  const suggestion = dateSuggestion(value, hints)
  if (suggestion === null) return `${shown} is not a date (write it in UTC as ${EXAMPLE})`
  const assumed = suggestion.assumed.length === 0 ? "" : ` (${suggestion.assumed.join("; ")})`
  return `${shown} is not a date the theme can read: write it as ${suggestion.iso}${assumed}`
}

/** `readEpisodeDate`, with the reason of a date it cannot read (`unreadableDateReason`). */
export function parseEpisodeDate(value: unknown, hints: DateHints = { year: null, time: null }, written: string | null = null): DateResult {
  const reading = readEpisodeDate(value, written)
  return reading.ok ? reading : { ok: false, reason: unreadableDateReason(reading.value, hints) }
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

/** `2pm`, `2:30 PM`, `14:00`, `14h`, `14:00Z`: hours and minutes, or null. */
function readTime(text: string): { hour: number; minute: number } | null {
  const match = /\b(\d{1,2})(?::|h|\.)?(\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|$|[^\w]|z\b)/i.exec(text)
  if (!match || (match[2] === undefined && match[3] === undefined && !/\d\s*h\b|\d:\d/.test(text))) return null
  let hour = Number(match[1])
  const minute = Number(match[2] ?? 0)
  const meridiem = match[3]?.toLowerCase().replace(/\./g, "")
  if (meridiem === "pm" && hour < 12) hour += 12
  if (meridiem === "am" && hour === 12) hour = 0
  return hour < 24 && minute < 60 ? { hour, minute } : null
}

/** A suggested date, and what of it was not in the text: each assumption in words, for the message. */
export interface DateSuggestion {
  iso: string
  assumed: string[]
}

/** Says UTC (`UTC`, `GMT`, `Z`, `14:00Z`), and not an offset from it (`UTC+2`, `GMT-5`). */
const SAYS_UTC = /(?:\b|(?<=\d))(?:utc|gmt|z)\b(?!\s*[+-]\s*\d)/i
/** Names a zone or an offset: `CT`, `CEST`, `Pacific`, `+02:00`, `UTC-5`. */
const NAMES_ZONE = /[a-z]{2,}|[+-]\s*\d/i

/**
 * The ISO form of what an editor meant by a date the theme cannot read, and
 * what was assumed to make it: `July 22, 2021`, `22 July 2021`, `Jul 22nd 2021
 * at 2pm UTC`, `2021/07/22`, `07/22/2021`, `22.07.2021`, `2021-7-22`. A time
 * counts only when the text says UTC (`Z`, `UTC`, `GMT`); otherwise the show's
 * usual time is put in its place, and without one only the day is given. A
 * missing year is the year of the episodes around it. Null when the text names
 * no day.
 */
export function dateSuggestion(value: unknown, hints: DateHints): DateSuggestion | null {
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
  const assumed: string[] = []
  if (year === null && hints.year !== null) assumed.push(`it names no year, so the year was taken from the episodes around it (${hints.year})`)
  year ??= hints.year
  if (year === null || month === null || day === null) return null
  // What follows the day, as written: `at 9am CT`, `8:57 PM`, `15:00 GMT`.
  const timeText = rest.replace(/^[\sT,]*(?:at\s+)?/i, "").trim()
  const written = timeText === "" ? null : readTime(timeText)
  const utcTime = written !== null && SAYS_UTC.test(timeText) ? written : null
  const usual = hints.time === null ? null : /^(\d{2}):(\d{2})$/.exec(hints.time)
  const time = utcTime ?? (usual ? { hour: Number(usual[1]), minute: Number(usual[2]) } : null)
  if (utcTime === null) {
    const withoutTime = timeText.replace(/\b\d{1,2}(?:(?::|h|\.)\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?/i, "")
    const why = !/\d/.test(timeText)
      ? "it names no time"
      : written === null
        ? `"${timeText}" is not a time the theme can read`
        : `the time "${timeText}" ${NAMES_ZONE.test(withoutTime.replace(/\b(?:at|on)\b/gi, "")) ? "is not in UTC" : "has no time zone"}`
    if (usual)
      assumed.push(`${why}, so ${/\d/.test(timeText) ? "it was replaced by the show's usual time" : "the show's usual time was used"}, ${hints.time} UTC`)
    else assumed.push(`${why} and the show has no usual time (no other episode has a time), so only the day is suggested, as a day without a time`)
  }
  const date = fromParts(year, month, day, time?.hour ?? 0, time?.minute ?? 0)
  if (date === null) return null
  return { iso: time === null ? date.toISOString().slice(0, 10) : date.toISOString(), assumed }
}

/** The ISO form of what an editor meant (see `dateSuggestion`), or null. */
export function suggestDate(value: unknown, hints: DateHints): string | null {
  return dateSuggestion(value, hints)?.iso ?? null
}
