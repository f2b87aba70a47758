/** Small, pure helpers for the Gatsby API files: where content lives, what URLs a page gets. */
import path from "path"
import { httpUrl } from "./urls"
import { absoluteUrl } from "../utils/site-url"

export const PLUGIN_NAME = "gatsby-theme-openinfra-live"
/** The gatsby-source-filesystem instance the theme adds for `contentPath`. */
export const SOURCE_INSTANCE_NAME = "openinfra-live-content"
const MARKDOWN_EXTENSIONS = new Set(["md", "markdown"])

/** The `contentPath` folder as an absolute path, or null when the option is not set. */
export function contentFolder(contentPath: string | null, siteDirectory: string): string | null {
  return contentPath === null ? null : path.resolve(siteDirectory, contentPath)
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative)
}

export function isMarkdownFile(extension: unknown): boolean {
  return typeof extension === "string" && MARKDOWN_EXTENSIONS.has(extension.toLowerCase())
}

/** How messages name a file: relative to the site when it is inside it. */
export function displayPath(siteDirectory: string, absolutePath: string): string {
  return isInside(siteDirectory, absolutePath) ? path.relative(siteDirectory, absolutePath).split(path.sep).join("/") : absolutePath
}

export interface PageUrls {
  /** The site's origin (and path prefix), no trailing slash: `https://openinfra.dev`; null when unknown. */
  siteUrl: string | null
  /** The page's absolute URL, or null when the site's URL is unknown. */
  canonicalUrl: string | null
  /** The share image as an absolute URL (Open Graph requires it), or null. */
  imageUrl: string | null
}

/**
 * Absolute URLs for a page: `siteMetadata.siteUrl` when the site has one,
 * else the origin of the content's `seo.url`.
 */
export function pageUrls(input: { siteMetadataUrl: unknown; seoUrl: string | null; path: string; image: string | null }): PageUrls {
  let siteUrl: string | null = null
  if (typeof input.siteMetadataUrl === "string" && input.siteMetadataUrl.trim() !== "") {
    const result = httpUrl(input.siteMetadataUrl)
    if (result.ok) siteUrl = result.url.replace(/\/+$/, "")
  }
  if (siteUrl === null && input.seoUrl !== null) siteUrl = new URL(input.seoUrl).origin
  return {
    siteUrl,
    canonicalUrl: absoluteUrl(input.path, siteUrl),
    imageUrl: input.image === null ? null : /^https?:/i.test(input.image) ? input.image : absoluteUrl(input.image, siteUrl),
  }
}
