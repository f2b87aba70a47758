/**
 * An episode's time, in one place: the order of episodes, and how a day without a time is written.
 * Pure and tiny: the build, the CMS preview and the pages' own JS share it.
 *
 * Normalization reads each episode's `date` once (src/content/dates.ts) and carries the result:
 * `date` (the instant in UTC, as ISO 8601 text), `start` (the same instant as a number) and
 * `dateOnly`. Whatever computes with the time (ordering, the schedule, the feeds' choice of items,
 * the calendars' ends) uses `start`; nothing turns `date` back into an instant but `readInstant`,
 * for the few browser helpers that are handed the text alone.
 *
 * A day without a time (`dateOnly`) has `date` and `start` at 00:00 UTC of its day: the moment it
 * is ordered by. Where an output can say "a day" it says the `PlainDate` (`plainDate`), never that
 * midnight; `machineDate` is the choice between the two. Outputs that cannot say a day (RSS and
 * JSON Feed, whose dates must have a time) write that 00:00 UTC: see src/content/feed.ts.
 */
import type { Episode } from "../types"

/**
 * A day without a time of day: `2021-07-22`, the episode's day in UTC. ISO 8601's calendar date
 * (complete, extended format), which is also RFC 3339's `full-date` (section 5.6), HTML's "valid
 * date string" (HTML Standard, 2.3.5.2 Dates) and schema.org's `Date`; iCalendar writes the same
 * day in the basic format, `20210722` (RFC 5545, 3.3.4).
 */
export type PlainDate = string

/** Oldest first; episodes that start at the same moment in the order of the content file. The one order of episodes. */
export function byStart(a: Pick<Episode, "start" | "number">, b: Pick<Episode, "start" | "number">): number {
  return a.start - b.start || a.number - b.number
}

/** The UTC day of an instant written as normalization writes `date` (ISO 8601 in UTC, `2021-07-22T14:00:00.000Z`): `2021-07-22`. */
export function plainDate(isoDate: string): PlainDate {
  return isoDate.slice(0, 10)
}

/**
 * How an output that can say "a day" writes an episode's date: the `PlainDate` (`2021-07-22`) for a
 * day without a time, else the instant in UTC, `date` itself (`2021-07-22T14:00:00.000Z`: ISO 8601,
 * RFC 3339's `date-time`, and HTML's "valid global date and time string", 2.3.5.7). What
 * `<time datetime>` and the structured data's dates say.
 */
export function machineDate(episode: Pick<Episode, "date" | "dateOnly">): string {
  return episode.dateOnly ? plainDate(episode.date) : episode.date
}

/**
 * An episode's `date` text as an instant (milliseconds since 1970-01-01T00:00:00Z): the one place
 * the theme reads that text again, for browser helpers handed only the text (`formatUtc`,
 * `formatInZone`, the viewer's own dates). Code that has the episode uses its `start`.
 */
export function readInstant(isoDate: string): number {
  return Date.parse(isoDate)
}
