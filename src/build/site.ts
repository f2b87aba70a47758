/**
 * What the build reads about the site and the theme's own install: where each is, the site's
 * Gatsby, its trailingSlash option, and the show page's absolute URLs.
 */
import type { NodePluginArgs } from "gatsby"
import { installedVersion } from "./compat"
import { themeRoot } from "./styles"
import { pageUrls, trailingSlashOption, type PageUrls, type TrailingSlash } from "../content/urls"
import type { PageNode } from "./show-nodes"

/** The package root, both from the compiled dist/ and from the sources under ts-jest. */
export const THEME_ROOT = themeRoot()

/** The site's Gatsby (Gatsby runs in the site's folder), else the one the theme resolves. */
export const GATSBY_VERSION = installedVersion("gatsby", process.cwd()) ?? installedVersion("gatsby", THEME_ROOT)

/** The site's folder, as Gatsby runs it. */
export function siteDirectory(args: Pick<NodePluginArgs, "store">): string {
  return (args.store.getState() as { program?: { directory?: string } }).program?.directory ?? process.cwd()
}

/** The site's trailingSlash option (gatsby-config; Gatsby 4.7+), as the theme applies it to the URLs it writes. */
export function siteTrailingSlash(args: Pick<NodePluginArgs, "store">): TrailingSlash {
  return trailingSlashOption((args.store.getState() as { config?: { trailingSlash?: unknown } }).config?.trailingSlash)
}

/**
 * The show page's absolute URLs, from siteMetadata.siteUrl (Gatsby's name for it; some sites, the
 * foundation's among them, call it siteMetadata.url) or the content's seo.url, under the build's path prefix.
 */
export function showUrls(args: Pick<NodePluginArgs, "getNodesByType" | "pathPrefix">, page: PageNode): PageUrls {
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
