/** YouTube video ids from whatever an editor pasted. */
import type { YouTubeVideo } from "../types"
import { remoteThumbnail } from "./thumbnails"
import { withScheme } from "./urls"

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/
/**
 * A video id at the start of a path segment or parameter, up to the first character no id has: the id
 * of `ID&t=42` (a share link with `&` for `?`), `ID.` and `ID),` (a link followed by punctuation).
 */
const LEADING_ID = /^([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])/
/** 11-character words in the place of an id that are no single video: a playlist's player, a channel's live stream. */
const NOT_VIDEOS = new Set(["videoseries", "live_stream"])
/** Path prefixes that are followed by a video id: /embed/ID, /live/ID, … */
const ID_PATH_PREFIXES = ["embed", "v", "e", "live", "shorts"]

/** youtube.com and youtube-nocookie.com, and their subdomains (www., m., music.). */
function isYouTubeHost(host: string): boolean {
  return ["youtube.com", "youtube-nocookie.com"].some((domain) => host === domain || host.endsWith(`.${domain}`))
}

/**
 * The `src` of a pasted `<iframe …>` tag; else the link at the start of the text, out of the
 * `<angle brackets>`, parentheses or quotes around it, up to the first quote, space or `>`: for a URL
 * followed by the rest of a tag (`https://www.youtube.com/embed/ID" title="YouTube video player`).
 */
function unwrapIframe(text: string): string {
  const src = /<iframe|\bsrc\s*=/i.test(text) ? /\bsrc\s*=\s*(["']?)([^"'\s>]+)\1/i.exec(text) : null
  if (src) return src[2]!
  const link = text.replace(/^[<(["'\s]+/, "")
  return /^[^"'\s<>]+/.exec(link)?.[0] ?? text
}

function toUrl(text: string): URL | null {
  let candidate = withScheme(text.replace(/&amp;/gi, "&"))
  if (!/^[a-z][a-z0-9+.-]*:/i.test(candidate)) candidate = `https://${candidate}`
  try {
    return new URL(candidate)
  } catch {
    return null
  }
}

/** The id a segment or parameter starts with, unless it is a word that is no single video. */
function leadingId(text: string | null | undefined): string | null {
  const id = text === null || text === undefined ? null : (LEADING_ID.exec(text)?.[1] ?? null)
  return id === null || NOT_VIDEOS.has(id) ? null : id
}

function idInUrl(url: URL, depth: number): string | null {
  if (!/^https?:$/.test(url.protocol)) return null
  const host = url.hostname.toLowerCase().replace(/\.$/, "")
  const segments = url.pathname.split("/").filter((segment) => segment !== "")
  if (host === "youtu.be" || host === "www.youtu.be") return leadingId(segments[0])
  if (!isYouTubeHost(host)) return null
  if (segments[0] === "watch") return leadingId(url.searchParams.get("v"))
  if (segments.length >= 2 && ID_PATH_PREFIXES.includes(segments[0]!)) return leadingId(segments[1])
  // A shared "attribution" link: the video's own address, encoded in `u` (/attribution_link?u=/watch%3Fv%3DID).
  if (segments[0] === "attribution_link" && depth === 0) {
    const target = url.searchParams.get("u")
    if (target === null) return null
    try {
      return idInUrl(new URL(target, "https://www.youtube.com/"), depth + 1)
    } catch {
      return null
    }
  }
  return null
}

/**
 * The video id in every form a browser opens as that one video: youtube.com/watch?v=ID (with other
 * parameters before or after, /watch/), youtu.be/ID (with `?t=42`, `&t=42`, a trailing slash),
 * /embed/ID, /v/ID, /live/ID, /shorts/ID (with `?…` or `&…` after the id), youtube-nocookie.com, the
 * m., music. and www. hosts, any case in the scheme and host, `&amp;` for `&`, a link in <angle
 * brackets> or followed by punctuation, an attribution_link, a pasted iframe tag, a bare
 * 11-character id. Null for anything else: a playlist, a channel, a channel's live stream, a search,
 * another host.
 */
export function parseYouTubeId(raw: string): string | null {
  const text = unwrapIframe(raw.trim())
  if (VIDEO_ID.test(text)) return NOT_VIDEOS.has(text) ? null : text
  const url = toUrl(text)
  return url === null ? null : idInUrl(url, 0)
}

export function youtubeVideo(id: string): YouTubeVideo {
  return {
    id,
    watchUrl: `https://www.youtube.com/watch?v=${id}`,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
    thumbnailUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    // From YouTube's host until the build has downloaded it (gatsby-node, the "local" default).
    thumbnail: remoteThumbnail(id),
  }
}
