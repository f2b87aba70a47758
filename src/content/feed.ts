/**
 * Feeds of the episodes that have aired, newest first: RSS 2.0 and JSON Feed 1.1.
 * Pure; onPostBuild writes the files.
 */
import { Parser } from "htmlparser2"
import type { EpisodeRecord } from "../types"
import { byStart } from "../utils/episode-time"
import { upcomingUntil } from "../utils/schedule"
import { episodePath, siteHref } from "./urls"

export type FeedEpisode = Pick<EpisodeRecord, "slug" | "number" | "title" | "start" | "dateOnly" | "description" | "descriptionText" | "path"> & {
  youtube: { thumbnailUrl: string } | null
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
  /** How many items a feed holds at most: the newest that have aired (the `feedLimit` option). */
  limit: number
}

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

/** An RSS 2.0 feed (https://www.rssboard.org/rss-specification) of the episodes that have aired (see `feedEpisodes`). */
export function rssFeed(episodes: readonly FeedEpisode[], context: FeedContext): string {
  const channelLink = siteHref(context.showPath, context.siteUrl)
  const items = feedEpisodes(episodes, context.builtAt, context.limit).map((episode) => {
    const link = episodeLink(episode, context)
    return [
      "    <item>",
      `      <title>${escapeXml(episode.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="${context.siteUrl !== null && episode.path !== null}">${escapeXml(link)}</guid>`,
      `      <pubDate>${itemDate(episode).toUTCString()}</pubDate>`,
      ...(episode.description === null ? [] : [`      <description>${escapeXml(contentHtml(episode.description, link, context))}</description>`]),
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
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(context.title)}</title>`,
    `    <link>${escapeXml(channelLink)}</link>`,
    `    <description>${escapeXml(context.description ?? context.title)}</description>`,
    "    <language>en</language>",
    `    <lastBuildDate>${context.builtAt.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(siteHref(context.feedPath, context.siteUrl))}" rel="self" type="application/rss+xml"/>`,
    ...image,
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
      }
    }),
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}
