/**
 * schema.org structured data (JSON-LD) for the show page and the episode
 * pages, made at build time (seo.ts); SeoHead serializes it with `jsonLdScript`.
 */
import type { Episode, JsonLd } from "../types"
import { airingEnd } from "../utils/schedule"
import { episodePath, servedPath, siteHref, type TrailingSlash } from "./urls"
import { plainSummary } from "../utils/summary"

type Thing = JsonLd

/**
 * A past episode with a video: a VideoObject. An episode still to come (or on
 * air) at `now`: an Event online, whose video, once it has a stream, carries a
 * live BroadcastEvent. A past episode without a video: a plain Event.
 */
export function episodeJsonLd(episode: Episode, context: { siteUrl: string | null; now: number; airingWindowMinutes: number; showTitle: string }): Thing {
  const url = siteHref(episode.path ?? "", context.siteUrl)
  const description = plainSummary(episode.descriptionText) ?? episode.title
  const endsAt = airingEnd(episode, context.airingWindowMinutes)
  const end = new Date(endsAt).toISOString()
  const startDate = episode.dateOnly ? episode.date.slice(0, 10) : episode.date
  const video = episode.youtube
  const videoObject = (extra: Thing = {}): Thing => ({
    "@type": "VideoObject",
    name: episode.title,
    description,
    thumbnailUrl: video === null ? undefined : [video.thumbnailUrl],
    uploadDate: episode.date,
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
    ...(episode.dateOnly ? {} : { endDate: end }),
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
            publication: { "@type": "BroadcastEvent", isLiveBroadcast: true, startDate: episode.date, endDate: end },
          }),
        }),
  }
}

/** The show page's episodes, in the order it lists them; URLs as the site serves them (Gatsby's trailingSlash). */
export function itemListJsonLd(
  episodes: readonly Episode[],
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
