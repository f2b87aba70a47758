/**
 * onCreateNode: a show file becomes a page node and its episode nodes. Its jobs, in order: find the
 * show's content in the node (`readShowContent`), read it by the theme's rules (`readShow`), download
 * its videos' thumbnails when the site serves them (thumbnails.ts), and make the nodes (show-nodes.ts).
 * Problems are kept on the page node; createPages reports them, on every build.
 */
import fs from "fs"
import path from "path"
import type { CreateNodeArgs, Node } from "gatsby"
import { invalidYamlProblem, readFrontmatter, type YamlProblem } from "../content/check"
import { locator, type Locate } from "../content/locate"
import { normalizeContent, type NormalizedContent } from "../content/normalize"
import type { ResolvedOptions } from "../content/options"
import { contentFolder, displayPath, isInside, isMarkdownFile } from "./sourcing"
import { createShowNodes } from "./show-nodes"
import { siteDirectory, siteTrailingSlash } from "./site"
import { downloadShowThumbnails, type ThumbnailFile } from "./thumbnails"

/** The show's content as a node holds it. */
interface ShowContent {
  frontmatter: unknown
  /** The File node of the show's file; null when the content came from a node without one. */
  fileNode: Node | null
  /** The file's text, when the theme read the file itself. */
  source?: string
  /** Why the file's frontmatter could not be read as YAML. */
  yamlError?: YamlProblem
}

/** The show, read by the theme's rules, with what messages need to name where its problems are. */
interface ReadShow extends NormalizedContent {
  /** The file, as messages name it. */
  file: string
  locate?: Locate
}

/** Only markdown and files can hold show content: Gatsby skips onCreateNode for every other node of the site. */
export function mayHoldShow({ node }: { node: Node }): boolean {
  return node.internal.type === "MarkdownRemark" || node.internal.type === "File"
}

/** Makes the nodes of the show a node holds, if it holds one. */
export async function sourceShow(args: CreateNodeArgs, options: ResolvedOptions): Promise<void> {
  const content = await readShowContent(args, options)
  if (content === null) return
  const { node } = args
  const show = await readShow(args, content, options)
  let thumbnailFiles: ThumbnailFile[] = []
  if (options.thumbnails === "local") {
    thumbnailFiles = await downloadShowThumbnails(
      { cache: args.cache, siteDirectory: siteDirectory(args), baseUrl: options.thumbnailBaseUrl },
      { file: show.file, locate: show.locate, showPath: show.page.path, episodes: show.episodes, problems: show.problems },
    )
  }
  const { page, file, problems, drafts, episodes, people, topics } = show
  createShowNodes(args, {
    // One page per file, whoever read it: the same file read twice gives the same ids.
    key: absolutePathOf(content) ?? node.id,
    parent: content.fileNode ?? node,
    page: { ...page, file, people, topics },
    problems,
    drafts,
    thumbnailFiles,
    episodes,
  })
}

/** The frontmatter and file of a node that holds show content, or null for any other node. */
async function readShowContent(args: CreateNodeArgs, { templateKey, contentPath }: ResolvedOptions): Promise<ShowContent | null> {
  const { node, getNode, loadNodeContent } = args
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

function absolutePathOf(content: ShowContent): string | null {
  return typeof content.fileNode?.absolutePath === "string" ? content.fileNode.absolutePath : null
}

/** The show's page, published episodes and problems, by the theme's rules, with each problem's line and column when the file's text is at hand. */
async function readShow(args: CreateNodeArgs, content: ShowContent, options: ResolvedOptions): Promise<ReadShow> {
  const directory = siteDirectory(args)
  const absolutePath = absolutePathOf(content)
  const file = absolutePath === null ? `${args.node.internal.type} node ${args.node.id}` : displayPath(directory, absolutePath)
  // The file's text, for the line and column of each problem (a file the site's transformer read, or the theme's own).
  const source = content.source ?? (absolutePath === null ? null : await fs.promises.readFile(absolutePath, "utf8").catch(() => null))
  const locate = source === null ? undefined : locator(source)
  const normalized = normalizeContent(content.frontmatter, {
    file,
    basePath: options.basePath,
    generateInvites: options.calendar,
    episodePages: options.episodePages,
    staticFileExists: (relative) => fs.existsSync(path.join(directory, "static", relative)),
    locate,
    trailingSlash: siteTrailingSlash(args),
    timeZone: options.timeZone,
    peoplePages: options.peoplePages,
  })
  if (content.yamlError !== undefined) normalized.problems.unshift(invalidYamlProblem(file, content.yamlError))
  return { ...normalized, file, locate }
}
