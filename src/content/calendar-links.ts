/**
 * One-click calendar links, made at build time: "add this episode" to Google Calendar, Outlook.com
 * and Office 365 (Microsoft 365), and "subscribe to the show" in those and in Apple Calendar.
 *
 * Pure, with no Node import: the CMS preview bundles it for the browser. Only `encodeURIComponent`
 * and the WHATWG `URL` (in browsers and in Node) are used.
 *
 * None of these URLs has an official specification. The formats follow the community reference
 * (InteractionDesignFoundation/add-event-to-calendar-docs: services/google.md, services/outlook-web.md)
 * and the add-to-calendar-button library (add2cal/add-to-calendar-button: src/generators/google.ts,
 * src/generators/outlook.ts); the dates and their meaning follow RFC 5545, as the theme's .ics
 * invites (see ical.ts) do, so that a link and the invite of the same episode say the same instants.
 *
 * Every time is written in UTC with its `Z`: a time without a zone is read by Google Calendar and
 * by Outlook as the time in the calendar's own zone, the most reported bug of such links (events
 * an hour or more off).
 */

/** One episode, as the links need it. */
export interface CalendarEvent {
  /** When it starts: milliseconds since 1970-01-01T00:00:00Z (an instant; no zone is involved). */
  start: number
  /**
   * When it ends, in milliseconds since the epoch: the end of the airing window. For a day without a
   * time (`dateOnly`) the end is rounded up to the next midnight UTC, and is at least the day after
   * the start: the all-day event covers whole days.
   */
  end: number
  /** A day without a time of day: `start` is 00:00 UTC of that day, and the links make an all-day event. */
  dateOnly: boolean
  title: string
  /** The description as plain text (new lines kept), or null. */
  description: string | null
  /** The absolute URL of the episode's page, or null: the event's location, and the last line of its description. */
  url: string | null
  /** The URL of the episode's .ics invite (a site path or an absolute URL): given back unchanged. */
  ics: string
}

/** Where to add one episode: each a complete URL, ready for an `href`. */
export interface EpisodeCalendarLinks {
  /** Google Calendar's event template: `https://calendar.google.com/calendar/render?action=TEMPLATE&…`. */
  google: string
  /** Outlook.com (personal Microsoft accounts): `https://outlook.live.com/calendar/0/action/compose?rru=addevent&…`. */
  outlook: string
  /** Office 365 (work and school accounts): `https://outlook.office.com/calendar/0/action/compose?rru=addevent&…`. */
  office365: string
  /** The episode's .ics invite, as given: for Apple Calendar and any other calendar app. */
  ics: string
}

/** The show's calendar, to subscribe to. */
export interface ShowCalendarSource {
  /** The absolute http(s) URL of the show's calendar.ics (`https://openinfra.dev/live/calendar.ics`). */
  calendarUrl: string
  /** The show's title: the name Outlook gives the subscribed calendar. */
  name: string
}

/** Where to subscribe to the show's calendar: each a complete URL, ready for an `href`. */
export interface ShowSubscribeLinks {
  /** Google Calendar: `https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2F…`. */
  google: string
  /** Outlook.com: `https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2F…&name=…`. */
  outlook: string
  /** Office 365: `https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2F…&name=…`. */
  office365: string
  /** Apple Calendar (and any app registered for webcal:): `webcal://host/path`. */
  apple: string
  /** The calendar itself, `https://host/path`: to copy into any calendar app's "subscribe by URL". */
  ics: string
}

/**
 * The longest link made, in characters. Links to Google Calendar and Outlook stop working past about
 * 2,000 characters (browsers, proxies and the services themselves cut longer ones), so an episode's
 * description is shortened to keep each link within this length. The episode URL is always kept.
 */
export const MAX_LINK_LENGTH = 2000

/** What ends a shortened description. */
export const ELLIPSIS = "…"

const DAY_MS = 24 * 60 * 60 * 1000

const GOOGLE_RENDER = "https://calendar.google.com/calendar/render"
const OUTLOOK_LIVE = "https://outlook.live.com"
const OUTLOOK_OFFICE = "https://outlook.office.com"

/** A query string from pairs, every value percent-encoded (RFC 3986: a space is `%20`, a new line `%0A`). */
function query(pairs: ReadonlyArray<readonly [string, string | null]>): string {
  return pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== null)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&")
}

