/** YouTube video ids from whatever an editor pasted. */
import type { YouTubeVideo } from "../types"
import { remoteThumbnail } from "./thumbnails"
import { withScheme } from "./urls"

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/
const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"])
/** Path prefixes that are followed by a video id: /embed/ID, /live/ID, … */
const ID_PATH_PREFIXES = ["embed", "v", "e", "live", "shorts"]

/**
 * The `src` of a pasted `<iframe …>` tag; else the text up to the first quote, space or `>`, for a URL
 * followed by the rest of a tag (`https://www.youtube.com/embed/ID" title="YouTube video player`).
 */
function unwrapIframe(text: string): string {
  const src = /<iframe|\bsrc\s*=/i.test(text) ? /\bsrc\s*=\s*(["']?)([^"'\s>]+)\1/i.exec(text) : null
  if (src) return src[2]!
  return /^[^"'\s<>]+/.exec(text)?.[0] ?? text
}

function toUrl(text: string): URL | null {
  let candidate = withScheme(text.replace(/&amp;/g, "&"))
  if (!/^[a-z][a-z0-9+.-]*:/i.test(candidate)) candidate = `https://${candidate}`
  try {
    return new URL(candidate)
  } catch {
    return null
  }
}

/**
 * The video id in any of: youtube.com/embed/ID, youtube.com/watch?v=ID,
 * youtu.be/ID, youtube-nocookie.com/embed/ID, /live/ID, /shorts/ID, with or
 * without `?si=` and other parameters, scheme or `www.`; a pasted iframe tag;
 * or a bare 11-character id. Null for anything else (a playlist, a channel).
 */
export function parseYouTubeId(raw: string): string | null {
  const text = unwrapIframe(raw.trim())
  if (VIDEO_ID.test(text)) return text
  const url = toUrl(text)
  if (url === null || !/^https?:$/.test(url.protocol)) return null
  const host = url.hostname.toLowerCase()
  const segments = url.pathname.split("/").filter((segment) => segment !== "")
  let id: string | null | undefined = null
  if (host === "youtu.be" || host === "www.youtu.be") {
    id = segments[0]
  } else if (YOUTUBE_HOSTS.has(host)) {
    if (segments[0] === "watch") id = url.searchParams.get("v")
    else if (segments.length >= 2 && ID_PATH_PREFIXES.includes(segments[0]!)) id = segments[1]
  }
  // /embed/videoseries?list=… is a playlist, and "videoseries" happens to be 11 characters long.
  return id !== null && id !== undefined && id !== "videoseries" && VIDEO_ID.test(id) ? id : null
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
