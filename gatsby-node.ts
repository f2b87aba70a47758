/**
 * Gatsby's Node APIs for the theme. Kept thin: every decision about content
 * is made by the pure modules in src/node, which have their own unit tests.
 */
import fs from "fs"
import path from "path"
import type { Actions, GatsbyNode, Node, NodePluginArgs, Reporter } from "gatsby"
import { invalidYamlProblem, readFrontmatter, type YamlProblem } from "./src/node/check"
import { locator } from "./src/node/locate"
import { episodeLabel, normalizeContent, problemAt, type Problem } from "./src/node/normalize"
import { downloadThumbnails, keepingDownloads, thumbnailStore } from "./src/node/thumbnail-download"
import { pluginOptionsSchema as optionsSchema, withDefaults, type ResolvedOptions, type ThemeOptions } from "./src/node/options"
import { EPISODE_TYPE, PAGE_TYPE, typeDefs } from "./src/node/schema"
import { subscriptionPaths, showOutputs } from "./src/node/outputs"
import { themeStylesheet } from "./src/node/styles"
import { planPages, type ArchivePageContext, type EpisodePageContext, type PagePlan, type SharedContext, type ShowPageContext } from "./src/node/pages"
import { archivePageSeo, episodePageSeo, showPageSeo, type SeoContext } from "./src/node/seo"
import { installedVersion, shouldOnCreateNodeName, siteGatsbyCoreUtils, unsupportedVersions } from "./src/node/compat"
import { contentFolder, displayPath, isInside, isMarkdownFile, PLUGIN_NAME } from "./src/node/sourcing"
import { absoluteUrl, pageUrls, servedPath, trailingSlashOption, type TrailingSlash } from "./src/node/urls"
import type { Episode, ShowPageData } from "./src/types"
import { LANG_CONTEXT_KEY, THEME_LANG } from "./src/utils/page-lang"
import { buildClock, type Clock } from "./src/node/clock"
import { fragmentsModule, pageModule, type ModuleFile } from "./src/node/page-modules"
import { htmlFileOf, withoutNul } from "./src/node/built-files"
import type { TemplateName } from "./src/node/queries"

/** The package root, both from the compiled dist/gatsby-node.js and from this file under ts-jest. */
const THEME_ROOT = fs.existsSync(path.join(__dirname, "package.json")) ? __dirname : path.resolve(__dirname, "..")
/** The site's Gatsby (Gatsby runs in the site's folder), else the one the theme resolves. */
const GATSBY_VERSION = installedVersion("gatsby", process.cwd()) ?? installedVersion("gatsby", THEME_ROOT)

/** Episode node ids per page, so that `gatsby develop` drops episodes removed from the file. */
const episodeIdsByPage = new Map<string, string[]>()
/** The digest of each page's problems when they were last reported, so `gatsby develop` does not repeat them. */
const lastReported = new Map<string, string>()

/** The build's one clock (src/node/clock.ts), read from the environment when Gatsby starts. */
let clock: Clock = buildClock()
/** The moment this build's pages were made for: createPages sets it, onPostBuild writes the files for the same moment. */
let builtAt: Date | null = null

/** What the theme keeps on each page node besides its GraphQL fields (not queryable: the types are @dontInfer). */
interface PageNode extends Node, ShowPageData {
  file: string
  episodeIds: string[]
  problems: Problem[]
  drafts: number
  /** Downloaded thumbnails: Gatsby's cache file, and the site path it is served at. */
  thumbnailFiles: Array<{ from: string; to: string }>
}

type EpisodeNode = Node & Episode

/** The page's published episodes, from their nodes. */
function episodesOf(page: PageNode, getNode: (id: string) => Node | undefined): EpisodeNode[] {
  return page.episodeIds.map((id) => getNode(id) as EpisodeNode | undefined).filter((node): node is EpisodeNode => node !== undefined)
}

/**
 * The show page's absolute URLs, from siteMetadata.siteUrl (Gatsby's name for it; some sites, the
 * foundation's among them, call it siteMetadata.url) or the content's seo.url, under the build's path prefix.
 */
