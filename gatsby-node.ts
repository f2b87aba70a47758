/**
 * Gatsby's Node APIs for the theme. Kept thin: every decision about content
 * is made by the pure modules in src/node, which have their own unit tests.
 */
import fs from "fs"
import path from "path"
import matter from "gray-matter"
import type { GatsbyNode, Node, NodePluginArgs, Reporter } from "gatsby"
import { normalizeContent, type Problem } from "./src/node/normalize"
import { pluginOptionsSchema as optionsSchema, withDefaults, type ThemeOptions } from "./src/node/options"
import { EPISODE_TYPE, PAGE_TYPE, typeDefs } from "./src/node/schema"
import { contentFolder, displayPath, isInside, isMarkdownFile, pageUrls, PLUGIN_NAME } from "./src/node/sourcing"

/** The package root, both from the compiled dist/gatsby-node.js and from this file under ts-jest. */
const THEME_ROOT = fs.existsSync(path.join(__dirname, "package.json")) ? __dirname : path.resolve(__dirname, "..")
const SHOW_PAGE_TEMPLATE = path.join(THEME_ROOT, "src", "templates", "show-page.tsx")

/**
 * What was last reported for each file (a digest of its normalized content):
 * a file read twice in one pass (by the site's transformer and from
 * contentPath) is reported once, and again after every edit in `gatsby develop`.
 */
const lastReported = new Map<string, string>()
/** Episode node ids per page, so that `gatsby develop` drops episodes removed from the file. */
const episodeIdsByPage = new Map<string, string[]>()

function siteDirectory(args: Pick<NodePluginArgs, "store">): string {
  return (args.store.getState() as { program?: { directory?: string } }).program?.directory ?? process.cwd()
}

function report(reporter: Reporter, problems: Problem[]): void {
  const errors: string[] = []
  for (const { level, message } of problems) {
    if (level === "error") errors.push(message)
    else reporter.warn(`[${PLUGIN_NAME}] ${message}`)
  }
  if (errors.length > 0) {
    reporter.panicOnBuild(`[${PLUGIN_NAME}] The show's content has ${errors.length === 1 ? "an error" : `${errors.length} errors`}:\n${errors.map((error) => `  - ${error}`).join("\n")}`)
  }
}

export const pluginOptionsSchema: GatsbyNode["pluginOptionsSchema"] = optionsSchema

