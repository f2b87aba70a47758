/**
 * Feeds of the episodes that have aired, newest first: RSS 2.0 and JSON Feed 1.1. The RSS feed also
 * announces the upcoming and live episodes as Podcasting 2.0 live items (see `liveItems`).
 * Pure; onPostBuild writes the files.
 */
import { Parser } from "htmlparser2"
import type { EpisodeRecord } from "../types"
import { byStart } from "../utils/episode-time"
import { airingEnd, isLive, upcomingUntil } from "../utils/schedule"
import { episodeUid } from "./ical"
import { episodePath, siteHref } from "./urls"

export type FeedEpisode = Pick<EpisodeRecord, "uid" | "slug" | "number" | "title" | "start" | "dateOnly" | "description" | "descriptionText" | "path"> & {
  /** The episode's video: its thumbnail (the JSON feed's `image`) and its watch page (a live item's `<podcast:contentLink>`). */
  youtube: { thumbnailUrl: string; watchUrl: string } | null
  /** Its topics: an RSS item's `<category>`s, a JSON Feed item's `tags`. */
  topics?: ReadonlyArray<{ name: string }>
}

export interface FeedContext {
  title: string
  description: string | null
  /** The site's origin, or null: links are then site-relative, which some readers refuse. */
  siteUrl: string | null
  /** The show page's path: /live/. */
  showPath: string
  /** Where the feed itself is served: /live/rss.xml, /live/feed.json. */
  feedPath: string
  /** The build's one clock (see clock.ts): the feed's date, and which episodes have aired (see `feedEpisodes`). */
  builtAt: Date
  /** The show's image as an absolute http(s) URL (the content's `seo.image`), or null: the feeds then name none. */
  imageUrl: string | null
  /** How many items a feed holds at most: the newest that have aired (the `feedLimit` option). Live items are not counted. */
  limit: number
  /**
   * Minutes from an episode's start during which it is on air (the `airingWindowMinutes` option, as the
   * show page counts it: see `isLive` in src/utils/schedule.ts): a live item's status and its `end`.
   */
  airingWindowMinutes: number
}

/** The Podcasting 2.0 namespace (https://github.com/Podcastindex-org/podcast-namespace, docs/1.0.md), declared as `xmlns:podcast` on `<rss>`. */
export const PODCAST_NAMESPACE = "https://podcastindex.org/namespace/1.0"

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }

/** Text for XML: markup escaped, and the characters XML 1.0 forbids removed. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!)
}

/**
 * The items of a feed: the episodes that have aired by `builtAt`, newest first, at most `limit` of them.
 *
 * An episode has aired once it has started, as the show page counts it (its past episodes and the one
 * on air): an episode on air at build time is an item, dated its start. An episode known only by its day
 * stays "Up next" on the show page for the whole of that day (UTC), and becomes an item once the day
 * is over, dated that day (see `itemDate`). Upcoming episodes are left out: readers hide or misplace
 * items dated in the future (the W3C validator calls them implausible). A rebuild after an episode airs adds it.
 */
export function feedEpisodes<T extends Pick<EpisodeRecord, "start" | "dateOnly" | "number">>(episodes: readonly T[], builtAt: Date, limit: number): T[] {
  return episodes
    .filter((episode) => upcomingUntil(episode) <= builtAt.getTime())
    .sort(byStart)
    .reverse()
    .slice(0, Math.max(0, limit))
}

/**
 * An item's date. Neither feed can say a day without a time: RSS 2.0 dates are RFC 822 date-times
 * ("All date-times in RSS conform to the Date and Time Specification of RFC 822"), whose `time` is
 * required (RFC 822, 5.1: `date-time = [ day "," ] date time`), and JSON Feed 1.1's `date_published`
 * is in "RFC 3339 format", a `date-time` (RFC 3339, 5.6: `full-date "T" full-time`). So a day-only
 * episode is dated 00:00 UTC of its day, its `start`: the day (its `PlainDate`) at the moment the
 * theme orders it by, as in `Thu, 03 Jun 2021 00:00:00 GMT` and `2021-06-03T00:00:00.000Z`. A
 * timed episode is dated its start.
 */
