/**
 * Theme options: the one place where their defaults live, their validation
 * schema, and `withDefaults`, which every Gatsby API file calls.
 */
import type { PluginOptionsSchemaArgs } from "gatsby"

export interface ThemeOptions {
  /** Where the show page lives. Default: the path of the content's `seo.url`, else `/live/`. */
  basePath?: string
  /** A folder the theme sources itself, for sites that do not source the content file. */
  contentPath?: string
  /** The `templateKey` that marks the content file. */
  templateKey?: string
}

export interface ResolvedOptions {
  /** Normalized (`/live/`), or null when it comes from the content. */
  basePath: string | null
  contentPath: string | null
  templateKey: string
}

export const DEFAULTS = {
  /** Used when neither the `basePath` option nor the content's `seo.url` gives a path. */
  basePath: "/live/",
  templateKey: "openinfra-live",
} as const

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
  const contentPath =
    typeof options.contentPath === "string" && options.contentPath.trim() !== ""
      ? options.contentPath.trim()
      : null
  const templateKey =
    typeof options.templateKey === "string" && options.templateKey.trim() !== ""
      ? options.templateKey.trim()
      : DEFAULTS.templateKey
  return { basePath, contentPath, templateKey }
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
      .pattern(/^[^?#\s:]*$/, "a site path such as /live/")
      .description(
        `Path of the show page, such as "/live/". Slashes are normalized. ` +
          `Default: the path of the content's seo.url, else "${DEFAULTS.basePath}".`,
      ),
    contentPath: Joi.string()
      .description(
        "A folder (relative to the site) that the theme sources with gatsby-source-filesystem and whose " +
          "markdown files it reads itself. Leave it out when the site already sources the content file.",
      ),
    templateKey: Joi.string()
      .trim()
      .min(1)
      .default(DEFAULTS.templateKey)
      .description(`The frontmatter templateKey that marks the content file. Default: "${DEFAULTS.templateKey}".`),
  })
}