export const onPreInit: GatsbyNode["onPreInit"] = (args, options) => {
  const folder = contentFolder(withDefaults(options as ThemeOptions).contentPath, siteDirectory(args), fs.existsSync)
  if (folder !== null && !folder.exists) {
    args.reporter.warn(
      `[${PLUGIN_NAME}] contentPath "${displayPath(siteDirectory(args), folder.path)}" does not exist, so the theme sources nothing from it. ` +
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
): Promise<{ frontmatter: unknown; fileNode: Node | null } | null> {
  const { node, getNode, loadNodeContent, reporter } = args
  const { templateKey, contentPath } = withDefaults(options)
  if (node.internal.type === "MarkdownRemark") {
    const frontmatter = node.frontmatter as Record<string, unknown> | undefined
    if (frontmatter?.templateKey !== templateKey) return null
    const parent = node.parent ? getNode(node.parent) : undefined
    return { frontmatter, fileNode: parent?.internal.type === "File" ? parent : null }
  }
  const folder = contentFolder(contentPath, siteDirectory(args), fs.existsSync)
  if (node.internal.type !== "File" || folder === null || !isMarkdownFile(node.extension)) return null
  if (!isInside(folder.path, String(node.absolutePath))) return null
  let data: Record<string, unknown>
  try {
    data = matter(await loadNodeContent(node)).data
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    reporter.panicOnBuild(`[${PLUGIN_NAME}] ${displayPath(siteDirectory(args), String(node.absolutePath))}: the frontmatter is not valid YAML: ${reason}`)
    return null
  }
  return data.templateKey === templateKey ? { frontmatter: data, fileNode: node } : null
}

export const onCreateNode: GatsbyNode["onCreateNode"] = async (args, options) => {
  const content = await readShowContent(args, options as ThemeOptions)
  if (content === null) return
  const { node, actions, createNodeId, createContentDigest, reporter, getNode } = args
  const directory = siteDirectory(args)
  const absolutePath = typeof content.fileNode?.absolutePath === "string" ? content.fileNode.absolutePath : null
  const file = absolutePath === null ? `${node.internal.type} node ${node.id}` : displayPath(directory, absolutePath)
  const { basePath } = withDefaults(options as ThemeOptions)
  const { page, episodes, drafts, problems } = normalizeContent(content.frontmatter, {
    file,
    basePath,
    staticFileExists: (relative) => fs.existsSync(path.join(directory, "static", relative)),
  })
  // One page per file, whoever read it: the same file read twice gives the same ids.
  const key = absolutePath ?? node.id
  const digest = createContentDigest({ page, episodes, drafts, problems })
  if (lastReported.get(key) !== digest) {
    lastReported.set(key, digest)
    report(reporter, problems)
    if (drafts > 0) reporter.info(`[${PLUGIN_NAME}] ${file}: ${drafts} draft episode${drafts === 1 ? "" : "s"} (hidden: true) left out`)
  }
  const parent = content.fileNode ?? node
  const pageId = createNodeId(`${PAGE_TYPE} ${key}`)
  const episodeIds = episodes.map((episode) => createNodeId(`${EPISODE_TYPE} ${key} ${episode.slug}`))
  const pageFields = { ...page, file, episodeIds }
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

interface PagesQuery {
  allOpenInfraLivePage: { nodes: Array<{ id: string; path: string; file: string; seo: { url: string | null; image: string | null } }> }
}

export const createPages: GatsbyNode["createPages"] = async ({ graphql, actions, reporter, getNodesByType }, options) => {
  const { templateKey } = withDefaults(options as ThemeOptions)
  const result = await graphql<PagesQuery>(`
    {
      allOpenInfraLivePage(sort: { file: ASC }) {
        nodes { id path file seo { url image } }
      }
    }
  `)
  if (result.errors || !result.data) {
    reporter.panicOnBuild(`[${PLUGIN_NAME}] Could not read the show pages`, result.errors)
    return
  }
  const pages = result.data.allOpenInfraLivePage.nodes
  if (pages.length === 0) {
    reporter.warn(
      `[${PLUGIN_NAME}] No markdown file has templateKey "${templateKey}", so there is no show page. ` +
        `Source a file with that templateKey (or set the theme's contentPath option to its folder).`,
    )
    return
  }
  const siteMetadata = (getNodesByType("Site")[0]?.siteMetadata ?? {}) as { siteUrl?: unknown }
  const builtAt = new Date().toISOString()
  const byPath = new Map<string, string>()
  for (const page of pages) {
    const taken = byPath.get(page.path)
    if (taken !== undefined) {
      reporter.panicOnBuild(
        `[${PLUGIN_NAME}] ${taken} and ${page.file} both have templateKey "${templateKey}" and both make the page ${page.path}. ` +
          `Keep one file, or give each its own seo.url (and leave the basePath option out).`,
      )
      continue
    }
    byPath.set(page.path, page.file)
    const urls = pageUrls({ siteMetadataUrl: siteMetadata.siteUrl, seoUrl: page.seo.url, path: page.path, image: page.seo.image })
    if (urls.siteUrl === null) {
      reporter.warn(
        `[${PLUGIN_NAME}] ${page.file}: the site's address is unknown (no siteMetadata.siteUrl in gatsby-config, no seo.url in the content), ` +
          `so ${page.path} has no canonical URL and no og:image. Set siteMetadata.siteUrl.`,
      )
    }
    actions.createPage({ path: page.path, component: SHOW_PAGE_TEMPLATE, context: { id: page.id, builtAt, ...urls } })
  }
}
