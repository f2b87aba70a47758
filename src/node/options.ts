/**
 * Theme options: the one place where their defaults live, their validation
 * schema, and `withDefaults`, which every Gatsby API file calls.
 */
import type { PluginOptionsSchemaArgs } from "gatsby"
import { DEFAULT_THUMBNAIL_BASE_URL } from "./thumbnails"

export interface ThemeOptions {
  /** Where the show page lives. Default: the path of the content's `seo.url`, else `/live/`. */
  basePath?: string
  /** A folder the theme sources itself, for sites that do not source the content file. */
  contentPath?: string
  /** The `templateKey` that marks the content file. */
  templateKey?: string
  /** How long an episode counts as "Live now" after its start, in minutes. */
  airingWindowMinutes?: number
  /** Past episodes on the show page, and on each archive page; "all": every past episode on the show page, and no archive page. */
  episodesPerPage?: number | "all"
  /** The most items each feed holds: the newest episodes that have aired. */
  feedLimit?: number
  /** Which outputs to generate besides the show page. */
  episodePages?: boolean
  calendar?: boolean
  feed?: boolean
  /** "local": the build downloads video thumbnails and the site serves them; "youtube": from YouTube's host. */
  thumbnails?: "local" | "youtube"
  /** Where thumbnails are downloaded from (or, with "youtube", loaded from). */
  thumbnailBaseUrl?: string
  /** The colour schemes the show's pages follow, as CSS `color-scheme` names them. */
  colorScheme?: ColorScheme
}

/**
 * The colour schemes the theme's pages use, in the terms of CSS `color-scheme` (CSS Color Adjustment
 * Module Level 1, §2): "light" only, "dark" only, or "light dark", the visitor's system setting.
 */
export type ColorScheme = "light" | "dark" | "light dark"

/** Every value colorScheme takes. */
export const COLOR_SCHEMES: readonly ColorScheme[] = ["light", "light dark", "dark"]

export interface ResolvedOptions {
  /** Normalized (`/live/`), or null when it comes from the content. */
  basePath: string | null
  contentPath: string | null
  templateKey: string
  airingWindowMinutes: number
  /** A number of episodes a page, or "all" (every past episode on the show page). */
  episodesPerPage: number | "all"
  feedLimit: number
  episodePages: boolean
  calendar: boolean
  feed: boolean
  thumbnails: "local" | "youtube"
  thumbnailBaseUrl: string
  colorScheme: ColorScheme
}

export const DEFAULTS = {
  /** Used when neither the `basePath` option nor the content's `seo.url` gives a path. */
  basePath: "/live/",
  templateKey: "openinfra-live",
  /** An episode is "Live now" from its start until this many minutes later. */
  airingWindowMinutes: 90,
  /** The most recent past episodes on the show page; older ones are on archive pages of this many. */
  episodesPerPage: 6,
  /** The newest aired episodes that rss.xml and feed.json hold: a reader needs the recent ones, not the whole archive. */
  feedLimit: 50,
  /** A page per episode at <basePath><slug>/. */
  episodePages: true,
  /** Generated invites for episodes without a hand-made one, and <basePath>calendar.ics. */
  calendar: true,
  /** <basePath>rss.xml and <basePath>feed.json. */
  feed: true,
  /** The site serves video thumbnails itself: no request to Google before a viewer presses play. */
  thumbnails: "local",
  thumbnailBaseUrl: DEFAULT_THUMBNAIL_BASE_URL,
  /**
   * Light only: a site's own global CSS (heading and text colours) is written for its light pages,
   * and would be unreadable on the theme's dark surfaces. A site whose CSS has a dark mode opts in.
   */
  colorScheme: "light",
} as const

/** Bounds of episodesPerPage. */
export const PAGE_SIZE_LIMITS = { min: 1, max: 500 } as const

/** Bounds of feedLimit. */
export const FEED_LIMITS = { min: 1, max: 10000 } as const

/** Bounds of the airing window: a minute to a day. */
export const AIRING_WINDOW_LIMITS = { min: 1, max: 24 * 60 } as const

