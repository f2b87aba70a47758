/**
 * What the pages offer to put the show in a calendar, made at build time (into the pages' context):
 * add-to-calendar links for each episode still to come, and subscribe links for the show's calendar.
 * The links themselves are made by calendar-links.ts; this chooses the episodes and what each link says,
 * as the episode's .ics invite says it (ical.ts): the same instants, title and page.
 */
import type { EpisodeRecord } from "../types"
import { airingEnd } from "../utils/schedule"
import { plainSummary } from "../utils/summary"
import { episodeCalendarLinks, showSubscribeLinks, type EpisodeCalendarLinks, type ShowSubscribeLinks } from "./calendar-links"
import { absoluteUrl, episodePath } from "./urls"

/** The longest description a link carries, in characters: the page it links to has the rest. */
const LINK_DESCRIPTION_LENGTH = 400

export interface AddToCalendarContext {
  /** The site's origin and path prefix, or null when unknown (the links then name no page). */
  siteUrl: string | null
  /** The show page's path as the site serves it (Gatsby's trailingSlash applied): where episodes without a page are. */
  showPath: string
  airingWindowMinutes: number
  /** The build's clock (ms since 1970-01-01T00:00:00Z): which episodes are still to come. */
  builtAt: number
}

type LinkedEpisode = Pick<EpisodeRecord, "slug" | "path" | "title" | "start" | "dateOnly" | "descriptionText" | "calendarInvite"> & {
  youtube: { watchUrl: string } | null
}

/**
 * An episode's add-to-calendar links (Google Calendar, Outlook.com, Office 365, its .ics), or null
 * when it has no .ics invite (the `calendar` option off and none hand-made) or is over at `builtAt`.
 */
export function episodeAddLinks(episode: LinkedEpisode, context: AddToCalendarContext): EpisodeCalendarLinks | null {
  if (episode.calendarInvite === null || airingEnd(episode, context.airingWindowMinutes) <= context.builtAt) return null
  const url = absoluteUrl(episodePath(episode, context.showPath), context.siteUrl)
  const description = [plainSummary(episode.descriptionText, LINK_DESCRIPTION_LENGTH), episode.youtube === null ? null : `Watch: ${episode.youtube.watchUrl}`]
    .filter((part): part is string => part !== null)
    .join("\n\n")
  return episodeCalendarLinks({
    start: episode.start,
    end: airingEnd(episode, context.airingWindowMinutes),
    dateOnly: episode.dateOnly,
    title: episode.title,
    description: description === "" ? null : description,
    url,
    ics: episode.calendarInvite,
  })
}

/** The add-to-calendar links of each episode still to come (or on air) at `builtAt`, by slug. */
export function upcomingAddLinks(episodes: readonly LinkedEpisode[], context: AddToCalendarContext): Record<string, EpisodeCalendarLinks> {
  const links: Record<string, EpisodeCalendarLinks> = {}
  for (const episode of episodes) {
    const made = episodeAddLinks(episode, context)
    if (made !== null) links[episode.slug] = made
  }
  return links
}

/**
 * The links that subscribe a calendar to the show's (`calendarPath`, a site path, or null when the
 * `calendar` option is off), named `name`; null without a calendar or without the site's URL (calendar
 * apps need an absolute one).
 */
export function showCalendarSubscription(calendarPath: string | null, name: string, siteUrl: string | null): ShowSubscribeLinks | null {
  const calendarUrl = calendarPath === null ? null : absoluteUrl(calendarPath, siteUrl)
  return calendarUrl === null ? null : showSubscribeLinks({ calendarUrl, name })
}
