/**
 * schema.org structured data (JSON-LD) for the show page and the episode
 * pages, made at build time (seo.ts); SeoHead serializes it with `jsonLdScript`.
 */
import type { EpisodeRecord, JsonLd } from "../types"
import { machineDate } from "../utils/episode-time"
import { airingEnd } from "../utils/schedule"
import { episodePath, servedPath, siteHref, type TrailingSlash } from "./urls"
import { plainSummary } from "../utils/summary"

type Thing = JsonLd

/**
 * A past episode with a video: a VideoObject. An episode still to come (or on
 * air) at `now`: an Event online, whose video, once it has a stream, carries a
 * live BroadcastEvent. A past episode without a video: a plain Event.
 *
 * Dates are schema.org `Date` or `DateTime` values, ISO 8601 (https://schema.org/startDate,
 * https://schema.org/uploadDate): a day without a time is its day alone (`machineDate`:
 * `"startDate": "2021-06-03"`, `"uploadDate": "2021-06-03"`), with no `endDate`, whose end is
 * unknown; a timed episode is its instant in UTC, and ends when its airing window does.
 */
export function episodeJsonLd(episode: EpisodeRecord, context: { siteUrl: string | null; now: number; airingWindowMinutes: number; showTitle: string }): Thing {
  const url = siteHref(episode.path ?? "", context.siteUrl)
  const description = plainSummary(episode.descriptionText) ?? episode.title
  const endsAt = airingEnd(episode, context.airingWindowMinutes)
  // Its start as schema.org writes it: the day alone for a day without a time (see the top of this function).
  const startDate = machineDate(episode)
  const endDate = episode.dateOnly ? {} : { endDate: new Date(endsAt).toISOString() }
  const video = episode.youtube
  const videoObject = (extra: Thing = {}): Thing => ({
    "@type": "VideoObject",
    name: episode.title,
    description,
    thumbnailUrl: video === null ? undefined : [video.thumbnailUrl],
    uploadDate: startDate,
    embedUrl: video?.embedUrl,
    contentUrl: video?.watchUrl,
    ...extra,
  })
  const ended = endsAt <= context.now
  if (ended && video !== null) return { "@context": "https://schema.org", ...videoObject({ url }) }
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: episode.title,
    description,
    url,
    startDate,
    ...endDate,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    location: { "@type": "VirtualLocation", url: video?.watchUrl ?? url },
    organizer: { "@type": "Organization", name: context.showTitle, url: siteHref("/", context.siteUrl) },
    ...(video === null ? {} : { image: [video.thumbnailUrl] }),
    ...(episode.speakers.length === 0 ? {} : { performer: episode.speakers.map((speaker) => ({ "@type": "Person", name: speaker.name })) }),
    ...(video === null || ended
      ? {}
      : {
          workFeatured: videoObject({
            publication: { "@type": "BroadcastEvent", isLiveBroadcast: true, startDate, ...endDate },
          }),
        }),
  }
}

/** The show page's episodes, in the order it lists them; URLs as the site serves them (Gatsby's trailingSlash). */
export function itemListJsonLd(
  episodes: readonly EpisodeRecord[],
  context: { siteUrl: string | null; name: string; showPath: string; trailingSlash: TrailingSlash },
): Thing {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name: context.name,
    url: siteHref(servedPath(context.showPath, context.trailingSlash), context.siteUrl),
    numberOfItems: episodes.length,
    itemListElement: episodes.map((episode, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: episode.title,
      url: siteHref(servedPath(episodePath(episode, context.showPath), context.trailingSlash), context.siteUrl),
    })),
  }
}
