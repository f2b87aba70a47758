/** Small, pure helpers for the Gatsby API files: the plugin's name, where content lives, how messages name files. */
import path from "path"

export { PLUGIN_NAME } from "../content/plugin-name"
/** The gatsby-source-filesystem instance the theme adds for `contentPath`. */
export const SOURCE_INSTANCE_NAME = "openinfra-live-content"
const MARKDOWN_EXTENSIONS = new Set(["md", "markdown"])

/** The `contentPath` folder as an absolute path, or null when the option is not set. */
export function contentFolder(contentPath: string | null, siteDirectory: string): string | null {
  return contentPath === null ? null : path.resolve(siteDirectory, contentPath)
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative)
}

export function isMarkdownFile(extension: unknown): boolean {
  return typeof extension === "string" && MARKDOWN_EXTENSIONS.has(extension.toLowerCase())
}

/** How messages name a file: relative to the site when it is inside it. */
export function displayPath(siteDirectory: string, absolutePath: string): string {
  return isInside(siteDirectory, absolutePath) ? path.relative(siteDirectory, absolutePath).split(path.sep).join("/") : absolutePath
}