function urlsOf(args: Pick<NodePluginArgs, "getNodesByType" | "pathPrefix">, page: PageNode) {
  const siteMetadata = (args.getNodesByType("Site")[0]?.siteMetadata ?? {}) as { siteUrl?: unknown; url?: unknown }
  const written = (value: unknown) => typeof value === "string" && value.trim() !== ""
  return pageUrls({
    siteMetadataUrl: written(siteMetadata.siteUrl) ? siteMetadata.siteUrl : siteMetadata.url,
    seoUrl: page.seo.url,
    pathPrefix: args.pathPrefix ?? "",
    path: page.path,
    image: page.seo.image,
  })
}

/** The theme's build errors; Gatsby shows them as `ERROR #gatsby-theme-openinfra-live_<id>`, marked as the user's to fix. */
const ERRORS = {
  content: "10001",
  duplicatePage: "10002",
  unsupportedVersion: "10003",
  clock: "10004",
} as const

function panicOnBuild(reporter: Reporter, id: (typeof ERRORS)[keyof typeof ERRORS], sourceMessage: string): void {
  // Prefixed here too: inside an activity (createPages) Gatsby does not add the plugin's name to the id.
  reporter.panicOnBuild({ id: `${PLUGIN_NAME}_${id}`, context: { sourceMessage } })
}

/** The build clock's time (onPreInit has stopped the build when it is unreadable). */
function now(): Date {
  return clock.ok ? clock.now() : new Date()
}

/** The site's trailingSlash option (gatsby-config; Gatsby 4.7+), as the theme applies it to the URLs it writes. */
function siteTrailingSlash(args: Pick<NodePluginArgs, "store">): TrailingSlash {
  return trailingSlashOption((args.store.getState() as { config?: { trailingSlash?: unknown } }).config?.trailingSlash)
}

function siteDirectory(args: Pick<NodePluginArgs, "store">): string {
  return (args.store.getState() as { program?: { directory?: string } }).program?.directory ?? process.cwd()
}

/**
 * Reports what normalizing a content file found: warnings, notes (how a rule read a field), the
 * drafts left out, and every error at once, which stops `gatsby build`. It runs from
 * createPages, which runs on every build, so a rebuild from Gatsby's cache
 * reports the same errors again instead of quietly building no show page.
 */
function report(reporter: Reporter, page: PageNode): void {
  for (const { message } of page.problems.filter((problem) => problem.level === "warning")) reporter.warn(`[${PLUGIN_NAME}] ${message}`)
  for (const { message } of page.problems.filter((problem) => problem.level === "info")) reporter.info(`[${PLUGIN_NAME}] ${message}`)
  if (page.drafts > 0) reporter.info(`[${PLUGIN_NAME}] ${page.file}: ${page.drafts} draft episode${page.drafts === 1 ? "" : "s"} (hidden: true) left out`)
  const errors = page.problems.filter((problem) => problem.level === "error").map((problem) => problem.message)
  if (errors.length > 0) {
    panicOnBuild(
      reporter,
      ERRORS.content,
      `The show's content has ${errors.length === 1 ? "an error" : `${errors.length} errors`}:\n${errors.map((error) => `  - ${error}`).join("\n")}`,
    )
  }
}

export const pluginOptionsSchema: GatsbyNode["pluginOptionsSchema"] = optionsSchema

export const onPreInit: GatsbyNode["onPreInit"] = (args, options) => {
  args.reporter.setErrorMap(
    Object.fromEntries(
      Object.values(ERRORS).map((id) => [
        id,
        { text: (context: { sourceMessage: string }) => context.sourceMessage, level: "ERROR", type: "PLUGIN", category: "USER" },
      ]),
    ),
  )
  clock = buildClock()
  if (!clock.ok) args.reporter.panic({ id: `${PLUGIN_NAME}_${ERRORS.clock}`, context: { sourceMessage: clock.reason } })
  const directory = siteDirectory(args)
  const unsupported = unsupportedVersions({ gatsby: GATSBY_VERSION, react: installedVersion("react", directory) })
  if (unsupported !== null) args.reporter.panic({ id: `${PLUGIN_NAME}_${ERRORS.unsupportedVersion}`, context: { sourceMessage: unsupported } })
  const folder = contentFolder(withDefaults(options as ThemeOptions).contentPath, directory)
  if (folder !== null && !fs.existsSync(folder)) {
    args.reporter.warn(
      `[${PLUGIN_NAME}] contentPath "${displayPath(directory, folder)}" does not exist, so the theme sources nothing from it. ` +
        `Create the folder and put the show's markdown file in it, or remove the option if the site sources the file itself.`,
    )
  }
}

