/**
 * The theme's build errors, one per code, each with its own context and text, registered with
 * Gatsby's reporter in onPreInit (`reporter.setErrorMap`, in Gatsby 4.24 and 5 alike). Gatsby shows
 * them as `ERROR #gatsby-theme-openinfra-live_<code>`, marked as the user's to fix (category USER),
 * with the page of the README that explains them.
 */
import type { Reporter } from "gatsby"
import { PLUGIN_NAME } from "../content/plugin-name"

/** The codes, as Gatsby shows them after the theme's name. */
export const ERROR_CODES = {
  content: "10001",
  duplicatePage: "10002",
  unsupportedVersion: "10003",
  clock: "10004",
  graphqlCopies: "10005",
  pageCollision: "10006",
} as const

export type ErrorName = keyof typeof ERROR_CODES

/** What each error's text is made from. */
export interface ErrorContexts {
  /**
   * The show's content cannot be built: `errors` lists every error-level problem (file:line:column first);
   * `staleCache` names a file whose episodes Gatsby's cache holds as an older version of the theme made them.
   */
  content: { errors: readonly string[] } | { staleCache: string }
  /** Two files make the same page. */
  duplicatePage: { file: string; otherFile: string; path: string; templateKey: string }
  /** The site's Gatsby or React is one the theme does not support: src/build/compat.ts's message. */
  unsupportedVersion: { message: string }
  /** OPENINFRA_LIVE_NOW names no moment: src/build/clock.ts's reason. */
  clock: { reason: string }
  /** Gatsby and its graphql-compose load two different copies of graphql: src/build/graphql-copies.ts's explanation and fix. */
  graphqlCopies: { message: string }
  /** Two of the theme's pages (of two shows, one under the other's path) have the same path: what each is. */
  pageCollision: { path: string; first: string; second: string }
}

/** Where the README explains what to do. */
const README = "https://github.com/openinfra-foundation/gatsby-theme-openinfra-live#"

interface ErrorMapEntry<Context> {
  text: (context: Context) => string
  level: "ERROR"
  type: "PLUGIN"
  category: "USER"
  docsUrl: string
}

const entry = <Context>(text: (context: Context) => string, docsUrl: string): ErrorMapEntry<Context> => ({
  text,
  level: "ERROR",
  type: "PLUGIN",
  category: "USER",
  docsUrl,
})

const count = (errors: readonly string[]) => (errors.length === 1 ? "an error" : `${errors.length} errors`)

/** Each error's text, level and category, by name. */
export const ERRORS: { [Name in ErrorName]: ErrorMapEntry<ErrorContexts[Name]> } = {
  content: entry(
    (context) =>
      "errors" in context
        ? `The show's content has ${count(context.errors)}:\n${context.errors.map((error) => `  - ${error}`).join("\n")}`
        : `${context.staleCache}: Gatsby's cache holds episodes made by an older version of the theme. Run \`gatsby clean\`, then build again.`,
    `${README}messages`,
  ),
  duplicatePage: entry(
    ({ file, otherFile, path, templateKey }) =>
      `${otherFile} and ${file} both have templateKey "${templateKey}" and both make the page ${path}. ` +
      `Keep one file, or give each its own seo.url (and leave the basePath option out).`,
    `${README}messages`,
  ),
  unsupportedVersion: entry(({ message }) => message, `${README}supported-versions`),
  clock: entry(({ reason }) => reason, `${README}the-builds-clock`),
  graphqlCopies: entry(({ message }) => message, `${README}decap-cms-3-and-react-19`),
  pageCollision: entry(
    ({ path, first, second }) =>
      `${path} would be both ${first} and ${second}: a show's path is inside another show's, and one of its pages has the other's address. ` +
      `Give the show another seo.url, or the episode a slug of its own.`,
    `${README}several-shows-on-one-site`,
  ),
}

/** The map for `reporter.setErrorMap`, by code (Gatsby adds the theme's name to each). */
export const ERROR_MAP: Parameters<Reporter["setErrorMap"]>[0] = Object.fromEntries(
  (Object.keys(ERROR_CODES) as ErrorName[]).map((name) => [ERROR_CODES[name], ERRORS[name]]),
)

/** The id Gatsby shows. Prefixed here: inside an activity (createPages) Gatsby does not add the plugin's name to the id itself. */
export const errorId = (name: ErrorName): string => `${PLUGIN_NAME}_${ERROR_CODES[name]}`

/** An error as the reporter is handed it. */
interface ReportedError<Name extends ErrorName> {
  id: string
  context: ErrorContexts[Name]
}

/** Stops `gatsby build` (and reports, in `gatsby develop`) with the error `name`. */
export function panicOnBuild<Name extends ErrorName>(
  reporter: { panicOnBuild: (error: ReportedError<Name>) => unknown },
  name: Name,
  context: ErrorContexts[Name],
): void {
  reporter.panicOnBuild({ id: errorId(name), context })
}

/** Stops Gatsby, whatever the command, with the error `name`. */
export function panic<Name extends ErrorName>(reporter: { panic: (error: ReportedError<Name>) => unknown }, name: Name, context: ErrorContexts[Name]): void {
  reporter.panic({ id: errorId(name), context })
}
