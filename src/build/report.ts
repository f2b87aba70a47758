/**
 * What the theme tells the site's builder about the content, in the build's log: each page's
 * problems (every error at once, which stops `gatsby build`), and the warnings for a site that
 * would get no show page, or pages without absolute URLs.
 */
import type { Reporter } from "gatsby"
import type { ResolvedOptions } from "../content/options"
import { PLUGIN_NAME } from "../content/plugin-name"
import { state } from "./build-state"
import { panicOnBuild } from "./errors"
import type { PageNode } from "./show-nodes"

type Log = Pick<Reporter, "warn" | "info" | "panicOnBuild">

/**
 * Reports what normalizing a content file found: warnings, notes (how a rule read a field), the
 * drafts left out, and every error at once, which stops `gatsby build`. It runs from
 * createPages, which runs on every build, so a rebuild from Gatsby's cache
 * reports the same errors again instead of quietly building no show page.
 */
function report(reporter: Log, page: PageNode): void {
  for (const { message } of page.problems.filter((problem) => problem.level === "warning")) reporter.warn(`[${PLUGIN_NAME}] ${message}`)
  for (const { message } of page.problems.filter((problem) => problem.level === "info")) reporter.info(`[${PLUGIN_NAME}] ${message}`)
  if (page.drafts > 0) reporter.info(`[${PLUGIN_NAME}] ${page.file}: ${page.drafts} draft episode${page.drafts === 1 ? "" : "s"} (hidden: true) left out`)
  const errors = page.problems.filter((problem) => problem.level === "error").map((problem) => problem.message)
  if (errors.length > 0) panicOnBuild(reporter, "content", { errors })
}

/**
 * Reports a page's problems when they changed since the last time (`gatsby develop`), and always when
 * they stop the build. `digest` is the digest of the page's problems.
 */
export function reportProblems(reporter: Log, page: PageNode, digest: string): void {
  if (state.lastReported.get(page.id) !== digest || page.problems.some((problem) => problem.level === "error")) report(reporter, page)
  state.lastReported.set(page.id, digest)
}

/** Warns once that no show page will be made, in words that say what to do. */
export function warnNoShowFile(reporter: Pick<Reporter, "warn">, { templateKey, contentPath }: ResolvedOptions): void {
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

export function warnUnknownSiteUrl(reporter: Pick<Reporter, "warn">, page: PageNode): void {
  reporter.warn(
    `[${PLUGIN_NAME}] ${page.file}: the site's address is unknown (no siteMetadata.siteUrl or siteMetadata.url in gatsby-config, no seo.url in the content), ` +
      `so ${page.path} and its episode pages have no canonical URL and no og:image, and the feeds and calendar use relative links. ` +
      `Set siteMetadata.siteUrl.`,
  )
}

/** Warns that the contentPath folder does not exist (`shown`: as messages name it). */
export function warnMissingContentFolder(reporter: Pick<Reporter, "warn">, shown: string): void {
  reporter.warn(
    `[${PLUGIN_NAME}] contentPath "${shown}" does not exist, so the theme sources nothing from it. ` +
      `Create the folder and put the show's markdown file in it, or remove the option if the site sources the file itself.`,
  )
}