export const createSchemaCustomization: GatsbyNode["createSchemaCustomization"] = ({ actions }) => {
  actions.createTypes(typeDefs)
}

/** The frontmatter and file of a node that holds show content, or null for any other node. */
async function readShowContent(
  args: Parameters<NonNullable<GatsbyNode["onCreateNode"]>>[0],
  options: ThemeOptions,
): Promise<{ frontmatter: unknown; fileNode: Node | null; source?: string; yamlError?: YamlProblem } | null> {
  const { node, getNode, loadNodeContent } = args
  const { templateKey, contentPath } = withDefaults(options)
  if (node.internal.type === "MarkdownRemark") {
    const frontmatter = node.frontmatter as Record<string, unknown> | undefined
    if (frontmatter?.templateKey !== templateKey) return null
    const parent = node.parent ? getNode(node.parent) : undefined
    return { frontmatter, fileNode: parent?.internal.type === "File" ? parent : null }
  }
  const folder = contentFolder(contentPath, siteDirectory(args))
  if (folder === null || node.internal.type !== "File" || !isMarkdownFile(node.extension)) return null
  if (!isInside(folder, String(node.absolutePath))) return null
  const source = await loadNodeContent(node)
  const front = readFrontmatter(source)
  // A file that does not parse is kept as a page with an error, so that every build (cached or not) reports it until it is fixed.
  if (!front.ok) return { frontmatter: {}, fileNode: node, source, yamlError: front.error }
  return front.data.templateKey === templateKey ? { frontmatter: front.data, fileNode: node, source } : null
}

/** onCreateNode runs for every node of the site: only markdown and files can hold show content. */
const onlyMarkdownAndFiles: GatsbyNode<Node>["shouldOnCreateNode"] = ({ node }) => node.internal.type === "MarkdownRemark" || node.internal.type === "File"
// Exported under the name the site's Gatsby knows (Gatsby 4 prints an error for the other, and so does Gatsby 5).
;(exports as Record<string, unknown>)[shouldOnCreateNodeName(GATSBY_VERSION)] = onlyMarkdownAndFiles

