/**
 * The CMS module of a site on React 19, built by gatsby-plugin-decap-cms.
 *
 * gatsby-plugin-decap-cms (4.x) loads React, ReactDOM and Decap CMS on /admin/ as UMD files it copies
 * from their packages, and leaves them out of the site's CMS module (webpack `externals`). React 19
 * ships no UMD files (react.dev, "React 19 Upgrade Guide", "UMD builds removed"), so that build stops
 * with "unable to locate …/react/umd/react.production.min.js"; and Decap CMS 3.7+ requires React 19.
 *
 * `bundleCmsDependencies` is a value for the plugin's documented `customizeWebpackConfig` option: it
 * takes those three packages off the plugin's externals, copies and script tags, so that webpack
 * bundles them into the CMS module from the site's own node_modules (Decap CMS from its ES module
 * build), once each, with the site's preview components, the theme's preview and their shadows. What
 * else the plugin loads that way (the Netlify Identity widget) stays as the plugin does it.
 *
 *   // gatsby-config
 *   const { bundleCmsDependencies } = require("gatsby-theme-openinfra-live/decap-cms")
 *   { resolve: "gatsby-plugin-decap-cms", options: { modulePath: …, customizeWebpackConfig: bundleCmsDependencies } }
 *
 * It works on React 17 and 18 too (where the UMD files exist), so a site need not change its config
 * when it moves to React 19.
 */

/** The packages the plugin loads as UMD files, which this bundles instead. */
export const BUNDLED_PACKAGES: readonly string[] = ["react", "react-dom", "decap-cms-app", "netlify-cms-app"]

/** What gatsby-plugin-decap-cms hands `customizeWebpackConfig`: the CMS module's webpack configuration (mutated in place). */
export interface CmsWebpackConfig {
  externals?: unknown
  plugins?: unknown[]
  [key: string]: unknown
}

interface CopyPattern {
  from: string
  to: string
}

/** A webpack plugin instance, as far as this reads it: its class (to make a new one of the same), and copy-webpack-plugin's patterns. */
interface PluginInstance {
  constructor: { name: string; new (options: unknown): unknown }
  patterns?: unknown
}

const COPY_PLUGIN = "CopyPlugin"
const TAGS_PLUGIN = "HtmlWebpackTagsPlugin"

/** True for a file inside one of BUNDLED_PACKAGES' folders (`…/node_modules/react/umd/react.production.min.js`). */
function isBundledPackageFile(file: string): boolean {
  const parts = file.split(/[\\/]/)
  const at = parts.lastIndexOf("node_modules")
  const name = at === -1 ? undefined : parts[at + 1]
  return name !== undefined && BUNDLED_PACKAGES.includes(name)
}

function isPattern(value: unknown): value is CopyPattern {
  return typeof value === "object" && value !== null && typeof (value as CopyPattern).from === "string" && typeof (value as CopyPattern).to === "string"
}

/** The plugin's externals without the bundled packages; the plugin gives an array of `{ name: global }` objects. */
function keptExternals(externals: unknown): unknown {
  if (!Array.isArray(externals)) return externals
  return externals.filter(
    (entry) => !(typeof entry === "object" && entry !== null && Object.keys(entry as object).some((name) => BUNDLED_PACKAGES.includes(name))),
  )
}

/**
 * For gatsby-plugin-decap-cms's `customizeWebpackConfig` option: bundles React, ReactDOM and the CMS
 * app into the CMS module instead of loading their UMD files. Mutates `config`.
 * @throws Error when the configuration is not shaped as gatsby-plugin-decap-cms 4 makes it (a copy
 *   plugin without patterns): the message names the plugin versions this was made for.
 */
export function bundleCmsDependencies(config: CmsWebpackConfig): void {
  config.externals = keptExternals(config.externals)
  if (!Array.isArray(config.plugins)) return
  const plugins = config.plugins as unknown[]
  const copy = plugins.find((plugin): plugin is PluginInstance => (plugin as PluginInstance | null)?.constructor?.name === COPY_PLUGIN)
  const tags = plugins.find((plugin): plugin is PluginInstance => (plugin as PluginInstance | null)?.constructor?.name === TAGS_PLUGIN)
  if (copy === undefined) return
  if (!Array.isArray(copy.patterns) || !copy.patterns.every(isPattern)) {
    throw new Error(
      "gatsby-theme-openinfra-live: bundleCmsDependencies found a webpack configuration it does not know (copy-webpack-plugin without `patterns`); it was made for gatsby-plugin-decap-cms 4.",
    )
  }
  const kept = copy.patterns.filter((pattern) => !isBundledPackageFile(pattern.from))
  const scripts = kept.map((pattern) => pattern.to).filter((file) => file.endsWith(".js"))
  const replaced: unknown[] = []
  for (const plugin of plugins) {
    if (plugin === copy) {
      if (kept.length > 0) replaced.push(new copy.constructor({ patterns: kept }))
    } else if (plugin === tags) {
      // As the plugin adds them: before the CMS module's own script.
      if (tags !== undefined && scripts.length > 0) replaced.push(new tags.constructor({ tags: scripts, append: false }))
    } else {
      replaced.push(plugin)
    }
  }
  config.plugins = replaced
}
