/**
 * iCalendar (RFC 5545) for episodes: one invite per episode, and a calendar
 * of all of them to subscribe to. Pure; onPostBuild writes the files.
 *
 * Both are snapshots, not iTIP messages: they carry no METHOD (RFC 5545, 3.7.2), so they need no
 * ORGANIZER (which METHOD:PUBLISH would require, RFC 5546 3.2.1, and which RFC 5545 3.8.4.3 forbids
 * on events that are not group-scheduled; Outlook shows accept/decline buttons for one). A calendar
 * app imports them as events, and updates an event it already has by UID and SEQUENCE.
 */
// Not from ../build/sourcing, which needs Node's path module: the CMS preview bundles this module for the browser.
import { PLUGIN_NAME } from "./plugin-name"
import type { EpisodeRecord } from "../types"
import { plainDate, type PlainDate } from "../utils/episode-time"
import { airingEnd } from "../utils/schedule"
import { absoluteUrl, episodePath } from "./urls"

export type CalendarEpisode = Pick<EpisodeRecord, "uid" | "slug" | "title" | "date" | "start" | "dateOnly" | "descriptionText" | "path"> & {
  youtube: { watchUrl: string } | null
}

export interface CalendarContext {
  /** The calendar's name: the show's title. */
  name: string
  /** The site's origin (https://openinfra.dev), or null when unknown. */
  siteUrl: string | null
  /** The show page's path, for episodes without a page of their own. */
  showPath: string
  airingWindowMinutes: number
  /**
   * When the files were made: the build's one clock (see clock.ts), which the caller sets. It is each
   * event's DTSTAMP and LAST-MODIFIED, and gives its SEQUENCE (see `calendarSequence`).
   */
  stamp: Date
}

/** Where SEQUENCE counts from: 2020-01-01T00:00:00Z. */
export const SEQUENCE_EPOCH = new Date("2020-01-01T00:00:00Z")

/** The largest INTEGER of RFC 5545 (3.3.8): a signed 32-bit number. */
const MAX_INTEGER = 2 ** 31 - 1

/**
 * An event's SEQUENCE (RFC 5545, 3.8.7.4): the whole minutes from `SEQUENCE_EPOCH` to `stamp`, the
 * build's clock; 0 for a stamp before the epoch (never negative). An RFC 5545 INTEGER holds it for
 * some 4,000 years (it stops at 2^31 - 1).
 *
 * The build keeps no state between builds, so the revision of an event is the moment of the build:
 * every build revises every event. A re-imported invite of an episode rescheduled or retitled since
 * (by the CMS or by hand in git) updates the event the calendar already has (same UID, higher
 * SEQUENCE) instead of being ignored as stale or added as a second one; an unchanged episode's invite
 * also carries a higher SEQUENCE, and a re-import rewrites the event with what it already had (no
 * duplicate). Two builds with the clock pinned (OPENINFRA_LIVE_NOW, reproducible builds) write the same bytes.
 */
export function calendarSequence(stamp: Date): number {
  const minutes = Math.floor((stamp.getTime() - SEQUENCE_EPOCH.getTime()) / 60_000)
  return Math.min(Math.max(minutes, 0), MAX_INTEGER)
}

/**
 * TEXT values: backslash, semicolon and comma escaped, new lines as \n (RFC 5545, 3.3.11), and the
 * control characters TEXT may not hold (every CTL but HTAB: NUL, ESC, DEL, …) left out.
 */
export function escapeText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are what TEXT may not hold
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
  )
}

/** Lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character (RFC 5545, 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ""
  let octets = 0
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8")
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current)
      current = ""
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join("\r\n ")
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")
/** A DATE value (RFC 5545, 3.3.4): the `PlainDate` in the basic format, `20210722`. */
const dateValue = (day: PlainDate) => day.replace(/-/g, "")

/**
 * A stable UID: the episode's identity (see identity.ts) and the site's host. A renamed episode
 * keeps it, and so does a rescheduled one with an id: subscribers see their event updated.
 */
export function episodeUid(episode: Pick<EpisodeRecord, "uid">, siteUrl: string | null): string {
  return `${episode.uid}@${siteUrl === null ? PLUGIN_NAME : new URL(siteUrl).host}`
}

/**
 * When the event is. A timed episode: DTSTART and DTEND as DATE-TIMEs in UTC (RFC 5545, 3.3.5, form #2),
 * the end being the airing window's. A day without a time: an all-day event, DTSTART;VALUE=DATE
 * with its `PlainDate` (RFC 5545, 3.8.2.4 and 3.3.4) and DTEND;VALUE=DATE the day after (3.8.2.2),
 * a VEVENT's DTEND being its non-inclusive end (3.6.1): the day alone, never a midnight.
 */
function eventTimes(episode: CalendarEpisode, airingWindowMinutes: number): string[] {
  const end = new Date(airingEnd(episode, airingWindowMinutes))
  if (episode.dateOnly) return [`DTSTART;VALUE=DATE:${dateValue(plainDate(episode.date))}`, `DTEND;VALUE=DATE:${dateValue(plainDate(end.toISOString()))}`]
  return [`DTSTART:${utc(new Date(episode.start))}`, `DTEND:${utc(end)}`]
}

function vevent(episode: CalendarEpisode, context: CalendarContext): string[] {
  // URL must be absolute: without the site's URL there is none.
  const url = absoluteUrl(episodePath(episode, context.showPath), context.siteUrl)
  const description = [episode.descriptionText, episode.youtube === null ? null : `Watch: ${episode.youtube.watchUrl}`, url]
    .filter((part): part is string => part !== null)
    .join("\n\n")
  return [
    "BEGIN:VEVENT",
    `UID:${episodeUid(episode, context.siteUrl)}`,
    `DTSTAMP:${utc(context.stamp)}`,
    // The revision of the event (RFC 5545, 3.8.7.4 and 3.8.7.3): see calendarSequence.
    `SEQUENCE:${calendarSequence(context.stamp)}`,
    `LAST-MODIFIED:${utc(context.stamp)}`,
    ...eventTimes(episode, context.airingWindowMinutes),
    `SUMMARY:${escapeText(episode.title)}`,
    ...(description === "" ? [] : [`DESCRIPTION:${escapeText(description)}`]),
    ...(url === null ? [] : [`URL:${url}`]),
    ...(episode.youtube === null ? [] : [`LOCATION:${escapeText(episode.youtube.watchUrl)}`]),
    "END:VEVENT",
  ]
}

function vcalendar(head: string[], events: string[][]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//gatsby-theme-openinfra-live//EN",
    "CALSCALE:GREGORIAN",
    ...head,
    ...events.flat(),
    "END:VCALENDAR",
  ]
  return `${lines.map(foldLine).join("\r\n")}\r\n`
}

/** An invite for one episode: a calendar of one event, without METHOD (see the top of this module). */
export function episodeInvite(episode: CalendarEpisode, context: CalendarContext): string {
  return vcalendar([], [vevent(episode, context)])
}

/** A calendar of every episode given, to subscribe to; without METHOD, like the invites. */
export function showCalendar(episodes: readonly CalendarEpisode[], context: CalendarContext): string {
  const name = escapeText(context.name)
  return vcalendar(
    [`NAME:${name}`, `X-WR-CALNAME:${name}`, "REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H"],
    episodes.map((episode) => vevent(episode, context)),
  )
}