export const onCreateNode: GatsbyNode["onCreateNode"] = async (args, options) => {
  const content = await readShowContent(args, options as ThemeOptions)
  if (content === null) return
  const { node, actions, createNodeId, createContentDigest, getNode } = args
  const directory = siteDirectory(args)
  const absolutePath = typeof content.fileNode?.absolutePath === "string" ? content.fileNode.absolutePath : null
  const file = absolutePath === null ? `${node.internal.type} node ${node.id}` : displayPath(directory, absolutePath)
  const { basePath, calendar, episodePages, thumbnails, thumbnailBaseUrl } = withDefaults(options as ThemeOptions)
  // The file's text, for the line and column of each problem (a file the site's transformer read, or the theme's own).
  const source = content.source ?? (absolutePath === null ? null : await fs.promises.readFile(absolutePath, "utf8").catch(() => null))
  const locate = source === null ? undefined : locator(source)
  const { page, episodes, drafts, problems } = normalizeContent(content.frontmatter, {
    file,
    basePath,
    generateInvites: calendar,
    episodePages,
    staticFileExists: (relative) => fs.existsSync(path.join(directory, "static", relative)),
    locate,
    trailingSlash: siteTrailingSlash(args),
  })
  if (content.yamlError !== undefined) problems.unshift(invalidYamlProblem(file, content.yamlError))
  let thumbnailFiles: Array<{ from: string; to: string }> = []
  if (thumbnails === "local") {
    // Downloaded once and kept where `gatsby clean` does not reach (a rebuild does not fetch again), copied into
    // public/ by createPages. gatsby-core-utils is resolved on the first download only: a show without videos never needs it.
    let coreUtils: ReturnType<typeof siteGatsbyCoreUtils> | undefined
    const fetchFile = keepingDownloads(
      (url: string) => (coreUtils ??= siteGatsbyCoreUtils(directory)).fetchRemoteFile({ url, cache: args.cache }),
      thumbnailStore(directory),
    )
    const downloaded = await downloadThumbnails(episodes, { showPath: page.path, baseUrl: thumbnailBaseUrl, fetchFile })
    thumbnailFiles = downloaded.files
    for (const episode of episodes) {
      if (episode.youtube === null) continue
      episode.youtube = { ...episode.youtube, thumbnail: downloaded.byVideo.get(episode.youtube.id) ?? null }
      const failure = downloaded.failures.get(episode.youtube.id)
      if (failure !== undefined) {
        problems.push(
          problemAt(
            "warning",
            { file, locate },
            ["episodes", episode.number - 1, "youtubeEmbed"],
            `${episodeLabel(episode)}: the video's thumbnail could not be downloaded (${failure}); the card shows a placeholder`,
          ),
        )
      }
    }
  }
  // One page per file, whoever read it: the same file read twice gives the same ids.
  const key = absolutePath ?? node.id
  const parent = content.fileNode ?? node
  const pageId = createNodeId(`${PAGE_TYPE} ${key}`)
  const episodeIds = episodes.map((episode) => createNodeId(`${EPISODE_TYPE} ${key} ${episode.uid}`))
  const pageFields = { ...page, file, episodeIds, problems, drafts, thumbnailFiles }
  const pageNode = {
    ...pageFields,
    id: pageId,
    parent: parent.id,
    children: [],
    internal: { type: PAGE_TYPE, contentDigest: createContentDigest(pageFields) },
  }
  actions.createNode(pageNode)
  actions.createParentChildLink({ parent, child: pageNode as unknown as Node })
  episodes.forEach((episode, index) => {
    const fields = { ...episode, pageId }
    const episodeNode = {
      ...fields,
      id: episodeIds[index]!,
      parent: pageId,
      children: [],
      internal: { type: EPISODE_TYPE, contentDigest: createContentDigest(fields) },
    }
    actions.createNode(episodeNode)
    actions.createParentChildLink({ parent: pageNode as unknown as Node, child: episodeNode as unknown as Node })
  })
  for (const staleId of (episodeIdsByPage.get(pageId) ?? []).filter((id) => !episodeIds.includes(id))) {
    const stale = getNode(staleId)
    if (stale) actions.deleteNode(stale)
  }
  episodeIdsByPage.set(pageId, episodeIds)
}

/**
 * Puts a page's downloaded thumbnails where the site serves them. From createPages, which runs in
 * `gatsby develop` and on every build, cached or not.
 */
async function copyThumbnails(page: PageNode, directory: string): Promise<void> {
  for (const { from, to } of page.thumbnailFiles ?? []) {
    const target = path.join(directory, "public", to)
    await fs.promises.mkdir(path.dirname(target), { recursive: true })
    await fs.promises.copyFile(from, target)
  }
}

/** Writes a generated module when its text changed (an unchanged file keeps `gatsby develop` from rebuilding). */
async function writeModule(file: ModuleFile): Promise<void> {
  const current = await fs.promises.readFile(file.path, "utf8").catch(() => null)
  if (current === file.content) return
  await fs.promises.mkdir(path.dirname(file.path), { recursive: true })
  await fs.promises.writeFile(file.path, file.content)
}

const TEMPLATES: TemplateName[] = ["show-page", "archive-page", "episode-page"]

