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
import { escapeXml } from "./feed"
import { servedPath, type TrailingSlash } from "./urls"
import { showDay } from "../utils/format-date"

export type PlannedEpisode = Pick<Episode, "slug" | "path" | "start" | "dateOnly" | "number"> & { id: string }

export interface PlanOptions {
  /** The show page's path: /live/. */
  basePath: string
  builtAt: number
  airingWindowMinutes: number
  /** Past episodes on the show page and on each archive page; "all": every past episode on the show page, and no archive page. */
  episodesPerPage: number | "all"
  episodePages: boolean
  /** The show's time zone (the `timeZone` option): a year page holds the episodes whose day there is in the year. Default "UTC". */
  timeZone?: string
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

/** What a list page lists: a year's episodes (`<basePath>2024/`), a person's, a topic's. */
export type ListKind = "year" | "person" | "topic"

export interface ListPagePlan {
  path: string
  kind: ListKind
  /** The year ("2024"), or the person's or topic's slug. */
  key: string
  /** Its heading: "2024", the person's name, the topic's name. */
  title: string
  /** 1-based; pages of `episodesPerPage` episodes, as the archive's. */
  pageNumber: number
  pageCount: number
  /** Newest first. */
  episodeIds: string[]
  /** The episodes of the list, on all its pages. */
  episodeCount: number
  /** The pages before and after this one in the same list, or null. */
  newerPath: string | null
  olderPath: string | null
}

/** One entry of an index page: a person or a topic, with its page and how many episodes it has. */
export interface IndexEntry {
  name: string
  path: string
  episodeCount: number
  /** What the entry says under its name: a person's latest affiliation; null for none. */
  detail: string | null
}

export interface IndexPagePlan {
  /** `<basePath>people/` or `<basePath>topics/`. */
  path: string
  kind: "people" | "topics"
  entries: IndexEntry[]
}

/**
 * The links on every page of the show's archive (archive, list and index pages): its years, its
 * people and topics indexes (null when it has none), and its search index file (null without one).
 */
export interface BrowseLinks {
  years: Array<{ name: string; path: string }>
  people: string | null
  topics: string | null
  /** The show's search index, `<basePath>search.json` (src/build/search-index.ts); null when the show has no episode. */
  search: string | null
}

/**
 * The archive's links (BrowseLinks) as HTML, escaped, for the show page, where they are made at build
 * time so that its JavaScript carries none of them: the heading "Browse the episodes" (id
 * `oil-browse-title`, which the show page's `<nav>` is labelled by), each year, the people and the
 * topics, under the site's path prefix (`pathPrefix`, "" without one) and as the site serves them
 * under Gatsby's trailingSlash option (plain links: Gatsby's Link would apply it). Null with no link.
 */
export function browseHtml(links: BrowseLinks, pathPrefix = "", trailingSlash: TrailingSlash = "always"): string | null {
  const prefix = pathPrefix.replace(/\/+$/, "")
  const item = (name: string, path: string) =>
    `<li><a class="oil-link" href="${escapeXml(prefix + servedPath(path, trailingSlash))}">${escapeXml(name)}</a></li>`
  const more = [...(links.people === null ? [] : [item("People", links.people)]), ...(links.topics === null ? [] : [item("Topics", links.topics)])]
  if (links.years.length === 0 && more.length === 0) return null
  return [
    '<h2 class="oil-browse__title" id="oil-browse-title">Browse the episodes</h2>',
    ...(links.years.length === 0 ? [] : [`<ul class="oil-links" aria-label="By year">${links.years.map((year) => item(year.name, year.path)).join("")}</ul>`]),
    ...(more.length === 0 ? [] : [`<ul class="oil-links">${more.join("")}</ul>`]),
  ].join("")
}

/** Where a show's search index is: `<basePath>search.json`. */
export function searchIndexPath(basePath: string): string {
  return `${basePath}search.json`
}

export interface PagePlan {
  show: ShowPagePlan
  archive: ArchivePagePlan[]
  episodes: EpisodePagePlan[]
  lists: ListPagePlan[]
  indexes: IndexPagePlan[]
  browse: BrowseLinks
}

/** A show's people and topics as planPages needs them (catalog.ts's records). */
export interface CatalogInput {
  people: ReadonlyArray<{ name: string; slug: string; path: string | null; affiliations: readonly string[]; episodeSlugs: readonly string[] }>
  topics: ReadonlyArray<{ name: string; slug: string; path: string; episodeSlugs: readonly string[] }>
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

/**
 * A list's pages: `first`, then `first` + `page/2/`… Pages hold `size` episodes, newest first.
 * Pages are written with their slash (Gatsby applies trailingSlash to createPage's paths).
 */
function listPages(entry: Pick<ListPagePlan, "kind" | "key" | "title">, first: string, ids: readonly string[], size: number): ListPagePlan[] {
  const chunks: string[][] = []
  for (let start = 0; start < ids.length; start += size) chunks.push(ids.slice(start, start + size))
  const pathOf = (pageNumber: number) => (pageNumber === 1 ? first : archivePath(first, pageNumber))
  return chunks.map((episodeIds, index) => ({
    ...entry,
    path: pathOf(index + 1),
    pageNumber: index + 1,
    pageCount: chunks.length,
    episodeIds,
    episodeCount: ids.length,
    newerPath: index === 0 ? null : pathOf(index),
    olderPath: index + 1 < chunks.length ? pathOf(index + 2) : null,
  }))
}

/** Where the page of a year is: `<basePath>2024/`. */
export function yearPath(basePath: string, year: string): string {
  return `${basePath}${year}/`
}

/** Year, person and topic pages, and the people and topics indexes (issue 20). */
function planCatalogPages(
  episodes: readonly PlannedEpisode[],
  catalog: CatalogInput,
  options: Pick<PlanOptions, "basePath" | "episodesPerPage" | "timeZone">,
): Pick<PagePlan, "lists" | "indexes" | "browse"> {
  // The year of its day in the show's zone, as the static HTML and the search give it (a day-only episode's own).
  const yearOf = (episode: PlannedEpisode) => showDay(episode, options.timeZone ?? "UTC").slice(0, 4)
  const newest = [...episodes].sort(byStart).reverse()
  const size = pageSize(options.episodesPerPage, newest.length)
  const idOf = new Map(episodes.map((episode) => [episode.slug, episode.id]))
  const ids = (slugs: readonly string[]) => slugs.flatMap((slug) => (idOf.has(slug) ? [idOf.get(slug)!] : []))
  const years = [...new Set(newest.map(yearOf))]
  const lists: ListPagePlan[] = years.flatMap((year) =>
    listPages(
      { kind: "year", key: year, title: year },
      yearPath(options.basePath, year),
      newest.filter((episode) => yearOf(episode) === year).map((episode) => episode.id),
      size,
    ),
  )
  // Each person with a page and each topic, with its episodes' ids and its page's path, made once.
  const entries = (kind: "person" | "topic", folder: "people" | "topics", list: CatalogInput["people"] | CatalogInput["topics"]) =>
    list.flatMap((entry) => {
      const episodeIds = ids(entry.episodeSlugs)
      if (entry.path === null || episodeIds.length === 0) return []
      const detail = "affiliations" in entry ? (entry.affiliations[0] ?? null) : null
      return [{ kind, name: entry.name, slug: entry.slug, path: `${options.basePath}${folder}/${entry.slug}/`, episodeIds, detail }]
    })
  const people = entries("person", "people", catalog.people)
  const topics = entries("topic", "topics", catalog.topics)
  for (const entry of [...people, ...topics])
    lists.push(...listPages({ kind: entry.kind, key: entry.slug, title: entry.name }, entry.path, entry.episodeIds, size))
  const index = (kind: IndexPagePlan["kind"], list: typeof people): IndexPagePlan[] =>
    list.length === 0
      ? []
      : [
          {
            path: `${options.basePath}${kind}/`,
            kind,
            entries: list.map((entry) => ({ name: entry.name, path: entry.path, episodeCount: entry.episodeIds.length, detail: entry.detail })),
          },
        ]
  const indexes = [...index("people", people), ...index("topics", topics)]
  return {
    lists,
    indexes,
    browse: {
      years: years.map((year) => ({ name: year, path: yearPath(options.basePath, year) })),
      people: people.length > 0 ? `${options.basePath}people/` : null,
      topics: topics.length > 0 ? `${options.basePath}topics/` : null,
      search: episodes.length > 0 ? searchIndexPath(options.basePath) : null,
    },
  }
}

export function planPages(episodes: readonly PlannedEpisode[], options: PlanOptions, catalog: CatalogInput = { people: [], topics: [] }): PagePlan {
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
    ...planCatalogPages(episodes, catalog, options),
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
    /** The archive's links, as HTML made at build time (browseHtml), or null. */
    browseHtml: string | null
  }
export type ArchivePageContext = SharedContext & Omit<ArchivePagePlan, "path"> & { browse: BrowseLinks }

/** A person's page has what the content says of them; a topic's or a year's has nothing more. */
export interface ListPerson {
  affiliations: string[]
  roles: string[]
  /** Their own page, from the showPeople list. */
  url: string | null
  /** Their pages on the site's other shows (src/content/shows.ts), in the order of the shows' paths. */
  elsewhere: Array<{ show: string; path: string; episodeCount: number }>
  /** Their home page (of the show whose path sorts first): its URL is their schema.org `@id`. */
  home: string | null
  /**
   * What the page shows of them, as HTML made at build time (personHtml): their affiliations and roles
   * ("Acme · Initech · Host"), their pages on other shows ("On Keynotes: 2 episodes") and their own
   * ("Ann Lee’s page"); null when there is none of these.
   */
  html: string | null
}

const episodesText = (n: number) => (n === 1 ? "1 episode" : `${n} episodes`)

/** A list page's line under its title: "12 episodes this year · page 1 of 2", "On 5 episodes", "3 episodes on this topic". */
export function listMeta(list: Pick<ListPagePlan, "kind" | "episodeCount" | "pageNumber" | "pageCount">): string {
  const count = episodesText(list.episodeCount)
  const what = list.kind === "year" ? `${count} this year` : list.kind === "person" ? `On ${count}` : `${count} on this topic`
  return list.pageCount > 1 ? `${what} · page ${list.pageNumber} of ${list.pageCount}` : what
}

/**
 * What a person's page shows of them (ListPerson's `html`), escaped: a paragraph of their affiliations
 * and roles, and a list of links to their pages on other shows (under the site's path prefix,
 * `pathPrefix`: Gatsby's argument, "" without one) and to their own page. Made at build time, so the
 * page's JavaScript carries none of it.
 */
export function personHtml(name: string, person: Pick<ListPerson, "affiliations" | "roles" | "url" | "elsewhere">, pathPrefix = ""): string | null {
  const details = [...person.affiliations, ...person.roles]
  const link = (href: string, text: string, rel = "") => `<li><a class="oil-link" href="${escapeXml(href)}"${rel}>${escapeXml(text)}</a></li>`
  const links = [
    ...person.elsewhere.map((other) => link(`${pathPrefix.replace(/\/+$/, "")}${other.path}`, `On ${other.show}: ${episodesText(other.episodeCount)}`)),
    ...(person.url === null ? [] : [link(person.url, `${name}’s page`, ' rel="me noopener"')]),
  ]
  const html = [
    ...(details.length === 0 ? [] : [`<p class="oil-person__details">${escapeXml(details.join(" · "))}</p>`]),
    ...(links.length === 0 ? [] : [`<ul class="oil-links">${links.join("")}</ul>`]),
  ].join("")
  return html === "" ? null : html
}

export type ListPageContext = SharedContext &
  Omit<ListPagePlan, "path"> & {
    browse: BrowseLinks
    person: ListPerson | null
    /** The line under the title (listMeta). */
    meta: string
  }
export type IndexPageContext = SharedContext &
  Omit<IndexPagePlan, "path"> & {
    browse: BrowseLinks
    /** None: the archive's template, which the indexes share, queries the episodes of its page. */
    episodeIds: string[]
  }
export type EpisodePageContext = SharedContext &
  Omit<EpisodePagePlan, "path"> & {
    /** The episode's add-to-calendar links, when it was still to come at build time; else null. */
    calendarLinks: EpisodeCalendarLinks | null
  }
