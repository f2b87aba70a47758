/**
 * Feeds of published episodes, newest first: RSS 2.0 and JSON Feed 1.1.
 * Pure; onPostBuild writes the files.
 */
import type { Episode } from "../types"
import { byStart } from "../utils/schedule"
import { episodePath, siteHref } from "./urls"

export type FeedEpisode = Pick<Episode, "slug" | "number" | "title" | "date" | "description" | "descriptionText" | "path"> & {
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
  builtAt: Date
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }

/** Text for XML: markup escaped, and the characters XML 1.0 forbids removed. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!)
}

const newestFirst = <T extends Pick<Episode, "date" | "number">>(episodes: readonly T[]) => [...episodes].sort(byStart).reverse()

function episodeLink(episode: FeedEpisode, context: FeedContext): string {
  return siteHref(episodePath(episode, context.showPath), context.siteUrl)
}

export function rssFeed(episodes: readonly FeedEpisode[], context: FeedContext): string {
  const items = newestFirst(episodes).map((episode) => {
    const link = episodeLink(episode, context)
    return [
      "    <item>",
      `      <title>${escapeXml(episode.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="${context.siteUrl !== null && episode.path !== null}">${escapeXml(link)}</guid>`,
      `      <pubDate>${new Date(episode.date).toUTCString()}</pubDate>`,
      ...(episode.description === null ? [] : [`      <description>${escapeXml(episode.description)}</description>`]),
      "    </item>",
    ].join("\n")
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(context.title)}</title>`,
    `    <link>${escapeXml(siteHref(context.showPath, context.siteUrl))}</link>`,
    `    <description>${escapeXml(context.description ?? context.title)}</description>`,
    "    <language>en</language>",
    `    <lastBuildDate>${context.builtAt.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(siteHref(context.feedPath, context.siteUrl))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n")
}

export function jsonFeed(episodes: readonly FeedEpisode[], context: FeedContext): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: context.title,
    home_page_url: siteHref(context.showPath, context.siteUrl),
    feed_url: siteHref(context.feedPath, context.siteUrl),
    ...(context.description === null ? {} : { description: context.description }),
    language: "en",
    items: newestFirst(episodes).map((episode) => {
      const link = episodeLink(episode, context)
      return {
        id: link,
        url: link,
        title: episode.title,
        date_published: episode.date,
        ...(episode.description === null
          ? { content_text: episode.title }
          : { content_html: episode.description, summary: episode.descriptionText ?? undefined }),
        ...(episode.youtube === null ? {} : { image: episode.youtube.thumbnailUrl }),
      }
    }),
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}
