/**
 * onPreInit: what the theme checks when Gatsby starts, before any work. It registers the theme's
 * errors, reads the build's clock (a value it cannot read stops Gatsby), stops a site on a Gatsby or
 * React the theme does not support, or with two copies of graphql (which would stop it later, with no
 * word of why), and warns when the contentPath folder does not exist.
 */
import fs from "fs"
import type { PreInitArgs } from "gatsby"
import { installedVersion, unsupportedVersions } from "./compat"
import type { ResolvedOptions } from "../content/options"
import { contentFolder, displayPath } from "./sourcing"
import { readClock } from "./build-state"
import { ERROR_MAP, panic } from "./errors"
import { graphqlConflict, graphqlConflictFix } from "./graphql-copies"
import { warnMissingContentFolder } from "./report"
import { GATSBY_VERSION, siteDirectory } from "./site"

export function checkSetup(args: PreInitArgs, options: ResolvedOptions): void {
  const { reporter } = args
  reporter.setErrorMap(ERROR_MAP)
  const clock = readClock()
  if (!clock.ok) panic(reporter, "clock", { reason: clock.reason })
  const directory = siteDirectory(args)
  const unsupported = unsupportedVersions({ gatsby: GATSBY_VERSION, react: installedVersion("react", directory) })
  if (unsupported !== null) panic(reporter, "unsupportedVersion", { message: unsupported })
  const graphql = graphqlConflict(directory)
  if (graphql !== null) panic(reporter, "graphqlCopies", { message: graphqlConflictFix(graphql) })
  const folder = contentFolder(options.contentPath, directory)
  if (folder !== null && !fs.existsSync(folder)) warnMissingContentFolder(reporter, displayPath(directory, folder))
}
