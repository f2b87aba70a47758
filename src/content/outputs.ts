/**
 * The files a show adds to the built site besides its pages: generated
 * invites, the subscribable calendar, the RSS and JSON feeds. Pure: it returns
 * paths and contents, and onPostBuild writes them under public/.
 */
import type { EpisodeRecord, FeedLinks, ShowPageData } from "../types"
import { episodeInvite, showCalendar, type CalendarContext } from "./ical"
import { jsonFeed, rssFeed, type FeedContext } from "./feed"
import { imageUrlOf, servedPath, type TrailingSlash } from "./urls"
import { showTitle } from "../utils/show-title"

export interface OutputOptions {
  calendar: boolean
  feed: boolean
  airingWindowMinutes: number
  /** The most items each feed holds: the newest episodes that have aired. */
  feedLimit: number
}

/** Where a show's RSS feed, JSON feed and calendar are served, or null for those the options turn off. */
export function subscriptionPaths(showPath: string, options: Pick<OutputOptions, "calendar" | "feed">): FeedLinks {
  return {
    rss: options.feed ? `${showPath}rss.xml` : null,
    jsonFeed: options.feed ? `${showPath}feed.json` : null,
    calendar: options.calendar ? `${showPath}calendar.ics` : null,
  }
}

export interface OutputFile {
  /** Site path: /live/rss.xml. */
  path: string
  content: string
}

/**
 * Every file the show adds. `context.builtAt` is the build's one clock (see clock.ts): the calendars'
 * DTSTAMP, SEQUENCE and LAST-MODIFIED, and the feeds' date and which episodes they hold (those that have aired).
 */
export function showOutputs(
  page: Pick<ShowPageData, "path" | "seo" | "hero">,
  episodes: readonly EpisodeRecord[],
  context: {
    siteUrl: string | null
    builtAt: Date
    /** Gatsby's trailingSlash option: the show page's URL in the feeds, and its anchors, as the site serves it. Default "always". */
    trailingSlash?: TrailingSlash
  },
  options: OutputOptions,
): OutputFile[] {
  const paths = subscriptionPaths(page.path, options)
  // Where the feeds and calendars point at the show page (its URL, and `/live/#slug` for episodes without a page).
  const showUrlPath = servedPath(page.path, context.trailingSlash ?? "always")
  const files: OutputFile[] = []
  const calendarContext: CalendarContext = {
    name: showTitle(page),
    siteUrl: context.siteUrl,
    showPath: showUrlPath,
    airingWindowMinutes: options.airingWindowMinutes,
    stamp: context.builtAt,
  }
  if (paths.calendar !== null) {
    files.push({ path: paths.calendar, content: showCalendar(episodes, calendarContext) })
    for (const episode of episodes) {
      if (episode.inviteGenerated && episode.calendarInvite !== null)
        files.push({ path: episode.calendarInvite, content: episodeInvite(episode, calendarContext) })
    }
  }
  if (paths.rss !== null && paths.jsonFeed !== null) {
    const feedContext: Omit<FeedContext, "feedPath"> = {
      title: showTitle(page),
      description: page.seo.description,
      siteUrl: context.siteUrl,
      showPath: showUrlPath,
      builtAt: context.builtAt,
      imageUrl: imageUrlOf(page.seo.image, context.siteUrl),
      limit: options.feedLimit,
      airingWindowMinutes: options.airingWindowMinutes,
    }
    files.push({ path: paths.rss, content: rssFeed(episodes, { ...feedContext, feedPath: paths.rss }) })
    files.push({ path: paths.jsonFeed, content: jsonFeed(episodes, { ...feedContext, feedPath: paths.jsonFeed }) })
  }
  return files
}
