/**
 * The theme's stylesheet as the build puts it in the <head> of the theme's pages (and of no other
 * page of the site): minified, for the site's colorScheme option. `npm run build:theme` writes one
 * file per scheme (scripts/build-styles.js) from src/styles/openinfra-live.css.
 */
import fs from "fs"
import path from "path"
import type { ColorScheme } from "../content/options"

/** The theme's folder: the one above dist/ (compiled) or above src/ (run from source, in tests). */
export function themeRoot(): string {
  let dir = __dirname
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return dir
}

/** dist/styles/openinfra-live.<scheme>.css, the scheme's spaces written as dashes. */
export function stylesheetFile(scheme: ColorScheme): string {
  return path.join(themeRoot(), "dist", "styles", `openinfra-live.${scheme.replace(" ", "-")}.css`)
}

const cache = new Map<ColorScheme, string>()

/**
 * The minified CSS for `scheme` (UTF-8 text, no `</style`), read once per process.
 * @throws when the theme was not built (`npm run build:theme` writes the files).
 */
export function themeStylesheet(scheme: ColorScheme): string {
  let css = cache.get(scheme)
  if (css === undefined) {
    css = fs.readFileSync(stylesheetFile(scheme), "utf8").trim()
    cache.set(scheme, css)
  }
  return css
}