/** `live`, `/live`, `//live//` all become `/live/`; `` and `/` become `/`. */
export function normalizeBasePath(value: string): string {
  const parts = value
    .trim()
    .split("/")
    .filter((part) => part.length > 0)
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`
}

export function withDefaults(options: ThemeOptions = {}): ResolvedOptions {
  const basePath = typeof options.basePath === "string" ? normalizeBasePath(options.basePath) : null
  const contentPath = typeof options.contentPath === "string" && options.contentPath.trim() !== "" ? options.contentPath.trim() : null
  const templateKey = typeof options.templateKey === "string" && options.templateKey.trim() !== "" ? options.templateKey.trim() : DEFAULTS.templateKey
  const integer = (value: unknown, limits: { min: number; max: number }, fallback: number) =>
    typeof value === "number" && Number.isInteger(value) && value >= limits.min && value <= limits.max ? value : fallback
  const flag = (value: unknown, fallback: boolean) => (typeof value === "boolean" ? value : fallback)
  return {
    basePath,
    contentPath,
    templateKey,
    airingWindowMinutes: integer(options.airingWindowMinutes, AIRING_WINDOW_LIMITS, DEFAULTS.airingWindowMinutes),
    episodesPerPage: options.episodesPerPage === "all" ? "all" : integer(options.episodesPerPage, PAGE_SIZE_LIMITS, DEFAULTS.episodesPerPage),
    feedLimit: integer(options.feedLimit, FEED_LIMITS, DEFAULTS.feedLimit),
    episodePages: flag(options.episodePages, DEFAULTS.episodePages),
    calendar: flag(options.calendar, DEFAULTS.calendar),
    feed: flag(options.feed, DEFAULTS.feed),
    thumbnails: options.thumbnails === "youtube" ? "youtube" : DEFAULTS.thumbnails,
    thumbnailBaseUrl:
      typeof options.thumbnailBaseUrl === "string" && options.thumbnailBaseUrl.trim() !== "" ? options.thumbnailBaseUrl.trim() : DEFAULTS.thumbnailBaseUrl,
    colorScheme: COLOR_SCHEMES.find((scheme) => scheme === options.colorScheme) ?? DEFAULTS.colorScheme,
  }
}

/**
 * The path of the show page: the option when given, else the path of the
 * content's `seo.url` (`https://openinfra.dev/live/` gives `/live/`), else `/live/`.
 */
export function resolveBasePath(option: string | null, seoUrl: string | null): string {
  if (option !== null) return option
  if (seoUrl !== null) {
    try {
      return normalizeBasePath(new URL(seoUrl).pathname)
    } catch {
      // seo.url was already validated; fall through to the default
    }
  }
  return DEFAULTS.basePath
}

export function pluginOptionsSchema({ Joi }: PluginOptionsSchemaArgs) {
  return Joi.object({
    basePath: Joi.string()
      .allow("")
      .pattern(/^[^?#\s:]*$/)
      .messages({ "string.pattern.base": '"basePath" must be a path of the site, such as /live/, not {{#value}}' })
      .description(
        `Path of the show page, such as "/live/". Slashes are normalized. ` + `Default: the path of the content's seo.url, else "${DEFAULTS.basePath}".`,
      ),
    contentPath: Joi.string().description(
      "A folder (relative to the site) that the theme sources with gatsby-source-filesystem and whose " +
        "markdown files it reads itself. Leave it out when the site already sources the content file.",
    ),
    templateKey: Joi.string()
      .trim()
      .min(1)
      .default(DEFAULTS.templateKey)
      .description(`The frontmatter templateKey that marks the content file. Default: "${DEFAULTS.templateKey}".`),
    airingWindowMinutes: Joi.number()
      .strict()
      .integer()
      .min(AIRING_WINDOW_LIMITS.min)
      .max(AIRING_WINDOW_LIMITS.max)
      .default(DEFAULTS.airingWindowMinutes)
      .description(
        `How many minutes after its start an episode is shown as "Live now" (with its stream) before it moves to the past episodes. ` +
          `Default: ${DEFAULTS.airingWindowMinutes}.`,
      ),
    episodesPerPage: Joi.number()
      .strict()
      .integer()
      .min(PAGE_SIZE_LIMITS.min)
      .max(PAGE_SIZE_LIMITS.max)
      .allow("all")
      .default(DEFAULTS.episodesPerPage)
      .messages({ "number.base": `"episodesPerPage" must be a number from ${PAGE_SIZE_LIMITS.min} to ${PAGE_SIZE_LIMITS.max}, or "all"` })
      .description(
        `How many past episodes the show page lists (the most recent), and how many each archive page ` +
          `(<basePath>page/2/, …) lists; "all" lists every past episode on the show page, and makes no archive page. Default: ${DEFAULTS.episodesPerPage}.`,
      ),
    feedLimit: Joi.number()
      .strict()
      .integer()
      .min(FEED_LIMITS.min)
      .max(FEED_LIMITS.max)
      .default(DEFAULTS.feedLimit)
      .description(
        `How many items <basePath>rss.xml and <basePath>feed.json hold at most: the newest episodes that have aired ` +
          `(upcoming ones are never items). Default: ${DEFAULTS.feedLimit}.`,
      ),
    episodePages: Joi.boolean().strict().default(DEFAULTS.episodePages).description("Make a page per published episode at <basePath><slug>/. Default: true."),
    calendar: Joi.boolean()
      .strict()
      .default(DEFAULTS.calendar)
      .description(
        "Generate an .ics invite for each episode without a hand-made calendarInvite, and a subscribable " +
          "<basePath>calendar.ics of all published episodes. Default: true.",
      ),
    feed: Joi.boolean()
      .strict()
      .default(DEFAULTS.feed)
      .description("Generate <basePath>rss.xml (RSS 2.0) and <basePath>feed.json (JSON Feed 1.1) of published episodes. Default: true."),
    thumbnails: Joi.string()
      .valid("local", "youtube")
      .default(DEFAULTS.thumbnails)
      .description(
        `"local": the build downloads each video's thumbnails (WebP and JPEG, two sizes; Gatsby's cache keeps them between builds) ` +
          `and the site serves them, so visitors make no request to Google before they press play. "youtube": cards load them from YouTube. Default: "local".`,
      ),
    thumbnailBaseUrl: Joi.string()
      .uri({ scheme: ["http", "https"] })
      .default(DEFAULTS.thumbnailBaseUrl)
      .description(
        `Where thumbnails come from: YouTube's image host, or a mirror with its layout (/vi/ID/hqdefault.jpg, /vi_webp/ID/hqdefault.webp). Default: "${DEFAULTS.thumbnailBaseUrl}".`,
      ),
    colorScheme: Joi.string()
      .valid(...COLOR_SCHEMES)
      .default(DEFAULTS.colorScheme)
      .description(
        `The colour schemes of the show's pages, as CSS color-scheme names them: "light", "dark", or "light dark" (the visitor's ` +
          `system setting decides). Choose "light dark" only when the site's own CSS (headings, text, links) has a dark mode too. Default: "${DEFAULTS.colorScheme}".`,
      ),
  }).pattern(
    // Any other key is a mistake (Gatsby would only warn, and the option would be ignored): stop, and name the option meant.
    /.*/,
    Joi.any().custom((value: unknown, helpers) => {
      const key = String(helpers.state.path[helpers.state.path.length - 1])
      return key === "plugins" ? value : helpers.message({ custom: unknownOptionMessage(key) })
    }),
  )
}

/** The theme's option names, as a site writes them. */
export const OPTION_NAMES: ReadonlyArray<keyof ThemeOptions> = [
  "basePath",
  "contentPath",
  "templateKey",
  "airingWindowMinutes",
  "episodesPerPage",
  "feedLimit",
  "episodePages",
  "calendar",
  "feed",
  "thumbnails",
  "thumbnailBaseUrl",
  "colorScheme",
]

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

/** The message for an option the theme does not have, with the one it resembles, if any. */
export function unknownOptionMessage(key: string): string {
  const lower = key.toLowerCase()
  // A misspelling (a few letters off), or the start of a longer name ("airingWindow").
  const [closest] = OPTION_NAMES.map((name) => ({ name, distance: editDistance(lower, name.toLowerCase()) }))
    .filter(({ name, distance }) => distance <= Math.max(2, Math.floor(key.length / 4)) || (lower.length >= 4 && name.toLowerCase().startsWith(lower)))
    .sort((a, b) => a.distance - b.distance)
  return (
    `"${key}" is not an option of gatsby-theme-openinfra-live${closest === undefined ? "." : `: did you mean "${closest.name}"?`} ` +
    `Its options are ${OPTION_NAMES.join(", ")}.`
  )
}
