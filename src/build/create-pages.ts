/**
 * createPages: for each show, its page, archive pages and episode pages, each with its context and its
 * <head> made (src/content/pages.ts plans them, src/content/seo.ts writes their heads). It runs on every
 * build, cached or not, and in `gatsby develop` at each edit: it also reports each show's problems
 * and copies its downloaded thumbnails into public/.
 */
import type { Actions, CreatePagesArgs } from "gatsby"
import type { ResolvedOptions } from "../content/options"
import { subscriptionPaths } from "../content/outputs"
import type { ModuleFile } from "./page-modules"
import {
  browseHtml,
  listMeta,
  personHtml,
  planPages,
  type ArchivePageContext,
  type EpisodePageContext,
  type IndexPageContext,
  type ListPageContext,
  type PagePlan,
  type SharedContext,
  type ShowPageContext,
} from "../content/pages"
import type { TemplateName } from "./queries"
import { episodeAddLinks, showCalendarSubscription, upcomingAddLinks, type AddToCalendarContext } from "../content/add-to-calendar"
import { archivePageSeo, episodePageSeo, indexPageSeo, listPageSeo, showPageSeo, type SeoContext } from "../content/seo"
import { showTitle } from "../utils/show-title"
import { themeStylesheet } from "./styles"
import { absoluteUrl, servedPath, type TrailingSlash } from "../content/urls"
import { LANG_CONTEXT_KEY, THEME_LANG } from "../utils/page-lang"
import { now, state } from "./build-state"
import { panicOnBuild } from "./errors"
import { writePageComponents } from "./page-components"
import { reportProblems, warnNoShowFile, warnUnknownSiteUrl } from "./report"
import { episodesOf, pageNodes, type EpisodeNode, type PageNode } from "./show-nodes"
import { showUrls, siteDirectory, siteTrailingSlash } from "./site"
import { peopleAcrossShows, type PersonElsewhere } from "../content/shows"
import { copyThumbnails } from "./thumbnails"
import { makeShareImages, type ShareImage } from "./share-images"

/** Every show's pages, for the moment the build is made for (which onPostBuild's files share). */
export async function createShowPages(args: CreatePagesArgs, options: ResolvedOptions): Promise<void> {
  const { actions, reporter, getNode, createContentDigest, cache } = args
  const pages = pageNodes(args.getNodesByType).sort((a, b) => a.file.localeCompare(b.file))
  if (pages.length === 0) return warnNoShowFile(reporter, options)
  const builtAt = now()
  state.builtAt = builtAt
  const components = await writePageComponents(cache.directory)
  const fileByPath = new Map<string, string>()
  // Several shows on one site (src/content/shows.ts): each person's pages across them, the first (home) giving their identity.
  const peoplePages = peopleAcrossShows(pages.map((page) => ({ path: page.path, title: showTitle(page), people: page.people ?? [] })))
  const personHome = new Map([...peoplePages.values()].flatMap((list) => list.map((entry) => [entry.path, list[0]!.path] as const)))
  // Every page the theme makes, and what it is: a show nested in another's path must not take one of its pages.
  const madeBy = new Map<string, string>()
  const claim = (pagePath: string, what: string): boolean => {
    const taken = madeBy.get(pagePath.replace(/\/+$/, "") || "/")
    if (taken !== undefined) {
      panicOnBuild(reporter, "pageCollision", { path: pagePath, first: taken, second: what })
      return false
    }
    madeBy.set(pagePath.replace(/\/+$/, "") || "/", what)
    return true
  }
  for (const page of pages) {
    reportProblems(reporter, page, createContentDigest(page.problems))
    const taken = fileByPath.get(page.path)
    if (taken !== undefined) {
      panicOnBuild(reporter, "duplicatePage", { otherFile: taken, file: page.file, path: page.path, templateKey: options.templateKey })
      continue
    }
    fileByPath.set(page.path, page.file)
    const episodes = episodesOf(page, getNode)
    if (episodes.some((episode) => episode.path === undefined || typeof episode.start !== "number")) {
      // Nodes cached by an older version of the theme (installed from a folder, without a version bump):
      // without `path` (before issue 12) or `start` (before issue 18).
      panicOnBuild(reporter, "content", { staleCache: page.file })
      continue
    }
    const urls = showUrls(args, page)
    if (urls.siteUrl === null) warnUnknownSiteUrl(reporter, page)
    await copyThumbnails(page, siteDirectory(args))
    // After the thumbnails: each episode page's share image is made from its video's (src/build/share-images.ts).
    const shareImages = await makeShareImages(
      { siteDirectory: siteDirectory(args), reporter },
      { page, episodes, enabled: options.shareImages && urls.siteUrl !== null },
    )
    const plan = planPages(episodes, { ...options, basePath: page.path, builtAt: builtAt.getTime() }, { people: page.people ?? [], topics: page.topics ?? [] })
    const shared = {
      [LANG_CONTEXT_KEY]: THEME_LANG,
      pageId: page.id,
      builtAt: builtAt.toISOString(),
      airingWindowMinutes: options.airingWindowMinutes,
      siteUrl: urls.siteUrl,
      timeZone: options.timeZone,
      feeds: subscriptionPaths(page.path, options),
      stylesheet: themeStylesheet(options.colorScheme),
    }
    const createPage: Pick<Actions, "createPage"> = {
      createPage: (input) => {
        if (claim(input.path, `a page of ${page.file} (${input.path})`)) actions.createPage(input)
      },
    }
    createPagesOf(createPage, {
      page,
      episodes,
      plan,
      shared,
      imageUrl: urls.imageUrl,
      shareImages,
      components,
      trailingSlash: siteTrailingSlash(args),
      peoplePages,
      personHome,
      pathPrefix: args.pathPrefix ?? "",
    })
  }
}

