#!/usr/bin/env node
/**
 * Writes the theme's stylesheet, minified, once for each value of the colorScheme option, to
 * dist/styles/openinfra-live.<scheme>.css (scheme: light, dark, light-dark). Part of `npm run
 * build:theme`: the build of a site reads the one its option names (src/build/styles.ts) and puts
 * it in the <head> of the theme's pages only, so it never passes through the site's CSS pipeline
 * (purgecss, its global styles.css) and no other page of the site carries it.
 *
 * From src/styles/openinfra-live.css, whose dark rules sit in `@media (prefers-color-scheme: dark)`:
 * - "light dark" keeps them, and the theme's root says `color-scheme: light dark`;
 * - "light" drops them;
 * - "dark" keeps their rules without the condition (after the light ones, so they win).
 */
const fs = require("fs")
const path = require("path")
const csso = require("csso")

const ROOT = path.join(__dirname, "..")
const SOURCE = path.join(ROOT, "src", "styles", "openinfra-live.css")
const OUT = path.join(ROOT, "dist", "styles")

/** The file name part of each colorScheme value (src/content/options.ts COLOR_SCHEMES). */
const SCHEMES = { light: "light", dark: "dark", "light dark": "light-dark" }

function isDarkQuery(atrule) {
  return atrule.name === "media" && atrule.prelude !== null && /prefers-color-scheme\s*:\s*dark/.test(csso.syntax.generate(atrule.prelude))
}

/** The stylesheet for one colorScheme value, minified (comments out, rules kept in their order). */
function stylesheet(source, scheme) {
  const ast = csso.syntax.parse(source)
  csso.syntax.walk(ast, {
    visit: "Atrule",
    enter(node, item, list) {
      if (!isDarkQuery(node)) return
      if (scheme === "light") list.remove(item)
      else if (scheme === "dark") list.replace(item, node.block.children)
    },
  })
  const css = `${csso.syntax.generate(ast)}.oil{color-scheme:${scheme}}`
  return csso.minify(css, { restructure: false, comments: false }).css
}

function main() {
  const source = fs.readFileSync(SOURCE, "utf8")
  fs.mkdirSync(OUT, { recursive: true })
  for (const [scheme, name] of Object.entries(SCHEMES)) {
    fs.writeFileSync(path.join(OUT, `openinfra-live.${name}.css`), `${stylesheet(source, scheme)}\n`)
  }
}

if (require.main === module) main()

module.exports = { stylesheet, SCHEMES }
