/** Link fields, calendar invites and the footer button, checked and normalized. */

export type UrlResult = { ok: true; url: string } | { ok: false; reason: string }

const SITE_PATH = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/

/**
 * An absolute http(s) URL, or why not. Protocol-relative `//host/x` becomes
 * `https://host/x`; anything with another scheme (`javascript:`, `data:`,
 * `ftp:`) or no host is refused.
 */
export function httpUrl(raw: string): UrlResult {
  const text = raw.trim()
  const candidate = text.startsWith("//") ? `https:${text}` : text
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
 * The URL the built site serves a hand-made invite at. Files in the site's
 * `static/` folder are served from the site root, so `/static/invites/x.ics`
 * and `static/invites/x.ics` both become `/invites/x.ics`. Absolute http(s)
 * URLs are kept. `staticFile` is the file under `static/` to check for, when
 * the URL is local.
 */
export function calendarInviteUrl(raw: string): (UrlResult & { staticFile?: string }) {
  const text = raw.trim()
  if (/^(https?:)?\/\//i.test(text)) return httpUrl(text)
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    return { ok: false, reason: `"${text}" is neither a site path nor an http(s) URL` }
  }
  const segments = text.split(/[?#]/)[0]!.split("/").filter((segment) => segment !== "" && segment !== ".")
  if (segments.length === 0 || segments.includes("..") || !SITE_PATH.test(segments.join("/"))) {
    return { ok: false, reason: `"${text}" is not a valid path to a file` }
  }
  if (segments[0] === "static") segments.shift()
  if (segments.length === 0) return { ok: false, reason: `"${text}" names a folder, not a file` }
  const relative = segments.join("/")
  return { ok: true, url: `/${relative}`, staticFile: relative }
}