/** One show's pages as createPagesOf makes them. */
interface ShowPages {
  page: PageNode
  episodes: EpisodeNode[]
  plan: PagePlan
  /** The context every page of the show shares, but its head's. */
  shared: Omit<SharedContext, "seo">
  /** The show's share image, as an absolute URL. */
  imageUrl: string | null
  /** Each episode page's own share image, by episode node id (none when the `shareImages` option is off or they could not be made). */
  shareImages: ReadonlyMap<string, ShareImage>
  components: Record<TemplateName, ModuleFile>
  trailingSlash: TrailingSlash
  /** Each person's pages on every show of the site, by slug, the home page first (src/content/shows.ts). */
  peoplePages: ReadonlyMap<string, PersonElsewhere[]>
  /** A person's page on any show → their home page, whose URL is their schema.org `@id`. */
  personHome: ReadonlyMap<string, string>
  /** Gatsby's path prefix under `--prefix-paths`, else "": for the links made as HTML at build time. */
  pathPrefix: string
}

/** The show page, its archive pages and its episode pages, each with its context and its <head> made. */
function createPagesOf(
  actions: Pick<Actions, "createPage">,
  { page, episodes, plan, shared, imageUrl, shareImages, components, trailingSlash, peoplePages, personHome, pathPrefix }: ShowPages,
): void {
  const byId = new Map(episodes.map((episode) => [episode.id, episode]))
  const seoContext = (canonicalUrl: string | null): SeoContext => ({
    siteUrl: shared.siteUrl,
    canonicalUrl,
    feeds: shared.feeds,
    builtAt: Date.parse(shared.builtAt),
    airingWindowMinutes: shared.airingWindowMinutes,
    trailingSlash,
    personHome,
  })
  // Canonical and og:url as the site serves each page (Gatsby applies trailingSlash to createPage's paths itself).
  const canonical = (pagePath: string) => absoluteUrl(servedPath(pagePath, trailingSlash), shared.siteUrl)
  const { path: showPath, ...show } = plan.show
  const shown = show.episodeIds.map((id) => byId.get(id)!)
  const calendarContext: AddToCalendarContext = {
    siteUrl: shared.siteUrl,
    showPath: servedPath(showPath, trailingSlash),
    airingWindowMinutes: shared.airingWindowMinutes,
    builtAt: Date.parse(shared.builtAt),
  }
  actions.createPage<ShowPageContext>({
    path: showPath,
    component: components["show-page"].path,
    context: {
      ...shared,
      ...show,
      id: page.id,
      seo: showPageSeo(page, shown, imageUrl, seoContext(canonical(showPath))),
      calendarLinks: upcomingAddLinks(shown, calendarContext),
      subscribeLinks: showCalendarSubscription(shared.feeds.calendar, showTitle(page), shared.siteUrl),
      browseHtml: browseHtml(plan.browse, pathPrefix, trailingSlash),
    },
  })
  const browse = plan.browse
  for (const { path: archivePath, ...archive } of plan.archive) {
    const seo = archivePageSeo(page, archive, seoContext(canonical(archivePath)))
    actions.createPage<ArchivePageContext>({ path: archivePath, component: components["archive-page"].path, context: { ...shared, ...archive, seo, browse } })
  }
  const personBySlug = new Map((page.people ?? []).map((person) => [person.slug, person]))
  for (const { path: listPath, ...list } of plan.lists) {
    const found = list.kind === "person" ? personBySlug.get(list.key) : undefined
    const pagesOfPerson = found === undefined ? [] : (peoplePages.get(found.slug) ?? [])
    const known =
      found === undefined
        ? null
        : {
            affiliations: found.affiliations,
            roles: found.roles,
            url: found.url,
            elsewhere: pagesOfPerson.filter((entry) => entry.path !== found.path),
            home: pagesOfPerson[0]?.path ?? found.path,
          }
    const person = known === null ? null : { ...known, html: personHtml(list.title, known, pathPrefix) }
    const seo = listPageSeo(page, list, person, seoContext(canonical(listPath)))
    actions.createPage<ListPageContext>({
      path: listPath,
      component: components["archive-page"].path,
      context: { ...shared, ...list, seo, browse, person, meta: listMeta(list) },
    })
  }
  for (const { path: indexPath, ...index } of plan.indexes) {
    const seo = indexPageSeo(page, index.kind, index.entries.length, seoContext(canonical(indexPath)))
    actions.createPage<IndexPageContext>({
      path: indexPath,
      component: components["archive-page"].path,
      context: { ...shared, ...index, seo, browse, episodeIds: [] },
    })
  }
  for (const { path: episodePath, ...episode } of plan.episodes) {
    const seo = episodePageSeo(page, byId.get(episode.id)!, seoContext(canonical(episodePath)), shareImages.get(episode.id) ?? null)
    const calendarLinks = episodeAddLinks(byId.get(episode.id)!, calendarContext)
    actions.createPage<EpisodePageContext>({
      path: episodePath,
      component: components["episode-page"].path,
      context: { ...shared, ...episode, seo, calendarLinks },
    })
  }
}
