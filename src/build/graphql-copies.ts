/**
 * Two copies of `graphql` in a site: what stops a build as "Cannot create as TypeComposer the
 * following value: GraphQLScalarType Date", with no word of why.
 *
 * Gatsby builds its schema with graphql-compose, and both must use one `graphql` module: a type made
 * by one copy is not a type to the other (graphql-js, "Ensure that there is only one instance of
 * graphql in the node_modules directory"). Decap CMS 3's GitHub and Cognito backends depend on
 * graphql 15 (through apollo-client 2); npm may hoist that copy to the site's top node_modules, where
 * graphql-compose finds it, while Gatsby keeps graphql 16 in its own. The fix is the site's: an npm
 * `overrides` (yarn `resolutions`) entry that gives the whole tree Gatsby's graphql.
 */
import fs from "fs"
import path from "path"

/** One copy of graphql: its folder (real path) and version. */
export interface GraphqlCopy {
  directory: string
  version: string
}

/** Gatsby's graphql and graphql-compose's, when they differ. */
export interface GraphqlConflict {
  gatsby: GraphqlCopy
  graphqlCompose: GraphqlCopy
}

function copyFrom(fromDirectory: string): GraphqlCopy | null {
  try {
    const manifest = require.resolve("graphql/package.json", { paths: [fromDirectory] })
    const { version } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { version?: unknown }
    return { directory: fs.realpathSync(path.dirname(manifest)), version: typeof version === "string" ? version : "unknown" }
  } catch {
    return null
  }
}

function packageDirectory(name: string, fromDirectory: string): string | null {
  try {
    return path.dirname(require.resolve(`${name}/package.json`, { paths: [fromDirectory] }))
  } catch {
    return null
  }
}

/**
 * The two copies when Gatsby (as installed for the site at `siteDirectory`) and its graphql-compose
 * load different graphql modules; null when they load the same one, or when either cannot be found.
 */
export function graphqlConflict(siteDirectory: string): GraphqlConflict | null {
  const gatsby = packageDirectory("gatsby", siteDirectory)
  if (gatsby === null) return null
  const graphqlCompose = packageDirectory("graphql-compose", gatsby)
  if (graphqlCompose === null) return null
  const forGatsby = copyFrom(gatsby)
  const forCompose = copyFrom(graphqlCompose)
  if (forGatsby === null || forCompose === null || forGatsby.directory === forCompose.directory) return null
  return { gatsby: forGatsby, graphqlCompose: forCompose }
}

/** What the site's package.json needs: Gatsby's graphql for the whole tree (npm `overrides`, yarn 1 `resolutions`). */
export function graphqlConflictFix(conflict: GraphqlConflict): string {
  const range = `^${conflict.gatsby.version}`
  return [
    `Gatsby uses graphql ${conflict.gatsby.version} (${conflict.gatsby.directory}), but its graphql-compose loads graphql ${conflict.graphqlCompose.version} (${conflict.graphqlCompose.directory}):`,
    `the build would stop while making the GraphQL schema. Another package brought the second copy (Decap CMS 3's GitHub backend depends on graphql 15).`,
    `Give the whole site Gatsby's graphql in its package.json, then install again:`,
    `  npm:    "overrides": { "graphql": "${range}" }`,
    `  yarn 1: "resolutions": { "graphql": "${range}" }`,
  ].join("\n")
}