/** An instant in ISO 8601 / RFC 3339 UTC to the second: `2026-10-25T00:30:00Z`. */
const isoUtc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z")
/** The same in ISO 8601's basic format, as RFC 5545 writes a UTC DATE-TIME (3.3.5, form #2): `20261025T003000Z`. */
const basicUtc = (ms: number) => isoUtc(ms).replace(/[-:]/g, "")
/** A UTC day in ISO 8601's extended format: `2026-10-25`. */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
/** A UTC day as RFC 5545 writes a DATE (3.3.4): `20261025`. */
const basicDay = (ms: number) => isoDay(ms).replace(/-/g, "")

/**
 * The days an all-day event covers: from the start's UTC day to its end, exclusive (as RFC 5545's
 * DTEND;VALUE=DATE, 3.6.1 and 3.8.2.2): the end rounded up to a midnight, and at least the next day.
 */
function allDayRange(event: Pick<CalendarEvent, "start" | "end">): { start: number; end: number } {
  const start = Math.floor(event.start / DAY_MS) * DAY_MS
  return { start, end: Math.max(Math.ceil(event.end / DAY_MS) * DAY_MS, start + DAY_MS) }
}

/** Text with its line breaks as `\n` and without the blank space at its ends. */
const plainText = (text: string) => text.replace(/\r\n?/g, "\n").trim()

/** The description with the episode URL as its last paragraph (as in the .ics invite). */
function details(text: string, url: string | null): string {
  return [text, url].filter((part): part is string => part !== null && part !== "").join("\n\n")
}

/**
 * The first `count` code points of `characters`, cut back to the last white space when there is one
 * (a word is never cut in two), then `…`. A single word longer than the room is cut between code
 * points, never inside a surrogate pair.
 */
function shorten(characters: readonly string[], count: number): string {
  const isSpace = (character: string | undefined) => character !== undefined && /\s/.test(character)
  let end = count
  // Unless the text goes on with a space (or ends there), go back to the last space in the kept part.
  if (count < characters.length && !isSpace(characters[count])) {
    let space = count - 1
    while (space > 0 && !isSpace(characters[space])) space--
    if (space > 0) end = space
  }
  const kept = characters.slice(0, end).join("").trimEnd()
  return kept === "" ? "" : `${kept}${ELLIPSIS}`
}

/**
 * The description for links made by `build`: the whole text when every link fits `MAX_LINK_LENGTH`,
 * else the longest word-boundary prefix (with `…`) that does; the episode URL is always kept. When
 * even the URL alone does not fit (a title of some 2,000 characters), the description is the URL.
 */
function fittedDetails(description: string | null, url: string | null, build: (details: string) => string[]): string {
  const text = description === null ? "" : plainText(description)
  const fits = (candidate: string) => build(candidate).every((link) => link.length <= MAX_LINK_LENGTH)
  const whole = details(text, url)
  if (fits(whole)) return whole
  const characters = Array.from(text)
  // The largest count of code points whose shortened text fits: the encoded length grows with it.
  let low = 0
  let high = characters.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (fits(details(shorten(characters, middle), url))) low = middle
    else high = middle - 1
  }
  return details(shorten(characters, low), url)
}

/**
 * Google Calendar's event template (no official documentation; see
 * add-event-to-calendar-docs, services/google.md): `text` the title, `dates` start/end, `details`
 * the description, `location`. A timed event's dates are UTC DATE-TIMEs in the basic format with
 * `Z`, `20261025T003000Z/20261025T020000Z` (without the `Z` Google reads the viewer's zone); an
 * all-day event's are DATEs, `20261025/20261026`, the end being the day after (exclusive, as
 * RFC 5545's DTEND;VALUE=DATE).
 */
function googleLink(event: CalendarEvent, text: string): string {
  const range = event.dateOnly ? allDayRange(event) : null
  const dates = range === null ? `${basicUtc(event.start)}/${basicUtc(event.end)}` : `${basicDay(range.start)}/${basicDay(range.end)}`
  return `${GOOGLE_RENDER}?${query([
    ["action", "TEMPLATE"],
    ["text", event.title],
    ["dates", dates],
    ["details", text === "" ? null : text],
    ["location", event.url],
  ])}`
}