export function itemDate(episode: Pick<EpisodeRecord, "start">): Date {
  return new Date(episode.start)
}

function episodeLink(episode: FeedEpisode, context: FeedContext): string {
  return siteHref(episodePath(episode, context.showPath), context.siteUrl)
}

/**
 * Attributes whose value is one URL (HTML's URL attributes). The sanitizer lets only `href` (on `<a>`)
 * through today; the others are here so that allowing one later does not leave relative URLs in feeds.
 */
const URL_ATTRIBUTES = new Set(["href", "src", "cite", "poster", "action", "formaction", "data", "longdesc", "background", "xlink:href"])

const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" }

/**
 * `html` with every relative URL in its URL attributes (`/live/`, `#questions`, `../x`, `page/2/`,
 * `//host/x`) resolved against `base`, an absolute URL: feed readers show an item's HTML away from the
 * site and have no base URL to resolve them against. URLs with a scheme (`https:`, `mailto:`) are kept
 * as they are, and so is everything else in the HTML, byte for byte: only the attributes that change
 * are written again, double-quoted.
 */
export function absolutizeHtml(html: string, base: string): string {
  const changes: Array<{ start: number; end: number; text: string }> = []
  const parser = new Parser(
    {
      onattribute(name, value) {
        if (!URL_ATTRIBUTES.has(name)) return
        let absolute: string
        try {
          new URL(value) // already absolute: it has a scheme
          return
        } catch {
          try {
            absolute = new URL(value, base).href
          } catch {
            return // not a URL even against the base: leave it as the editor wrote it
          }
        }
        // Between the start of the attribute's name and the end of its value (parser.endIndex is past its last character).
        changes.push({ start: parser.startIndex, end: parser.endIndex, text: `${name}="${absolute.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!)}"` })
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  let result = html
  for (const change of changes.reverse()) result = result.slice(0, change.start) + change.text + result.slice(change.end)
  return result
}

/** An episode's description for a feed: its sanitized HTML, with relative URLs resolved against its page's absolute URL when the site's URL is known. */
function contentHtml(description: string, link: string, context: FeedContext): string {
  return context.siteUrl === null ? description : absolutizeHtml(description, link)
}

/** A live item's `status` (Podcasting 2.0, docs/tags/live-item.md: "must be one of `pending`, `live` or `ended`"). */
export type LiveItemStatus = "pending" | "live" | "ended"

/**
 * How long, in milliseconds, the RSS feed keeps an ended episode's live item after its airing window has
 * closed: a day. The spec makes `status` the signal ("The canonical way to know if a stream has started is
 * with the `status` attribute"), so a build soon after the show tells apps that showed the stream as live
 * that it is over (`status="ended"`) rather than letting it vanish; after that the aired `<item>` is enough.
 */
export const ENDED_LIVE_ITEM_KEPT_MS = 24 * 60 * 60 * 1000

/**
 * A timed episode's live status at `now` (ms since the epoch), as the show page counts it (`isLive` in
 * src/utils/schedule.ts): "pending" before its start, "live" from its start until `airingWindowMinutes`
 * after it, "ended" from then on.
 */
export function liveItemStatus(episode: Pick<EpisodeRecord, "start" | "dateOnly">, now: number, airingWindowMinutes: number): LiveItemStatus {
  if (now < episode.start) return "pending"
  return isLive(episode, now, airingWindowMinutes) ? "live" : "ended"
}

/**
 * The episodes the RSS feed announces as `<podcast:liveItem>`s at `builtAt` (Podcasting 2.0,
 * docs/tags/live-item.md), oldest first, each with its status (see `liveItemStatus`): every upcoming
 * episode ("pending"), the ones on air ("live"), and those whose airing window closed less than
 * `ENDED_LIVE_ITEM_KEPT_MS` ago ("ended"). Not capped by the feed's `limit`, which counts `<item>`s.
 *
 * Episodes known only by their day (`dateOnly`) are left out: a live item's `start` is "required" and
 * "denotes the time when the stream is intended to start", which such an episode does not know (its
 * `start`, 00:00 UTC, is only the moment the theme orders it by), and the show page never shows one as live.
 *
 * An episode on air is also an `<item>` (see `feedEpisodes`); the two share the guid, as the spec says
 * "The function of `<guid>` within a live item tag is the same as it is within a regular item".
 */
export function liveItems<T extends Pick<EpisodeRecord, "start" | "dateOnly" | "number">>(
  episodes: readonly T[],
  builtAt: Date,
  airingWindowMinutes: number,
): Array<{ episode: T; status: LiveItemStatus }> {
  const now = builtAt.getTime()
  return episodes
    .filter((episode) => !episode.dateOnly && now < airingEnd(episode, airingWindowMinutes) + ENDED_LIVE_ITEM_KEPT_MS)
    .sort(byStart)
    .map((episode) => ({ episode, status: liveItemStatus(episode, now, airingWindowMinutes) }))
}

/** An RSS item's or live item's `<guid>`: the episode's URL, a permalink when it is an absolute URL of the episode's own page. */
function guidElement(episode: FeedEpisode, link: string, context: FeedContext): string {
  return `<guid isPermaLink="${context.siteUrl !== null && episode.path !== null}">${escapeXml(link)}</guid>`
}

/**
 * A `<podcast:liveItem status start end>` (Podcasting 2.0, docs/tags/live-item.md), indented for the
 * channel. `start` is the episode's start and `end` its start plus the airing window, both ISO 8601 in
 * UTC to the millisecond (`2026-11-24T14:00:00.000Z`). Children: `<title>`, `<link>` and
 * `<description>` as the episode's `<item>` has them; a `<guid isPermaLink="false">`, the episode's
 * calendar UID (`<uid>@<host>`, see ical.ts `episodeUid`), so that a stream renamed or rescheduled
 * before it airs stays the same stream (the spec: a changed guid "MUST be considered a new stream"; the
 * page URL, an item's guid, changes with the title and the date); and the `<podcast:contentLink>`s the
 * spec requires "to ensure that listeners have a fallback option in case their chosen app cannot play
 * the given content stream directly": the YouTube watch page, when the episode has a video ("Live on
 * YouTube!", the spec's text for it), and the episode's page on the site, else its card on the show
 * page ("Listen Live!", the spec's text for "an HTML page that can play the live stream").
 *
 * With a video, an `<enclosure>` of its watch page (`type="text/html"`, `length="0"`): the spec asks
 * for one ("should"), and the Podcast Index's parser (podcast-partytime) drops a live item without
 * it. A YouTube stream has no file an app can play itself: an app that cannot play the page follows
 * the content links.
 */
function liveItemElement(episode: FeedEpisode, status: LiveItemStatus, context: FeedContext): string {
  const link = episodeLink(episode, context)
  const end = new Date(airingEnd(episode, context.airingWindowMinutes))
  return [
    `    <podcast:liveItem status="${status}" start="${new Date(episode.start).toISOString()}" end="${end.toISOString()}">`,
    `      <title>${escapeXml(episode.title)}</title>`,
    `      <link>${escapeXml(link)}</link>`,
    `      <guid isPermaLink="false">${escapeXml(episodeUid(episode, context.siteUrl))}</guid>`,
    ...(episode.description === null ? [] : [`      <description>${escapeXml(contentHtml(episode.description, link, context))}</description>`]),
    ...(episode.youtube === null ? [] : [`      <enclosure url="${escapeXml(episode.youtube.watchUrl)}" type="text/html" length="0"/>`]),
    ...(episode.youtube === null ? [] : [`      <podcast:contentLink href="${escapeXml(episode.youtube.watchUrl)}">Live on YouTube!</podcast:contentLink>`]),
    `      <podcast:contentLink href="${escapeXml(link)}">Listen Live!</podcast:contentLink>`,
    "    </podcast:liveItem>",
  ].join("\n")
}

/**
 * An RSS 2.0 feed (https://www.rssboard.org/rss-specification) of the episodes that have aired (see
 * `feedEpisodes`), with the Podcasting 2.0 namespace (`xmlns:podcast`, `PODCAST_NAMESPACE`) and, before
 * the items, a `<podcast:liveItem>` for each upcoming, live and just-ended episode (see `liveItems`).
 */
export function rssFeed(episodes: readonly FeedEpisode[], context: FeedContext): string {
  const channelLink = siteHref(context.showPath, context.siteUrl)
  const items = feedEpisodes(episodes, context.builtAt, context.limit).map((episode) => {
    const link = episodeLink(episode, context)
    return [
      "    <item>",
      `      <title>${escapeXml(episode.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      ${guidElement(episode, link, context)}`,
      `      <pubDate>${itemDate(episode).toUTCString()}</pubDate>`,
      ...(episode.description === null ? [] : [`      <description>${escapeXml(contentHtml(episode.description, link, context))}</description>`]),
      // RSS 2.0 <category>, one per topic.
      ...(episode.topics ?? []).map((topic) => `      <category>${escapeXml(topic.name)}</category>`),
      "    </item>",
    ].join("\n")
  })
  // The channel's image: its url, and the title and link of the channel (RSS 2.0, <image> sub-element of <channel>).
  const image =
    context.imageUrl === null
      ? []
      : [
          "    <image>",
          `      <url>${escapeXml(context.imageUrl)}</url>`,
          `      <title>${escapeXml(context.title)}</title>`,
          `      <link>${escapeXml(channelLink)}</link>`,
          "    </image>",
        ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:podcast="${PODCAST_NAMESPACE}">`,
    "  <channel>",
    `    <title>${escapeXml(context.title)}</title>`,
    `    <link>${escapeXml(channelLink)}</link>`,
    `    <description>${escapeXml(context.description ?? context.title)}</description>`,
    "    <language>en</language>",
    `    <lastBuildDate>${context.builtAt.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(siteHref(context.feedPath, context.siteUrl))}" rel="self" type="application/rss+xml"/>`,
    ...image,
    ...liveItems(episodes, context.builtAt, context.airingWindowMinutes).map(({ episode, status }) => liveItemElement(episode, status, context)),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n")
}

/** A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) of the episodes that have aired (see `feedEpisodes`). */
export function jsonFeed(episodes: readonly FeedEpisode[], context: FeedContext): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: context.title,
    home_page_url: siteHref(context.showPath, context.siteUrl),
    feed_url: siteHref(context.feedPath, context.siteUrl),
    ...(context.description === null ? {} : { description: context.description }),
    // The show's image for a reader's timeline (icon) and its list of feeds (favicon).
    ...(context.imageUrl === null ? {} : { icon: context.imageUrl, favicon: context.imageUrl }),
    language: "en",
    items: feedEpisodes(episodes, context.builtAt, context.limit).map((episode) => {
      const link = episodeLink(episode, context)
      return {
        id: link,
        url: link,
        title: episode.title,
        date_published: itemDate(episode).toISOString(),
        ...(episode.description === null
          ? { content_text: episode.title }
          : { content_html: contentHtml(episode.description, link, context), summary: episode.descriptionText ?? undefined }),
        ...(episode.youtube === null ? {} : { image: episode.youtube.thumbnailUrl }),
        ...((episode.topics ?? []).length === 0 ? {} : { tags: episode.topics!.map((topic) => topic.name) }),
      }
    }),
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}
