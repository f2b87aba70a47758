/**
 * onPostBuild: writes each show's generated invites, calendar and feeds into public/ (for the moment
 * createPages made the pages for), takes out of public/ what the theme wrote at the last build and the
 * content no longer makes, and takes out of the theme's pages' HTML any NUL byte the renderer left
 * (src/build/built-files.ts).
 */
import fs from "fs"
import path from "path"
import type { BuildArgs, Node, NodePluginArgs, Reporter } from "gatsby"
import { htmlFileOf, withoutNul } from "./built-files"
import type { ResolvedOptions } from "../content/options"
import { showOutputs, type OutputFile } from "../content/outputs"
import { PLUGIN_NAME } from "../content/plugin-name"
import { isInside } from "./sourcing"
import { now, state } from "./build-state"
import { pageComponents } from "./page-components"
import { episodesOf, pageNodes, type EpisodeNode, type PageNode } from "./show-nodes"
import { searchIndex, showDay } from "./search-index"
import { searchIndexPath } from "../content/pages"
import { uidsAcrossShows } from "../content/shows"
import { shareImageFiles } from "./share-images"
import { showUrls, siteDirectory, siteTrailingSlash } from "./site"

/** Where the theme keeps, in Gatsby's cache folder for it, the list of files it put in public/ at the last build. */
const WRITTEN_FILES = "written-files.json"

/** Every show's generated invites, calendar and feeds, from the nodes as they are now. */
export function currentOutputs(
  args: Pick<NodePluginArgs, "getNodesByType" | "getNode" | "pathPrefix" | "store">,
  options: ResolvedOptions,
  builtAt: Date,
): Array<{ page: PageNode; files: OutputFile[] }> {
  const pages = pageNodes(args.getNodesByType)
  // One UID per episode across the site's shows (src/content/shows.ts).
  const uids = uidsAcrossShows(pages.map((page) => ({ path: page.path, episodes: episodesOf(page, args.getNode) })))
  return pages.map((page) => ({
    page,
    files: showOutputs(
      page,
      episodesOf(page, args.getNode).map((episode) => ({ ...episode, uid: uids.get(episode.id) ?? episode.uid })),
      { siteUrl: showUrls(args, page).siteUrl, builtAt, trailingSlash: siteTrailingSlash(args) },
      options,
    ),
  }))
}

/** A show's search index file (search-index.ts), or null when the show has no episode. */
export function showSearchIndex(page: PageNode, episodes: readonly EpisodeNode[], options: Pick<ResolvedOptions, "timeZone">): OutputFile | null {
  if (episodes.length === 0) return null
  const { text } = searchIndex(
    episodes.map((episode) => ({ ...episode, day: showDay(episode, options.timeZone) })),
    { people: page.people ?? [], topics: page.topics ?? [] },
    page.path,
  )
  return { path: searchIndexPath(page.path), content: text }
}

/** Everything onPostBuild does, in order. */
export async function writeOutputs(args: BuildArgs, options: ResolvedOptions): Promise<void> {
  const publicDir = path.join(siteDirectory(args), "public")
  const written = await writeShowFiles(args, options, publicDir)
  await removeStaleFiles(publicDir, path.join(args.cache.directory, WRITTEN_FILES), written, args.reporter)
  await removeNulBytes(args, publicDir)
}

/** Writes every show's files into public/; returns every site path the theme put there besides its pages (Gatsby removes a page's HTML itself). */
async function writeShowFiles(args: BuildArgs, options: ResolvedOptions, publicDir: string): Promise<Set<string>> {
  const pages = pageNodes(args.getNodesByType)
  const written = new Set([...pages.flatMap((page) => (page.thumbnailFiles ?? []).map((file) => file.to)), ...shareImageFiles(pages.map((page) => page.id))])
  for (const page of pages) {
    const file = showSearchIndex(page, episodesOf(page, args.getNode), options)
    if (file === null) continue
    await fs.promises.mkdir(path.dirname(path.join(publicDir, file.path)), { recursive: true })
    await fs.promises.writeFile(path.join(publicDir, file.path), file.content)
    written.add(file.path)
    args.reporter.verbose(`[${PLUGIN_NAME}] ${page.file}: wrote ${file.path}`)
  }
  if (!options.calendar && !options.feed) return written
  for (const { page, files } of currentOutputs(args, options, state.builtAt ?? now())) {
    for (const file of files) {
      const target = path.join(publicDir, file.path)
      await fs.promises.mkdir(path.dirname(target), { recursive: true })
      await fs.promises.writeFile(target, withoutNul(file.content).text)
      written.add(file.path)
    }
    args.reporter.verbose(`[${PLUGIN_NAME}] ${page.file}: wrote ${files.map((file) => file.path).join(", ")}`)
  }
  return written
}

/**
 * Takes out of public/ the files the theme put there at the last build and not at this one: a draft's
 * invite (an episode hidden since), the outputs of an option turned off, the thumbnails of a video
 * removed, a share image made again under a new name. public/ outlives builds (hosts keep it), and a
 * stale invite or feed would go on publishing what the content no longer says. The list is kept in Gatsby's cache; `gatsby clean` empties both.
 */
async function removeStaleFiles(publicDir: string, listFile: string, written: ReadonlySet<string>, reporter: Pick<Reporter, "info">): Promise<void> {
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

/** Takes out of the theme's pages' HTML (and no other page's) the NUL bytes the HTML renderer left in it. */
async function removeNulBytes({ getNodesByType, cache, reporter }: Pick<BuildArgs, "getNodesByType" | "cache" | "reporter">, publicDir: string): Promise<void> {
  const components = new Set(Object.values(pageComponents(cache.directory)).map((module) => module.path))
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
