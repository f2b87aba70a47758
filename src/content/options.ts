/**
 * Theme options. Each is declared once, in OPTIONS: its type, its default, the Joi schema of what a
 * site may write, how the build reads any value (`resolve`), and its description. The rest is
 * derived from that table: the ThemeOptions and ResolvedOptions types, DEFAULTS, OPTION_NAMES,
 * `withDefaults` (which every Gatsby API file calls) and `pluginOptionsSchema` (Gatsby's validation).
 *
 * The CMS preview's bundle imports this module too: it imports neither Joi nor Node (Gatsby hands
 * `pluginOptionsSchema` its own Joi; the `gatsby` import is for types only).
 */
import type { PluginOptions, PluginOptionsSchemaArgs } from "gatsby"
import { editDistance } from "./edit-distance"
import { DEFAULT_THUMBNAIL_BASE_URL } from "./thumbnails"

type Joi = PluginOptionsSchemaArgs["Joi"]
/** Any Joi schema: every kind (string, number, …) extends it. */
type Schema = ReturnType<Joi["any"]>

/** One option, of type T as the build uses it (null: not set). Each entry of OPTIONS `satisfies` it. */
interface Option<T> {
  /** What the build uses when the site leaves the option out, or gives a value it cannot use. null: not set. */
  default: T
  /** The schema of what a site may write, given Gatsby's Joi; `pluginOptionsSchema` adds the default and the description. */
  schema: (joi: Joi) => Schema
  /**
   * What the build makes of any value (withDefaults takes JavaScript too, and Gatsby's validation may
   * not have run): the value it uses, or undefined to use the default.
   */
  resolve: (value: unknown) => Exclude<T, null> | undefined
  /** What the option does, as Gatsby's option schema describes it; `Default: …` is added from `default`. */
  description: string
  /** How the description states the default, when it is no JSON value. */
  defaultText?: string
}

/**
 * The colour schemes the theme's pages use, in the terms of CSS `color-scheme` (CSS Color Adjustment
 * Module Level 1, §2): "light" only, "dark" only, or "light dark", the visitor's system setting.
 */
export type ColorScheme = "light" | "dark" | "light dark"

/** Every value colorScheme takes. */
export const COLOR_SCHEMES: readonly ColorScheme[] = ["light", "light dark", "dark"]

/** Every value thumbnails takes. */
const THUMBNAIL_SOURCES = ["local", "youtube"] as const

/** The show page's path when neither the `basePath` option nor the content's `seo.url` gives one. */
export const DEFAULT_BASE_PATH = "/live/"

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

/**
 * True for a time zone this JavaScript's Intl knows: an IANA name ("Europe/Berlin", any case) or
 * "UTC". Intl refuses any other with a RangeError (ECMA-402 §11.1.2, IsValidTimeZoneName).
 */
export function isTimeZone(value: string): boolean {
  return canonicalTimeZone(value) !== null
}

/**
 * A time zone as this JavaScript's Intl names it, or null when it knows none of that name (surrounding
 * white space aside): "europe/berlin" → "Europe/Berlin", "utc" → "UTC", "Asia/Kolkata" → "Asia/Calcutta"
 * (ICU's canonical names are the older ones, and browsers report a viewer's zone by them: the
 * time-zone switch compares the two). The zones Intl knows are those of the ICU data of the Node or
 * browser that runs it: Node 14.20.1's (tz 2021a) knows no "Europe/Kyiv", and has no rule made since.
 */
