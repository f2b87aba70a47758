/**
 * Which pages a show makes, and what each one holds: the show page (the
 * episode on air or next, the upcoming ones, the most recent past ones), the
 * archive pages of older episodes, and a page per episode. Pure: createPages
 * hands the result to Gatsby.
 */
import type { EpisodeCalendarLinks, ShowSubscribeLinks } from "./calendar-links"
import type { Episode, FeedLinks, PageSeo } from "../types"
import { byStart } from "../utils/episode-time"
import { scheduleAt } from "../utils/schedule"
import { LANG_CONTEXT_KEY } from "../utils/page-lang"

export type PlannedEpisode = Pick<Episode, "slug" | "path" | "start" | "dateOnly" | "number"> & { id: string }

export interface PlanOptions {
  /** The show page's path: /live/. */
  basePath: string
  builtAt: number
  airingWindowMinutes: number
  /** Past episodes on the show page and on each archive page; "all": every past episode on the show page, and no archive page. */
  episodesPerPage: number | "all"
  episodePages: boolean
}

export interface ShowPagePlan {
  path: string
  episodeIds: string[]
  /** The first archive page, or null when every past episode is on the show page. */
  olderPath: string | null
  /** Pages of episodes in all, the show page included. */
  pageCount: number
}

export interface ArchivePagePlan {
  path: string
  /** 2 for the first archive page: the show page counts as page 1. */
  pageNumber: number
  /** Pages in all, the show page included. */
  pageCount: number
  episodeIds: string[]
  /** The page of newer episodes before this one (the show page for page 2), and of older ones after it (null on the last). */
  newerPath: string
  olderPath: string | null
}

export interface EpisodePagePlan {
  path: string
  id: string
  /** The episode just before this one in time, and the one just after. */
  olderId: string | null
  newerId: string | null
}

export interface PagePlan {
  show: ShowPagePlan
  archive: ArchivePagePlan[]
  episodes: EpisodePagePlan[]
}

export function archivePath(basePath: string, pageNumber: number): string {
  return `${basePath}page/${pageNumber}/`
}

/**
 * How many past episodes a page holds: `episodesPerPage`, or all of them (one page) for "all", and for
 * a size that is not a whole number of at least 1 (the options refuse one; it would make no page, or pages without end).
 */
function pageSize(episodesPerPage: number | "all", pastCount: number): number {
  return episodesPerPage !== "all" && Number.isInteger(episodesPerPage) && episodesPerPage >= 1 ? episodesPerPage : Math.max(pastCount, 1)
}

export function planPages(episodes: readonly PlannedEpisode[], options: PlanOptions): PagePlan {
  const { featured, upcoming, past } = scheduleAt(episodes, options.builtAt, options.airingWindowMinutes)
  const size = pageSize(options.episodesPerPage, past.length)
  const recent = past.slice(0, size)
  const older = past.slice(size)
  const chunks: PlannedEpisode[][] = []
  for (let start = 0; start < older.length; start += size) chunks.push(older.slice(start, start + size))
  const pageCount = chunks.length + 1
  const archive = chunks.map((chunk, index): ArchivePagePlan => {
    const pageNumber = index + 2
    return {
      path: archivePath(options.basePath, pageNumber),
      pageNumber,
      pageCount,
      episodeIds: chunk.map((episode) => episode.id),
      newerPath: pageNumber === 2 ? options.basePath : archivePath(options.basePath, pageNumber - 1),
      olderPath: pageNumber < pageCount ? archivePath(options.basePath, pageNumber + 1) : null,
    }
  })
  const byTime = [...episodes].sort(byStart)
  const episodePages = options.episodePages
    ? byTime.flatMap((episode, index) =>
        episode.path === null
          ? []
          : [
              {
                path: episode.path,
                id: episode.id,
                olderId: byTime[index - 1]?.id ?? null,
                newerId: byTime[index + 1]?.id ?? null,
              },
            ],
      )
    : []
  const shown = [...(featured === null ? [] : [featured]), ...upcoming, ...recent]
  return {
    show: { path: options.basePath, episodeIds: shown.map((episode) => episode.id), olderPath: archive[0]?.path ?? null, pageCount },
    archive,
    episodes: episodePages,
  }
}

/**
 * What every page of a show gets in its context (createPage's `context`, a template's `pageContext`).
 * Declared here, once: createPages is typed with these, and the templates read them.
 */
export interface SharedContext {
  /** Read by gatsby-ssr.js to set <html lang> on the theme's pages only. */
  [LANG_CONTEXT_KEY]: string
  /** The show page's node. */
  pageId: string
  /** When the site was built (ISO 8601): the moment the static HTML's schedule is computed for. */
  builtAt: string
  /** The theme's airingWindowMinutes option. */
  airingWindowMinutes: number
  /** The site's origin and path prefix, or null when unknown. */
  siteUrl: string | null
  /** The show's time zone (the `timeZone` option, an IANA name): the static HTML's times are in it. */
  timeZone: string
  feeds: FeedLinks
  /** What the page's <head> says (src/content/seo.ts). */
  seo: PageSeo
  /**
   * The theme's CSS, minified, for the colorScheme option (src/build/styles.ts): the templates' Head
   * puts it in a <style> of the theme's pages only, so no other page of the site carries it.
   */
  stylesheet: string
}

/** `path` is a reserved name in page context: each plan's path becomes the page's own. */
export type ShowPageContext = SharedContext &
  Omit<ShowPagePlan, "path"> & {
    id: string
    /** Add-to-calendar links of the episodes still to come at build time, by slug (src/content/calendar-links.ts). */
    calendarLinks: Record<string, EpisodeCalendarLinks>
    /** Links that subscribe a calendar app to the show's calendar; null without a calendar or without the site's URL. */
    subscribeLinks: ShowSubscribeLinks | null
  }
export type ArchivePageContext = SharedContext & Omit<ArchivePagePlan, "path">
export type EpisodePageContext = SharedContext &
  Omit<EpisodePagePlan, "path"> & {
    /** The episode's add-to-calendar links, when it was still to come at build time; else null. */
    calendarLinks: EpisodeCalendarLinks | null
  }
