/**
 * The files a show adds to the built site besides its pages: generated
 * invites, the subscribable calendar, the RSS and JSON feeds. Pure: it returns
 * paths and contents, and onPostBuild writes them under public/.
 */
import type { Episode, FeedLinks, ShowPageData } from "../types"
import { episodeInvite, showCalendar, type CalendarContext } from "./ical"
import { jsonFeed, rssFeed } from "./feed"
import { showTitle } from "../utils/show-title"

export interface OutputOptions {
  calendar: boolean
  feed: boolean
  airingWindowMinutes: number
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

export function showOutputs(
  page: Pick<ShowPageData, "path" | "seo" | "hero">,
  episodes: readonly Episode[],
  context: { siteUrl: string | null; builtAt: Date },
  options: OutputOptions,
): OutputFile[] {
  const paths = subscriptionPaths(page.path, options)
  const files: OutputFile[] = []
  const calendarContext: CalendarContext = {
    name: showTitle(page),
    siteUrl: context.siteUrl,
    showPath: page.path,
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
    const feedContext = { title: showTitle(page), description: page.seo.description, siteUrl: context.siteUrl, showPath: page.path, builtAt: context.builtAt }
    files.push({ path: paths.rss, content: rssFeed(episodes, { ...feedContext, feedPath: paths.rss }) })
    files.push({ path: paths.jsonFeed, content: jsonFeed(episodes, { ...feedContext, feedPath: paths.jsonFeed }) })
  }
  return files
}
