/**
 * What each page's <head> says: title, description, canonical URL, share image, feeds and
 * structured data. Made at build time and put in the page's context, so the browser ships none of
 * this logic; the SeoHead component renders it, and a site that wants other titles or other
 * structured data shadows SeoHead, which gets all of it as props.
 */
import type { EpisodeRecord, FeedLinks, JsonLd, PageSeo, ShowPageData } from "../types"
import { byStart } from "../utils/episode-time"
import { showTitle } from "../utils/show-title"
import { plainSummary } from "../utils/summary"
import { episodeJsonLd, itemListJsonLd } from "./json-ld"
import { absoluteUrl, type TrailingSlash } from "./urls"

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
  /** A person's page on this show → their home page, whose URL is their `@id` (src/content/shows.ts); their own page when absent. */
  personHome?: ReadonlyMap<string, string>
}

type Show = Pick<ShowPageData, "path" | "seo" | "hero">

/** What a page without a share image of its own says of its image. */
const NO_IMAGE = { imageUrl: null, imageWidth: null, imageHeight: null, imageAlt: null } as const

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
    imageWidth: null,
    imageHeight: null,
    imageAlt: null,
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
    ...NO_IMAGE,
    ogType: "website",
    jsonLd: [],
  }
}

/**
 * A year's, a person's or a topic's page: "2024 · <show>", "Jay Faulkner · <show>", "Kata Containers ·
 * <show>" (with the page number past the first). A person's has a schema.org Person
 * (https://schema.org/Person): their name, affiliations as Organizations, their own page as `sameAs`.
 */
export function listPageSeo(
  page: Show,
  list: { kind: "year" | "person" | "topic"; title: string; pageNumber: number; pageCount: number; episodeCount: number },
  person: { affiliations: readonly string[]; url: string | null; elsewhere?: ReadonlyArray<{ path: string }>; home?: string | null } | null,
  context: SeoContext,
): PageSeo {
  const show = showTitle(page)
  const count = list.episodeCount === 1 ? "1 episode" : `${list.episodeCount} episodes`
  const description = {
    year: `The ${count} of ${show} in ${list.title}.`,
    person: `${list.title} on ${show}: ${count}.`,
    topic: `${list.title} on ${show}: ${count}.`,
  }[list.kind]
  return {
    ...common(page, context),
    title: `${list.title}${list.pageNumber > 1 ? `, page ${list.pageNumber} of ${list.pageCount}` : ""} · ${show}`,
    description,
    ...NO_IMAGE,
    ogType: person === null ? "website" : "profile",
    jsonLd:
      person === null || context.canonicalUrl === null
        ? []
        : [
            personJsonLd(list.title, person, {
              pageUrl: context.canonicalUrl,
              idUrl: absoluteUrl(person.home ?? "", context.siteUrl) ?? context.canonicalUrl,
              otherPages: (person.elsewhere ?? []).flatMap((entry) => absoluteUrl(entry.path, context.siteUrl) ?? []),
            }),
          ],
  }
}

/**
 * A schema.org Person: `@id` at their home page (`idUrl`, `#person`), the same wherever an episode of any
 * show names them; `url` this page; `sameAs` their pages on other shows and their own page.
 */
export function personJsonLd(
  name: string,
  person: { affiliations: readonly string[]; url: string | null },
  urls: { pageUrl: string; idUrl: string; otherPages: readonly string[] },
): JsonLd {
  const sameAs = [...urls.otherPages, ...(person.url === null ? [] : [person.url])]
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": `${urls.idUrl}#person`,
    name,
    url: urls.pageUrl,
    ...(person.affiliations.length === 0 ? {} : { affiliation: person.affiliations.map((affiliation) => ({ "@type": "Organization", name: affiliation })) }),
    ...(sameAs.length === 0 ? {} : { sameAs }),
  }
}

/** The index of the show's people, or of its topics. */
export function indexPageSeo(page: Show, kind: "people" | "topics", count: number, context: SeoContext): PageSeo {
  const show = showTitle(page)
  return {
    ...common(page, context),
    title: `${kind === "people" ? "People" : "Topics"} · ${show}`,
    description: kind === "people" ? `The ${count} people on ${show}, and their episodes.` : `The ${count} topics of ${show}'s episodes.`,
    ...NO_IMAGE,
    ogType: "website",
    jsonLd: [],
  }
}

/** An episode page's share image, made at build time (src/build/share-images.ts): where the site serves it, its size, what it shows. */
export interface EpisodeShareImage {
  path: string
  width: number
  height: number
  alt: string
}

/** The size of the still YouTube's host gives (hqdefault), what an episode page shares without a share image of its own. */
const YOUTUBE_STILL = { width: 480, height: 360 }

/**
 * An episode page: "<episode> · <show>", its description's first 300 characters, its share image
 * (`shareImage`, as an absolute URL; without one, its video's still from YouTube's host), an Event or
 * a VideoObject.
 */
export function episodePageSeo(page: Show, episode: EpisodeRecord, context: SeoContext, shareImage: EpisodeShareImage | null = null): PageSeo {
  const show = showTitle(page)
  const shareImageUrl = shareImage === null ? null : absoluteUrl(shareImage.path, context.siteUrl)
  const image =
    shareImage !== null && shareImageUrl !== null
      ? { imageUrl: shareImageUrl, imageWidth: shareImage.width, imageHeight: shareImage.height, imageAlt: shareImage.alt }
      : episode.youtube !== null
        ? { imageUrl: episode.youtube.thumbnailUrl, imageWidth: YOUTUBE_STILL.width, imageHeight: YOUTUBE_STILL.height, imageAlt: null }
        : NO_IMAGE
  return {
    ...common(page, context),
    title: `${episode.title} · ${show}`,
    description: plainSummary(episode.descriptionText, 300),
    ...image,
    ogType: episode.youtube === null ? "website" : "video.other",
    jsonLd: [
      episodeJsonLd(episode, {
        siteUrl: context.siteUrl,
        now: context.builtAt,
        airingWindowMinutes: context.airingWindowMinutes,
        showTitle: show,
        shareImageUrl,
        personHome: context.personHome,
      }),
    ],
  }
}