/** The page component of each of the theme's templates, with its query, in Gatsby's cache folder for the theme. */
function pageModules(cacheDirectory: string): Record<TemplateName, ModuleFile> {
  return Object.fromEntries(TEMPLATES.map((name) => [name, pageModule(name, THEME_ROOT, cacheDirectory)])) as Record<TemplateName, ModuleFile>
}

/** The theme's fragments, where Gatsby reads fragments that plugins add (see src/node/queries.ts). */
export const onPreExtractQueries: GatsbyNode["onPreExtractQueries"] = async (args) => {
  await writeModule(fragmentsModule(siteDirectory(args)))
}

/** Warns once that no show page will be made, in words that say what to do. */
function warnNoShowFile(reporter: Reporter, resolved: ResolvedOptions): void {
  const { templateKey, contentPath } = resolved
  const lines = [
    `No markdown file has templateKey "${templateKey}", so the theme makes NO PAGE AT ALL.`,
    contentPath === null
      ? `The theme reads the show from the markdown pages the site sources: add gatsby-source-filesystem (over the folder that holds the file) and gatsby-transformer-remark to the site's plugins, or set the theme's contentPath option to the file's folder.`
      : `The contentPath folder "${contentPath}" has no markdown file with that templateKey: put the show's file there, or check its templateKey.`,
  ]
  // Framed: Gatsby prints its own warnings about the theme's queries around it, and this is the one that matters.
  const rule = "=".repeat(72)
  reporter.warn(`[${PLUGIN_NAME}] ${rule}\n${lines.join("\n")}\n${rule}`)
}

/** Reports a page's problems when they changed since the last time (`gatsby develop`), and always when they stop the build. */
function reportOnce(reporter: Reporter, page: PageNode, digest: string): void {
  if (lastReported.get(page.id) !== digest || page.problems.some((problem) => problem.level === "error")) report(reporter, page)
  lastReported.set(page.id, digest)
}

function warnUnknownSiteUrl(reporter: Reporter, page: PageNode): void {
  reporter.warn(
    `[${PLUGIN_NAME}] ${page.file}: the site's address is unknown (no siteMetadata.siteUrl or siteMetadata.url in gatsby-config, no seo.url in the content), ` +
      `so ${page.path} and its episode pages have no canonical URL and no og:image, and the feeds and calendar use relative links. ` +
      `Set siteMetadata.siteUrl.`,
  )
}

/** The show page, its archive pages and its episode pages, each with its context and its <head> made. */
function createShowPages(
  actions: Actions,
  page: PageNode,
  episodes: EpisodeNode[],
  plan: PagePlan,
  shared: Omit<SharedContext, "seo">,
  imageUrl: string | null,
  components: Record<TemplateName, ModuleFile>,
  trailingSlash: TrailingSlash,
): void {
  const byId = new Map(episodes.map((episode) => [episode.id, episode]))
  const seoContext = (canonicalUrl: string | null): SeoContext => ({
    siteUrl: shared.siteUrl,
    canonicalUrl,
    feeds: shared.feeds,
    builtAt: Date.parse(shared.builtAt),
    airingWindowMinutes: shared.airingWindowMinutes,
    trailingSlash,
  })
  // Canonical and og:url as the site serves each page (Gatsby applies trailingSlash to createPage's paths itself).
  const canonical = (pagePath: string) => absoluteUrl(servedPath(pagePath, trailingSlash), shared.siteUrl)
  const { path: showPath, ...show } = plan.show
  const shown = show.episodeIds.map((id) => byId.get(id)!)
  actions.createPage<ShowPageContext>({
    path: showPath,
    component: components["show-page"].path,
    context: { ...shared, ...show, id: page.id, seo: showPageSeo(page, shown, imageUrl, seoContext(canonical(showPath))) },
  })
  for (const { path: archivePath, ...archive } of plan.archive) {
    const seo = archivePageSeo(page, archive, seoContext(canonical(archivePath)))
    actions.createPage<ArchivePageContext>({ path: archivePath, component: components["archive-page"].path, context: { ...shared, ...archive, seo } })
  }
  for (const { path: episodePath, ...episode } of plan.episodes) {
    const seo = episodePageSeo(page, byId.get(episode.id)!, seoContext(canonical(episodePath)))
    actions.createPage<EpisodePageContext>({ path: episodePath, component: components["episode-page"].path, context: { ...shared, ...episode, seo } })
  }
}

