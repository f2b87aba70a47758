/**
 * URLs of the site's pages. `siteUrl` is the site's origin, with its path
 * prefix if it has one and no trailing slash (`https://openinfra.dev`), or
 * null when unknown. Site paths are resolved under it, prefix kept.
 */
import type { Episode } from "../types"

/** The absolute URL of a site path, or null when the site's URL is unknown. */
export function absoluteUrl(path: string, siteUrl: string | null): string | null {
  return siteUrl === null ? null : new URL(path.replace(/^\//, ""), `${siteUrl}/`).href
}

/** The absolute URL of a site path when the site's URL is known, else the path itself (valid where relative URLs are). */
export function siteHref(path: string, siteUrl: string | null): string {
  return absoluteUrl(path, siteUrl) ?? path
}

/** Where an episode is on the site: its own page, else its card on the show page. */
export function episodePath(episode: Pick<Episode, "path" | "slug">, showPath: string): string {
  return episode.path ?? `${showPath}#${episode.slug}`
}
