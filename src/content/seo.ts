/**
 * What each page's <head> says: title, description, canonical URL, share image, feeds and
 * structured data. Made at build time and put in the page's context, so the browser ships none of
 * this logic; the SeoHead component renders it, and a site that wants other titles or other
 * structured data shadows SeoHead, which gets all of it as props.
 */
import type { EpisodeRecord, FeedLinks, PageSeo, ShowPageData } from "../types"
import { byStart } from "../utils/episode-time"
import { showTitle } from "../utils/show-title"
import { plainSummary } from "../utils/summary"
import { episodeJsonLd, itemListJsonLd } from "./json-ld"
import type { TrailingSlash } from "./urls"

export interface SeoContext {
  /** The site's origin (and path prefix), or null when unknown. */
  siteUrl: string | null
  /** Absolute URL of the page, or null. */
  canonicalUrl: string | null
  feeds: FeedLinks
  /** When the site is built (ms): whether an episode is still to come, for its structured data. */
  builtAt: number
  airingWindowMinutes: number
  /** Gatsby's trailingSlash option, for the URLs of pages the structured data lists. */
  trailingSlash: TrailingSlash
}

type Show = Pick<ShowPageData, "path" | "seo" | "hero">

function common(page: Show, context: SeoContext) {
  return { canonicalUrl: context.canonicalUrl, twitterUsername: page.seo.twitterUsername, feeds: context.feeds, showTitle: showTitle(page) }
}

/** The show page: the show's own title and description, its share image, and the list of the episodes it shows (oldest first). */
export function showPageSeo(page: Show, episodes: readonly EpisodeRecord[], imageUrl: string | null, context: SeoContext): PageSeo {
  const title = showTitle(page)
  return {
    ...common(page, context),
    title,
    description: page.seo.description,
    imageUrl,
    ogType: "website",
    jsonLd: [itemListJsonLd([...episodes].sort(byStart), { siteUrl: context.siteUrl, name: title, showPath: page.path, trailingSlash: context.trailingSlash })],
  }
}

/** An archive page: "Past episodes, page 2 of 5 · <show>". */
export function archivePageSeo(page: Show, position: { pageNumber: number; pageCount: number }, context: SeoContext): PageSeo {
  return {
    ...common(page, context),
    title: `Past episodes, page ${position.pageNumber} of ${position.pageCount} · ${showTitle(page)}`,
    description: page.seo.description,
    imageUrl: null,
    ogType: "website",
    jsonLd: [],
  }
}

/** An episode page: "<episode> · <show>", its description's first 300 characters, its video's still, an Event or a VideoObject. */
export function episodePageSeo(page: Show, episode: EpisodeRecord, context: SeoContext): PageSeo {
  const show = showTitle(page)
  return {
    ...common(page, context),
    title: `${episode.title} · ${show}`,
    description: plainSummary(episode.descriptionText, 300),
    imageUrl: episode.youtube?.thumbnailUrl ?? null,
    ogType: episode.youtube === null ? "website" : "video.other",
    jsonLd: [episodeJsonLd(episode, { siteUrl: context.siteUrl, now: context.builtAt, airingWindowMinutes: context.airingWindowMinutes, showTitle: show })],
  }
}
