/**
 * The files through which Gatsby finds the theme's queries, written into the site's build cache
 * only when the theme is switched on (see queries.ts for why no file of the theme holds a query).
 * Pure: returns paths and texts; gatsby-node writes them.
 */
import path from "path"
import { FRAGMENTS, PAGE_QUERIES, type TemplateName } from "./queries"

export interface ModuleFile {
  /** Absolute path. */
  path: string
  content: string
}

/** A path as a JavaScript string literal for an import, with forward slashes on every system. */
const importPath = (file: string) => JSON.stringify(file.split(path.sep).join("/"))

const HEADER = "// Written by gatsby-theme-openinfra-live when Gatsby starts; do not edit (it is written again)."

/**
 * The fragments, in `<site>/.cache/fragments/` (the folder Gatsby reads for fragments that plugins add,
 * as gatsby-transformer-sharp does): a site's own queries can use them too.
 */
export function fragmentsModule(siteDirectory: string): ModuleFile {
  return {
    path: path.join(siteDirectory, ".cache", "fragments", "gatsby-theme-openinfra-live.js"),
    content: `${HEADER}\nimport { graphql } from "gatsby"\n\nexport const openInfraLiveFragments = graphql\`${FRAGMENTS}\`\n`,
  }
}

/**
 * The page component Gatsby is given for a template: the theme's template (component and Head) and
 * its query, in `folder` (Gatsby's cache folder for the theme), importing the template by its
 * absolute path so that the site's shadows of the theme's components still apply.
 */
export function pageModule(name: TemplateName, themeRoot: string, folder: string): ModuleFile {
  const template = importPath(path.join(themeRoot, "src", "templates", name))
  return {
    // In the folder itself: the path names the page's JavaScript chunk, which every page's runtime lists.
    path: path.join(folder, `${name}.js`),
    content:
      `${HEADER}\nimport { graphql } from "gatsby"\nimport Template, { Head } from ${template}\n\n` +
      `export default Template\nexport { Head }\n\nexport const query = graphql\`${PAGE_QUERIES[name]}\`\n`,
  }
}