export const createPages: GatsbyNode["createPages"] = async (args, options) => {
  const { actions, reporter, getNodesByType, getNode, createContentDigest, store, cache } = args
  const resolved = withDefaults(options as ThemeOptions)
  const pages = (getNodesByType(PAGE_TYPE) as PageNode[]).sort((a, b) => a.file.localeCompare(b.file))
  if (pages.length === 0) return warnNoShowFile(reporter, resolved)
  builtAt = now()
  const modules = pageModules(cache.directory)
  await Promise.all(Object.values(modules).map(writeModule))
  const fileByPath = new Map<string, string>()
  for (const page of pages) {
    reportOnce(reporter, page, createContentDigest(page.problems))
    const taken = fileByPath.get(page.path)
    if (taken !== undefined) {
      panicOnBuild(
        reporter,
        ERRORS.duplicatePage,
        `${taken} and ${page.file} both have templateKey "${resolved.templateKey}" and both make the page ${page.path}. ` +
          `Keep one file, or give each its own seo.url (and leave the basePath option out).`,
      )
      continue
    }
    fileByPath.set(page.path, page.file)
    const episodes = episodesOf(page, getNode)
    if (episodes.some((episode) => episode.path === undefined)) {
      // Nodes cached by an older version of the theme (installed from a folder, without a version bump).
      panicOnBuild(
        reporter,
        ERRORS.content,
        `${page.file}: Gatsby's cache holds episodes made by an older version of the theme. Run \`gatsby clean\`, then build again.`,
      )
      continue
    }
    const urls = urlsOf(args, page)
    if (urls.siteUrl === null) warnUnknownSiteUrl(reporter, page)
    await copyThumbnails(page, siteDirectory({ store }))
    const plan = planPages(episodes, { ...resolved, basePath: page.path, builtAt: builtAt.getTime() })
    const shared = {
      [LANG_CONTEXT_KEY]: THEME_LANG,
      pageId: page.id,
      builtAt: builtAt.toISOString(),
      airingWindowMinutes: resolved.airingWindowMinutes,
      siteUrl: urls.siteUrl,
      feeds: subscriptionPaths(page.path, resolved),
      stylesheet: themeStylesheet(resolved.colorScheme),
    }
    createShowPages(actions, page, episodes, plan, shared, urls.imageUrl, modules, siteTrailingSlash(args))
  }
}

/** Every show's generated invites, calendar and feeds, from the nodes as they are now. */
function currentOutputs(args: Pick<NodePluginArgs, "getNodesByType" | "getNode" | "pathPrefix" | "store">, resolved: ResolvedOptions, builtAt: Date) {
  return (args.getNodesByType(PAGE_TYPE) as PageNode[]).map((page) => ({
    page,
    files: showOutputs(
      page,
      episodesOf(page, args.getNode),
      { siteUrl: urlsOf(args, page).siteUrl, builtAt, trailingSlash: siteTrailingSlash(args) },
      resolved,
    ),
  }))
}

const OUTPUT_TYPES: Record<string, string> = {
  ".ics": "text/calendar; charset=utf-8",
  ".xml": "application/rss+xml; charset=utf-8",
  ".json": "application/feed+json; charset=utf-8",
}

/**
 * `gatsby develop` serves the invites, calendar and feeds too, made from the current content on each
 * request (public/ may hold an earlier build's, or none).
 */
export const onCreateDevServer: GatsbyNode["onCreateDevServer"] = ({ app, getNodesByType, getNode, pathPrefix, store }, options) => {
  const resolved = withDefaults(options as ThemeOptions)
  if (!resolved.calendar && !resolved.feed) return
  app.use((request: { path: string }, response: { setHeader: (name: string, value: string) => void; end: (body: string) => void }, next: () => void) => {
    if (!/\.(ics|xml|json)$/.test(request.path)) return next()
    const file = currentOutputs({ getNodesByType, getNode, pathPrefix, store }, resolved, now())
      .flatMap((show) => show.files)
      .find((output) => output.path === decodeURIComponent(request.path))
    if (file === undefined) return next()
    response.setHeader("content-type", OUTPUT_TYPES[path.extname(file.path)] ?? "application/octet-stream")
    response.setHeader("cache-control", "no-store")
    response.end(file.content)
  })
}

