/**
 * The platforms a show-level link (the content's `hero.links`) can point to: how an editor may name
 * one, how the build recognises one from its address, and the words its link gets by default. Shared
 * by the build (src/content/normalize.ts), which settles each link's platform and label, and the
 * components; the stylesheet draws its icon (.oil-platform-icon--<platform>).
 */

/** The platforms the theme knows, and "other" for any other address (a link without an icon of its own). */
export const SHOW_LINK_PLATFORMS = ["spotify", "applePodcasts", "youtube", "linkedin", "facebook", "x", "rss", "other"] as const

export type ShowLinkPlatform = (typeof SHOW_LINK_PLATFORMS)[number]

/** What a link to the show on each platform says, when the content gives no label. */
export const DEFAULT_SHOW_LINK_LABELS: Record<Exclude<ShowLinkPlatform, "other">, string> = {
  spotify: "Listen on Spotify",
  applePodcasts: "Listen on Apple Podcasts",
  youtube: "Watch on YouTube",
  linkedin: "Watch on LinkedIn",
  facebook: "Watch on Facebook",
  x: "Follow on X",
  rss: "Podcast RSS feed",
}

/** Each platform's name as people write it: for editors' messages and the CMS's choices. */
export const PLATFORM_NAMES: Record<ShowLinkPlatform, string> = {
  spotify: "Spotify",
  applePodcasts: "Apple Podcasts",
  youtube: "YouTube",
  linkedin: "LinkedIn",
  facebook: "Facebook",
  x: "X (Twitter)",
  rss: "RSS feed",
  other: "Other",
}

/** The other ways editors write a platform, once lowercased and stripped of all but letters and digits. */
const ALIASES: Record<string, ShowLinkPlatform> = {
  spotify: "spotify",
  applepodcasts: "applePodcasts",
  applepodcast: "applePodcasts",
  apple: "applePodcasts",
  itunes: "applePodcasts",
  youtube: "youtube",
  linkedin: "linkedin",
  facebook: "facebook",
  x: "x",
  twitter: "x",
  xtwitter: "x",
  rss: "rss",
  rssfeed: "rss",
  podcastfeed: "rss",
  feed: "rss",
  other: "other",
  website: "other",
  web: "other",
  link: "other",
}

/**
 * The platform an editor's word names: `spotify`, `Apple Podcasts`, `apple-podcasts`, `applePodcasts`,
 * `Twitter`, `X`, `RSS` (any case, spaces, dashes and underscores ignored). Null for a word it is not.
 */
export function readPlatform(word: string): ShowLinkPlatform | null {
  return ALIASES[word.toLowerCase().replace(/[^a-z0-9]/g, "")] ?? null
}

/** Hosts (and every host under them) of each platform the build recognises from a link's address. */
const HOSTS: Array<[ShowLinkPlatform, string[]]> = [
  ["spotify", ["spotify.com", "spotify.link"]],
  ["applePodcasts", ["podcasts.apple.com", "itunes.apple.com"]],
  ["youtube", ["youtube.com", "youtu.be", "youtube-nocookie.com"]],
  ["linkedin", ["linkedin.com", "lnkd.in"]],
  ["facebook", ["facebook.com", "fb.com", "fb.watch"]],
  ["x", ["x.com", "twitter.com"]],
]

/**
 * The platform an http(s) URL (or a site path) is on, by its host: `https://open.spotify.com/show/…` is
 * Spotify's; an address that ends in .rss, .xml, /rss or /feed is a feed; anything else is "other".
 */
export function platformOfUrl(url: string): ShowLinkPlatform {
  let host = ""
  let pathname = url
  try {
    const parsed = new URL(url, "https://site.invalid")
    host = parsed.hostname.toLowerCase().replace(/\.$/, "")
    pathname = parsed.pathname.toLowerCase()
  } catch {
    return "other"
  }
  for (const [platform, hosts] of HOSTS) {
    if (hosts.some((name) => host === name || host.endsWith(`.${name}`))) return platform
  }
  return /(\.rss|\.xml|\/rss\/?|\/feed\/?)$/.test(pathname) ? "rss" : "other"
}
