import fs from "fs"
import type { GatsbyConfig } from "gatsby"
import { contentFolder, SOURCE_INSTANCE_NAME } from "./src/build/sourcing"
import { withDefaults, type ThemeOptions } from "./src/content/options"

/**
 * The theme adds one plugin, and only for `contentPath`: gatsby-source-filesystem
 * for that folder. It never adds a markdown transformer; it reads the
 * MarkdownRemark nodes of whoever made them, and parses its own folder's files
 * itself, so a site that already has gatsby-transformer-remark does not run it twice.
 */
export default function config(options: ThemeOptions): GatsbyConfig {
  const folder = contentFolder(withDefaults(options).contentPath, process.cwd())
  return {
    plugins: folder !== null && fs.existsSync(folder) ? [{ resolve: "gatsby-source-filesystem", options: { name: SOURCE_INSTANCE_NAME, path: folder } }] : [],
  }
}