/**
 * Outlook on the web's compose deeplink, the same on Outlook.com and Office 365 (no official
 * documentation; see add-event-to-calendar-docs, services/outlook-web.md, and add2cal's
 * src/generators/outlook.ts): `rru=addevent`, `subject`, `startdt`, `enddt`, `body`, `location`.
 * A timed event's `startdt`/`enddt` are ISO 8601 instants in UTC with `Z`, `2026-10-25T00:30:00Z`
 * (without the `Z` Outlook reads the time in the mailbox's zone); an all-day event's are days,
 * `2026-10-25` to the day after (exclusive, as the .ics), with `allday=true`.
 */
function outlookLink(origin: string, event: CalendarEvent, text: string): string {
  const range = event.dateOnly ? allDayRange(event) : null
  return `${origin}/calendar/0/action/compose?${query([
    ["rru", "addevent"],
    ["subject", event.title],
    ["startdt", range === null ? isoUtc(event.start) : isoDay(range.start)],
    ["enddt", range === null ? isoUtc(event.end) : isoDay(range.end)],
    ["allday", range === null ? null : "true"],
    ["body", text === "" ? null : text],
    ["location", event.url],
  ])}`
}

/**
 * The links that add one episode to a calendar: Google Calendar, Outlook.com, Office 365, and the
 * episode's .ics invite (unchanged). The dates are the instants of the invite's DTSTART and DTEND
 * (RFC 5545, 3.8.2.4 and 3.8.2.2), in UTC; for a day without a time, its days (VALUE=DATE, end
 * exclusive). The description ends with the episode URL, which is also the location; it is
 * shortened at a word boundary, with `…`, to keep each link within `MAX_LINK_LENGTH` characters.
 */
export function episodeCalendarLinks(event: CalendarEvent): EpisodeCalendarLinks {
  const links = (text: string) => ({
    google: googleLink(event, text),
    outlook: outlookLink(OUTLOOK_LIVE, event, text),
    office365: outlookLink(OUTLOOK_OFFICE, event, text),
    ics: event.ics,
  })
  return links(
    fittedDetails(event.description, event.url, (text) => {
      const made = links(text)
      return [made.google, made.outlook, made.office365]
    }),
  )
}

/**
 * The links that subscribe to the show's calendar (a feed that updates, unlike an invite):
 *
 * - Google Calendar cannot follow a webcal: link, but opens its "add calendar" prompt for
 *   `https://calendar.google.com/calendar/render?cid=<URL>`. Only a webcal:// URL is accepted there
 *   for a calendar outside Google: with `cid=https://…` Google answers "This email address isn't
 *   associated with an active Google Calendar account" (calagator/calagator#556,
 *   add2cal/add-to-calendar-button#252, JesperDramsch/python-deadlines#32); Google then fetches the
 *   feed over https. The URL is percent-encoded, so its own query survives.
 * - Outlook.com and Office 365: `/calendar/0/addfromweb?url=<https URL>&name=<name>` (add2cal's
 *   src/generators/outlook.ts, `atcb_subscribe_microsoft`).
 * - Apple Calendar: the same URL with the webcal: scheme (the de facto scheme for subscriptions;
 *   it is not registered with IANA), `webcal://host/path`.
 * - ics: the https URL itself.
 *
 * `calendarUrl` must be an absolute http(s) URL; it is normalized by the WHATWG URL parser (a space
 * in it becomes `%20`). Throws a TypeError for anything else.
 */
export function showSubscribeLinks(source: ShowCalendarSource): ShowSubscribeLinks {
  const url = new URL(source.calendarUrl)
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(`The show's calendar URL must be an http(s) URL, not ${JSON.stringify(source.calendarUrl)}.`)
  }
  const ics = url.href
  const webcal = `webcal:${ics.slice(url.protocol.length)}`
  const addFromWeb = (origin: string) =>
    `${origin}/calendar/0/addfromweb?${query([
      ["url", ics],
      ["name", source.name],
    ])}`
  return {
    google: `${GOOGLE_RENDER}?${query([["cid", webcal]])}`,
    outlook: addFromWeb(OUTLOOK_LIVE),
    office365: addFromWeb(OUTLOOK_OFFICE),
    apple: webcal,
    ics,
  }
}