/** Where the theme keeps, in Gatsby's cache folder for it, the list of files it put in public/ at the last build. */
const WRITTEN_FILES = "written-files.json"

/**
 * Takes out of public/ the files the theme put there at the last build and not at this one: a draft's
 * invite (an episode hidden since), the outputs of an option turned off, the thumbnails of a video
 * removed. public/ outlives builds (hosts keep it), and a stale invite or feed would go on publishing
 * what the content no longer says. The list is kept in Gatsby's cache; `gatsby clean` empties both.
 */
async function removeStaleFiles(publicDir: string, listFile: string, written: ReadonlySet<string>, reporter: Reporter): Promise<void> {
  const before = await fs.promises
    .readFile(listFile, "utf8")
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => [])
  const stale = (Array.isArray(before) ? before : []).filter((file): file is string => typeof file === "string" && !written.has(file))
  for (const file of stale) {
    const target = path.join(publicDir, file)
    // Only below public/: the list is the theme's own, but a file is never removed from elsewhere.
    if (!isInside(publicDir, target)) continue
    await fs.promises.rm(target, { force: true })
  }
  if (stale.length > 0) reporter.info(`[${PLUGIN_NAME}] removed from public/ what the content no longer makes: ${stale.join(", ")}`)
  await fs.promises.mkdir(path.dirname(listFile), { recursive: true })
  await fs.promises.writeFile(listFile, JSON.stringify([...written].sort()))
}

/**
 * Writes each show's generated invites, calendar and feeds into public/, then takes out of the theme's
 * pages' HTML any NUL byte the renderer left (src/node/built-files.ts).
 */
export const onPostBuild: GatsbyNode["onPostBuild"] = async ({ getNodesByType, getNode, reporter, store, pathPrefix, cache }, options) => {
  const resolved = withDefaults(options as ThemeOptions)
  const publicDir = path.join(siteDirectory({ store }), "public")
  // Every site path the theme puts in public/ besides its pages (Gatsby removes a page's HTML itself).
  const written = new Set((getNodesByType(PAGE_TYPE) as PageNode[]).flatMap((page) => (page.thumbnailFiles ?? []).map((file) => file.to)))
  if (resolved.calendar || resolved.feed) {
    for (const { page, files } of currentOutputs({ getNodesByType, getNode, pathPrefix, store }, resolved, builtAt ?? now())) {
      for (const file of files) {
        const target = path.join(publicDir, file.path)
        await fs.promises.mkdir(path.dirname(target), { recursive: true })
        await fs.promises.writeFile(target, withoutNul(file.content).text)
        written.add(file.path)
      }
      reporter.verbose(`[${PLUGIN_NAME}] ${page.file}: wrote ${files.map((file) => file.path).join(", ")}`)
    }
  }
  await removeStaleFiles(publicDir, path.join(cache.directory, WRITTEN_FILES), written, reporter)
  const components = new Set(Object.values(pageModules(cache.directory)).map((module) => module.path))
  for (const sitePage of getNodesByType("SitePage") as Array<Node & { path?: string; component?: string }>) {
    if (typeof sitePage.path !== "string" || !components.has(String(sitePage.component))) continue
    const file = htmlFileOf(publicDir, sitePage.path)
    const html = await fs.promises.readFile(file, "utf8").catch(() => null)
    if (html === null) continue
    const cleaned = withoutNul(html)
    if (cleaned.removed === 0) continue
    await fs.promises.writeFile(file, cleaned.text)
    reporter.info(`[${PLUGIN_NAME}] ${path.relative(publicDir, file)}: took out ${cleaned.removed} NUL byte(s) that the HTML renderer left in it`)
  }
}