export function canonicalTimeZone(value: string): string | null {
  if (value.trim() === "") return null
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value.trim() }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** How `resolve` reads each kind of value. */
const read = {
  /** Text, trimmed; blank text is no value. */
  text: (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
  integer:
    (limits: { min: number; max: number }) =>
    (value: unknown): number | undefined =>
      typeof value === "number" && Number.isInteger(value) && value >= limits.min && value <= limits.max ? value : undefined,
  flag: (value: unknown): boolean | undefined => (typeof value === "boolean" ? value : undefined),
  oneOf:
    <V extends string>(values: readonly V[]) =>
    (value: unknown): V | undefined =>
      values.find((candidate) => candidate === value),
}

/** The number schema of an integer option within `limits`, refusing numbers written as text. */
const integerSchema = (joi: Joi, limits: { min: number; max: number }) => joi.number().strict().integer().min(limits.min).max(limits.max)

/** The theme's options, in the order messages list them. */
export const OPTIONS = {
  basePath: {
    default: null,
    schema: (joi: Joi): Schema =>
      joi
        .string()
        .allow("")
        .pattern(/^[^?#\s:]*$/)
        .messages({ "string.pattern.base": '"basePath" must be a path of the site, such as /live/, not {{#value}}' }),
    resolve: (value) => (typeof value === "string" ? normalizeBasePath(value) : undefined),
    description: `Path of the show page, such as "/live/". Slashes are normalized.`,
    defaultText: `the path of the content's seo.url, else "${DEFAULT_BASE_PATH}"`,
  } satisfies Option<string | null>,
  contentPath: {
    default: null,
    schema: (joi: Joi): Schema => joi.string(),
    resolve: read.text,
    description:
      "A folder (relative to the site) that the theme sources with gatsby-source-filesystem and whose " +
      "markdown files it reads itself. Leave it out when the site already sources the content file.",
  } satisfies Option<string | null>,
  templateKey: {
    default: "openinfra-live",
    schema: (joi: Joi): Schema => joi.string().trim().min(1),
    resolve: read.text,
    description: "The frontmatter templateKey that marks the content file.",
  } satisfies Option<string>,
  airingWindowMinutes: {
    default: 90,
    schema: (joi: Joi): Schema => integerSchema(joi, AIRING_WINDOW_LIMITS),
    resolve: read.integer(AIRING_WINDOW_LIMITS),
    description: `How many minutes after its start an episode is shown as "Live now" (with its stream) before it moves to the past episodes.`,
  } satisfies Option<number>,
  episodesPerPage: {
    default: 6,
    schema: (joi: Joi): Schema =>
      integerSchema(joi, PAGE_SIZE_LIMITS)
        .allow("all")
        .messages({ "number.base": `"episodesPerPage" must be a number from ${PAGE_SIZE_LIMITS.min} to ${PAGE_SIZE_LIMITS.max}, or "all"` }),
    resolve: (value) => (value === "all" ? "all" : read.integer(PAGE_SIZE_LIMITS)(value)),
    description:
      `How many past episodes the show page lists (the most recent), and how many each archive page ` +
      `(<basePath>page/2/, …) lists; "all" lists every past episode on the show page, and makes no archive page.`,
  } satisfies Option<number | "all">,
  feedLimit: {
    // A reader needs the recent episodes, not the whole archive.
    default: 50,
    schema: (joi: Joi): Schema => integerSchema(joi, FEED_LIMITS),
    resolve: read.integer(FEED_LIMITS),
    description: `How many items <basePath>rss.xml and <basePath>feed.json hold at most: the newest episodes that have aired (upcoming ones are never items).`,
  } satisfies Option<number>,
  episodePages: {
    default: true,
    schema: (joi: Joi): Schema => joi.boolean().strict(),
    resolve: read.flag,
    description: "Make a page per published episode at <basePath><slug>/.",
  } satisfies Option<boolean>,
  peoplePages: {
    default: true,
    schema: (joi: Joi): Schema => joi.boolean().strict(),
    resolve: read.flag,
    description:
      "Make a page per person the speakers name at <basePath>people/<slug>/, and an index of them at <basePath>people/, " +
      "each speaker's name linked to their page. False: no people pages, and speakers' names are plain text.",
  } satisfies Option<boolean>,
  calendar: {
    default: true,
    schema: (joi: Joi): Schema => joi.boolean().strict(),
    resolve: read.flag,
    description:
      "Generate an .ics invite for each episode without a hand-made calendarInvite, and a subscribable " + "<basePath>calendar.ics of all published episodes.",
  } satisfies Option<boolean>,
  feed: {
    default: true,
    schema: (joi: Joi): Schema => joi.boolean().strict(),
    resolve: read.flag,
    description: "Generate <basePath>rss.xml (RSS 2.0) and <basePath>feed.json (JSON Feed 1.1) of published episodes.",
  } satisfies Option<boolean>,
  thumbnails: {
    // The site serves video thumbnails itself: no request to Google before a viewer presses play.
    default: "local",
    schema: (joi: Joi): Schema => joi.string().valid(...THUMBNAIL_SOURCES),
    resolve: read.oneOf(THUMBNAIL_SOURCES),
    description:
      `"local": the build downloads each video's thumbnails (WebP and JPEG, two sizes; Gatsby's cache keeps them between builds) ` +
      `and the site serves them, so visitors make no request to Google before they press play. "youtube": cards load them from YouTube.`,
  } satisfies Option<(typeof THUMBNAIL_SOURCES)[number]>,
  thumbnailBaseUrl: {
    default: DEFAULT_THUMBNAIL_BASE_URL,
    schema: (joi: Joi): Schema => joi.string().uri({ scheme: ["http", "https"] }),
    resolve: read.text,
    description: `Where thumbnails come from: YouTube's image host, or a mirror with its layout (/vi/ID/hqdefault.jpg, /vi_webp/ID/hqdefault.webp).`,
  } satisfies Option<string>,
  timeZone: {
    default: "UTC",
    schema: (joi: Joi): Schema =>
      joi
        .string()
        .custom((value: string, helpers) =>
          isTimeZone(value) ? value : helpers.message({ custom: `"timeZone" must be an IANA time zone, such as "America/Chicago", not "${value}"` }),
        ),
    resolve: (value) => (typeof value === "string" ? (canonicalTimeZone(value) ?? undefined) : undefined),
    description:
      `The show's own time zone, as an IANA name ("America/Chicago", "Europe/Berlin"; read as the build's Intl names it): the static HTML gives every time in it, ` +
      `and the page's time-zone switch offers it beside the viewer's own.`,
  } satisfies Option<string>,
  shareImages: {
    default: true,
    schema: (joi: Joi): Schema => joi.boolean().strict(),
    resolve: read.flag,
    description:
      "Make a 1200×630 share image (og:image) for each episode page at build time, from its video's local thumbnail, title and date. " +
      "Shadow src/gatsby-theme-openinfra-live/share-image.js to change its design.",
  } satisfies Option<boolean>,
  colorScheme: {
    // Light only: a site's own global CSS (heading and text colours) is written for its light pages,
    // and would be unreadable on the theme's dark surfaces. A site whose CSS has a dark mode opts in.
    default: "light",
    schema: (joi: Joi): Schema => joi.string().valid(...COLOR_SCHEMES),
    resolve: read.oneOf(COLOR_SCHEMES),
    description:
      `The colour schemes of the show's pages, as CSS color-scheme names them: "light", "dark", or "light dark" (the visitor's ` +
      `system setting decides). Choose "light dark" only when the site's own CSS (headings, text, links) has a dark mode too.`,
  } satisfies Option<ColorScheme>,
}

type Options = typeof OPTIONS
export type OptionName = keyof Options

/** The options as the build uses them: every option's value, or its default (null: not set). */
export type ResolvedOptions = { [K in OptionName]: Exclude<ReturnType<Options[K]["resolve"]>, undefined> | Options[K]["default"] }

/** The options as a site writes them (each described in OPTIONS): any value the build uses, but null. */
export type ThemeOptions = { [K in OptionName]?: Exclude<ResolvedOptions[K], null> }

/** The theme's option names, as a site writes them, in the table's order. */
export const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[]

/**
 * The options as the build uses them. Takes what Gatsby hands a plugin as it is (any value: one the
 * build cannot use is its default), so no hook needs to cast its options.
 */
export function withDefaults(options: ThemeOptions | PluginOptions = {}): ResolvedOptions {
  const resolved = {} as Record<OptionName, unknown>
  for (const name of OPTION_NAMES) resolved[name] = OPTIONS[name].resolve(options[name]) ?? OPTIONS[name].default
  return resolved as ResolvedOptions
}

/** The options that have a default, and their defaults' types. */
type Defaults = { [K in OptionName as Options[K]["default"] extends null ? never : K]: Options[K]["default"] }

/** The default of each option that has one (basePath and contentPath have none). */
export const DEFAULTS = Object.fromEntries(
  OPTION_NAMES.filter((name) => OPTIONS[name].default !== null).map((name) => [name, OPTIONS[name].default]),
) as Defaults

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
  return DEFAULT_BASE_PATH
}

/** An option's description, with its default. */
function describe({ description, default: value, defaultText }: Option<unknown>): string {
  const shown = defaultText ?? (value === null ? undefined : JSON.stringify(value))
  return shown === undefined ? description : `${description} Default: ${shown}.`
}

/** Gatsby's validation of the options, from OPTIONS: each option's schema, default and description. */
export function pluginOptionsSchema({ Joi }: PluginOptionsSchemaArgs): ReturnType<Joi["object"]> {
  const keys = Object.fromEntries(
    OPTION_NAMES.map((name) => {
      const spec: Option<unknown> = OPTIONS[name]
      const schema = spec.schema(Joi)
      return [name, (spec.default === null ? schema : schema.default(spec.default)).description(describe(spec))]
    }),
  )
  return Joi.object(keys).pattern(
    // Any other key is a mistake (Gatsby would only warn, and the option would be ignored): stop, and name the option meant.
    /.*/,
    Joi.any().custom((value: unknown, helpers) => {
      const key = String(helpers.state.path[helpers.state.path.length - 1])
      return key === "plugins" ? value : helpers.message({ custom: unknownOptionMessage(key) })
    }),
  )
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
