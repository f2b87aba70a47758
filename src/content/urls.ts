/** URLs: link fields, calendar invites and the footer button, checked and normalized; the site's own absolute URLs. */
import type { Episode } from "../types"

export type UrlResult = { ok: true; url: string } | { ok: false; reason: string }

/** Protocol-relative `//host/x` (what editors paste from embed codes) becomes `https://host/x`; anything else stays as it is. */
export function withScheme(url: string): string {
  const text = url.trim()
  return text.startsWith("//") ? `https:${text}` : url
}

const SITE_PATH = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/

/**
 * An absolute http(s) URL, or why not. Protocol-relative `//host/x` becomes
 * `https://host/x`; anything with another scheme (`javascript:`, `data:`,
 * `ftp:`) or no host is refused.
 */
export function httpUrl(raw: string): UrlResult {
  const text = raw.trim()
  const candidate = withScheme(text)
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return { ok: false, reason: `"${text}" is not a URL (it needs https://)` }
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, reason: `"${text}" is a ${url.protocol} URL; only http(s) links are kept` }
  }
  return { ok: true, url: url.href }
}

/**
 * A site path or an http(s) URL, for links that may point inside the site
 * (the footer button: `/join/` or `https://openinfra.dev/join/`).
 */
export function siteOrHttpUrl(raw: string): UrlResult {
  const text = raw.trim()
  if (text.startsWith("/") && !text.startsWith("//")) {
    return SITE_PATH.test(text.split(/[?#]/)[0]!) ? { ok: true, url: text } : { ok: false, reason: `"${text}" is not a valid site path` }
  }
  return httpUrl(text)
}

/**
 * The URL the built site serves a file of the site at, for fields that name one (a hand-made invite,
 * the share image, the logo), or why not.
 * - An http(s) URL (or `//host/x`) is kept.
 * - A path from the site's root names a file of its `static/` folder, which Gatsby serves from the
 *   root: `/img/x.png`, `img/x.png`, `/static/img/x.png` and `static/img/x.png` all become `/img/x.png`.
 * - A path that starts with `./` or `../` is relative to the content file's folder (`contentFile`,
 *   relative to the site), as gatsby-remark-relative-images and CMS media settings write them:
 *   `../../../static/img/x.png` from `src/pages/openinfra-live/index.md` is `static/img/x.png`, so
 *   `/img/x.png`. One that lands outside `static/` is refused: the site serves no fixed address for it.
 * `staticFile` is the file under `static/` to check for, when the URL is the site's.
 */
export function siteFileUrl(raw: string, contentFile?: string): UrlResult & { staticFile?: string } {
  const text = raw.trim()
  if (/^(https?:)?\/\//i.test(text)) return httpUrl(text)
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    return { ok: false, reason: `"${text}" is neither a site path nor an http(s) URL` }
  }
  const written = text.split(/[?#]/)[0]!
  const relative = /^\.\.?\//.test(written) && contentFile !== undefined
  const base = relative ? contentFile.split("/").slice(0, -1) : []
  const segments: string[] = []
  for (const segment of [...base, ...written.split("/")]) {
    if (segment === "" || segment === ".") continue
    if (segment !== "..") segments.push(segment)
    else if (segments.pop() === undefined) return { ok: false, reason: `"${text}" is not a valid path to a file (it goes above the site's folder)` }
  }
  if (segments.length === 0 || !SITE_PATH.test(segments.join("/"))) {
    return { ok: false, reason: `"${text}" is not a valid path to a file` }
  }
  if (relative && segments[0] !== "static") {
    return {
      ok: false,
      reason: `"${text}" is the file ${segments.join("/")}, outside the site's static/ folder, which the site does not serve at an address of its own (put it in static/, or give an http(s) URL)`,
    }
  }
  if (segments[0] === "static") segments.shift()
  if (segments.length === 0) return { ok: false, reason: `"${text}" names a folder, not a file` }
  const file = segments.join("/")
  return { ok: true, url: `/${file}`, staticFile: file }
}

/**
 * A link that may point inside the site (a button, a show link): an http(s) URL or a site path, as
 * siteOrHttpUrl; a path starting with `./` or `../` is a file of the site's `static/` folder, read
 * from the content file's folder (see siteFileUrl), as gatsby-remark-relative-images writes a
 * `/files/x.pdf` it rewrote.
 */
export function siteLinkUrl(raw: string, contentFile?: string): UrlResult {
  const result = /^\.\.?\//.test(raw.trim()) ? siteFileUrl(raw, contentFile) : siteOrHttpUrl(raw)
  return result.ok ? { ok: true, url: result.url } : result
}

export interface PageUrls {
  /** The site's origin and path prefix, no trailing slash: `https://openinfra.dev`, `https://example.org/blog`; null when unknown. */
  siteUrl: string | null
  /** The page's absolute URL, or null when the site's URL is unknown. */
  canonicalUrl: string | null
  /** The share image as an absolute URL (Open Graph requires it), or null. */
  imageUrl: string | null
}

/**
 * Absolute URLs for a page: under `siteMetadata.siteUrl` when the site has one, else under the
 * origin of the content's `seo.url`; and under the path prefix a `--prefix-paths` build has
 * (Gatsby's `pathPrefix` argument: "" without one).
 */
export function pageUrls(input: { siteMetadataUrl: unknown; seoUrl: string | null; pathPrefix: string; path: string; image: string | null }): PageUrls {
  let origin: string | null = null
  if (typeof input.siteMetadataUrl === "string" && input.siteMetadataUrl.trim() !== "") {
    const result = httpUrl(input.siteMetadataUrl)
    if (result.ok) origin = result.url.replace(/\/+$/, "")
  }
  if (origin === null && input.seoUrl !== null) origin = new URL(input.seoUrl).origin
  const siteUrl = origin === null ? null : `${origin}${input.pathPrefix.replace(/\/+$/, "")}`
  return {
    siteUrl,
    canonicalUrl: absoluteUrl(input.path, siteUrl),
    imageUrl: imageUrlOf(input.image, siteUrl),
  }
}

/**
 * An image of the content (`seo.image`: a site path or an http(s) URL) as an absolute URL, as Open
 * Graph and the feeds need it: a site path under the site's URL (path prefix included). Null when
 * there is none, or when it is a site path and the site's URL is unknown.
 */
export function imageUrlOf(image: string | null, siteUrl: string | null): string | null {
  const text = image?.trim() ?? ""
  if (/^https?:/i.test(text)) {
    const result = httpUrl(text)
    return result.ok ? result.url : null
  }
  return text.startsWith("/") && !text.startsWith("//") ? absoluteUrl(text, siteUrl) : null
}

// The site's own URLs. `siteUrl` is the site's origin, with its path prefix if it has one and no
// trailing slash (`https://openinfra.dev`), or null when unknown. Site paths are resolved under it.
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

/**
 * Gatsby's `trailingSlash` option (gatsby-config, Gatsby 4.7+): whether page URLs end with `/`.
 * Gatsby 5's default is "always", Gatsby 4's "legacy"; "ignore" and "legacy" leave paths as written.
 */
export type TrailingSlash = "always" | "never" | "ignore" | "legacy"

/** The option as a site's config gives it (anything else, or none, is Gatsby 5's default). */
export function trailingSlashOption(value: unknown): TrailingSlash {
  return value === "never" || value === "ignore" || value === "legacy" ? value : "always"
}

/**
 * A page's path as the site serves it under `trailingSlash`, as Gatsby applies the option to
 * createPage's paths and Link's `to` (gatsby-page-utils' applyTrailingSlashOption): `/live/x/` is
 * `/live/x` with "never"; `/` stays `/`; a fragment stays after the path (`/live/#x` → `/live#x`).
 * The theme writes its page paths with the slash, so only "never" changes them. Files
 * (`/live/rss.xml`) are not pages: do not pass them.
 */
export function servedPath(path: string, trailingSlash: TrailingSlash): string {
  const hash = path.indexOf("#")
  const [page, fragment] = hash === -1 ? [path, ""] : [path.slice(0, hash), path.slice(hash)]
  if (page === "/" || page === "") return path
  if (trailingSlash === "never") return `${page.replace(/\/+$/, "")}${fragment}`
  if (trailingSlash === "always" && !page.endsWith("/")) return `${page}/${fragment}`
  return path
}
