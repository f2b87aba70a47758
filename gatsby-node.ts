/**
 * Gatsby's Node APIs for the theme: each hook hands off to the module in src/build that does its job,
 * with the site's options as the build uses them (src/content/options.ts). What those modules remember
 * between hooks is in src/build/build-state.ts; every decision about content is made by the pure
 * modules in src/content, which the `check` command and the CMS preview run too.
 */
import type { GatsbyNode, Node, PluginOptions } from "gatsby"
import { checkSetup } from "./src/build/check-setup"
import { shouldOnCreateNodeName } from "./src/build/compat"
import { createShowPages } from "./src/build/create-pages"
import { serveOutputs } from "./src/build/dev-server"
import { writeFragments } from "./src/build/page-components"
import { typeDefs } from "./src/build/schema"
import { GATSBY_VERSION, siteDirectory } from "./src/build/site"
import { mayHoldShow, sourceShow } from "./src/build/source-show"
import { writeOutputs } from "./src/build/write-outputs"
import { pluginOptionsSchema as optionsSchema, withDefaults, type ResolvedOptions } from "./src/content/options"

/** The hook for a job of the theme: Gatsby's arguments, and the options Gatsby hands the theme read by withDefaults. */
const withOptions =
  <Args, Result>(job: (args: Args, options: ResolvedOptions) => Result) =>
  (args: Args, options: PluginOptions): Result =>
    job(args, withDefaults(options))

export const pluginOptionsSchema: GatsbyNode["pluginOptionsSchema"] = optionsSchema

/** Registers the theme's errors, reads the build's clock, checks the site's versions and contentPath. */
export const onPreInit: GatsbyNode["onPreInit"] = withOptions(checkSetup)

export const createSchemaCustomization: GatsbyNode["createSchemaCustomization"] = ({ actions }) => {
  actions.createTypes(typeDefs)
}

// Exported under the name the site's Gatsby knows (Gatsby 4 prints an error for the other, and so does Gatsby 5).
;(exports as Record<string, unknown>)[shouldOnCreateNodeName(GATSBY_VERSION)] = mayHoldShow satisfies GatsbyNode<Node>["shouldOnCreateNode"]

/** A show file becomes a page node and its episode nodes. */
export const onCreateNode: GatsbyNode["onCreateNode"] = withOptions(sourceShow)

/** The theme's fragments, where Gatsby reads fragments that plugins add. */
export const onPreExtractQueries: GatsbyNode["onPreExtractQueries"] = (args) => writeFragments(siteDirectory(args))

/** Each show's pages; each show's problems are reported here, on every build. */
export const createPages: GatsbyNode["createPages"] = withOptions(createShowPages)

/** `gatsby develop` serves the invites, calendar and feeds from the current content. */
export const onCreateDevServer: GatsbyNode["onCreateDevServer"] = withOptions(serveOutputs)

/** The invites, calendar and feeds into public/, and what the last build wrote and this one does not out of it. */
export const onPostBuild: GatsbyNode["onPostBuild"] = withOptions(writeOutputs)
