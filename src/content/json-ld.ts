/**
 * schema.org structured data (JSON-LD) for the show page and the episode
 * pages, made at build time (seo.ts); SeoHead serializes it with `jsonLdScript`.
 */
import type { Chapter, EpisodeRecord, JsonLd, Speaker } from "../types"
import { machineDate } from "../utils/episode-time"
import { airingEnd } from "../utils/schedule"
import { episodePath, servedPath, siteHref, type TrailingSlash } from "./urls"
import { plainSummary } from "../utils/summary"

type Thing = JsonLd

/**
 * A speaker: a Person, with the `@id` and `url` of their page when they have one (the Person on that
 * page has the same `@id`), else by name alone.
 */
function speakerJsonLd(speaker: Speaker, siteUrl: string | null, personHome?: ReadonlyMap<string, string>): Thing {
  if (speaker.path === null) return { "@type": "Person", name: speaker.name }
  const url = siteHref(speaker.path, siteUrl)
  const id = siteHref(personHome?.get(speaker.path) ?? speaker.path, siteUrl)
  return { "@type": "Person", ...(siteUrl === null ? {} : { "@id": `${id}#person` }), name: speaker.name, url }
}

/**
 * A past episode with a video: a VideoObject (its chapters as key moments, `hasPart`). An episode still to come (or on
 * air) at `now`: an Event online, whose video, once it has a stream, carries a
 * live BroadcastEvent. A past episode without a video: a plain Event.
 *
 * Dates are schema.org `Date` or `DateTime` values, ISO 8601 (https://schema.org/startDate,
 * https://schema.org/uploadDate): a day without a time is its day alone (`machineDate`:
 * `"startDate": "2021-06-03"`, `"uploadDate": "2021-06-03"`), with no `endDate`, whose end is
 * unknown; a timed episode is its instant in UTC, and ends when its airing window does.
 */
export function episodeJsonLd(
  episode: EpisodeRecord,
  context: {
    siteUrl: string | null
    now: number
    airingWindowMinutes: number
    showTitle: string
    /** The page's 1200×630 share image (an absolute URL), if it has one: the Event's first image. */
    shareImageUrl?: string | null
    /** A person's page on this show → their home page (src/content/shows.ts): their `@id`. */
    personHome?: ReadonlyMap<string, string>
  },
): Thing {
  const url = siteHref(episode.path ?? "", context.siteUrl)
  const description = plainSummary(episode.descriptionText) ?? episode.title
  const endsAt = airingEnd(episode, context.airingWindowMinutes)
  // Its start as schema.org writes it: the day alone for a day without a time (see the top of this function).
  const startDate = machineDate(episode)
  const endDate = episode.dateOnly ? {} : { endDate: new Date(endsAt).toISOString() }
  const video = episode.youtube
  // Its topics, as schema.org `keywords` (https://schema.org/keywords).
  const keywords = (episode.topics ?? []).length === 0 ? {} : { keywords: episode.topics.map((topic) => topic.name) }
  const videoObject = (extra: Thing = {}): Thing => ({
    "@type": "VideoObject",
    name: episode.title,
    description,
    ...keywords,
    thumbnailUrl: video === null ? undefined : [video.thumbnailUrl],
    uploadDate: startDate,
    embedUrl: video?.embedUrl,
    contentUrl: video?.watchUrl,
    ...extra,
  })
  const ended = endsAt <= context.now
  const images = [context.shareImageUrl ?? null, video?.thumbnailUrl ?? null].filter((image): image is string => image !== null)
  if (ended && video !== null) {
    const clips = chapterClips(episode.chapters, video.watchUrl)
    return { "@context": "https://schema.org", ...videoObject({ url, ...(clips.length === 0 ? {} : { hasPart: clips }) }) }
  }
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: episode.title,
    description,
    ...keywords,
    url,
    startDate,
    ...endDate,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    location: { "@type": "VirtualLocation", url: video?.watchUrl ?? url },
    organizer: { "@type": "Organization", name: context.showTitle, url: siteHref("/", context.siteUrl) },
    // Google wants an Event's image 720 px wide or more: the share image (1200×630) first, then the video's still.
    ...(images.length === 0 ? {} : { image: images }),
    ...(episode.speakers.length === 0 ? {} : { performer: episode.speakers.map((speaker) => speakerJsonLd(speaker, context.siteUrl, context.personHome)) }),
    ...(video === null || ended
      ? {}
      : {
          workFeatured: videoObject({
            publication: { "@type": "BroadcastEvent", isLiveBroadcast: true, startDate, ...endDate },
          }),
        }),
  }
}

/**
 * A video's chapters as Google's "key moments" (https://developers.google.com/search/docs/appearance/structured-data/video,
 * Clip): each a Clip with its name, its start and end in seconds from the beginning (`startOffset`,
 * `endOffset`), and a link to the video at its start (`url`, the watch page with `&t=754s`). The last
 * chapter ends with the video, whose length the build does not know: it has no `endOffset`.
 */
export function chapterClips(chapters: readonly Chapter[], watchUrl: string): Thing[] {
  return chapters.map((chapter, index) => {
    const next = chapters[index + 1]
    return {
      "@type": "Clip",
      name: chapter.title,
      startOffset: chapter.start,
      ...(next === undefined ? {} : { endOffset: next.start }),
      url: `${watchUrl}&t=${chapter.start}s`,
    }
  })
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
