// A Gatsby site that uses the theme as users get it: the `npm pack` tarball unpacked into the site's
// node_modules, beside a site laid out like the foundation's (it sources src/pages itself and runs
// gatsby-transformer-remark). Inside this repository (under .tmp/), so that gatsby, react and the
// theme's dependencies resolve from the repository's node_modules, as from the site's own after an
// install. Used by the benchmark (bench-sites.js) and the integration tests of the packed theme.
const { execFileSync } = require("child_process")
const fs = require("fs")
const path = require("path")

const DEPENDENCIES = ["gatsby", "react", "react-dom", "gatsby-source-filesystem", "gatsby-transformer-remark", "gatsby-theme-openinfra-live"]

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

/**
 * Writes the site afresh in `directory`. `files` maps paths under the site to their text (the show's
 * file, other pages, static files); `config` adds to gatsby-config (pathPrefix, …) and
 * `themeOptions` are the theme's (none: the theme alone, as a plain string in plugins).
 */
function writePackedSite(directory, { tarball, siteUrl = "https://foundation.example.org", config = {}, themeOptions = null, files = {} }) {
  fs.rmSync(directory, { recursive: true, force: true })
  const theme = path.join(directory, "node_modules", "gatsby-theme-openinfra-live")
  fs.mkdirSync(theme, { recursive: true })
  execFileSync("tar", ["-xzf", tarball, "-C", theme, "--strip-components=1"])
  const dependencies = Object.fromEntries(DEPENDENCIES.map((name) => [name, "*"]))
  write(path.join(directory, "package.json"), JSON.stringify({ name: path.basename(directory), private: true, dependencies }, null, 2))
  const themePlugin =
    themeOptions === null ? `"gatsby-theme-openinfra-live"` : JSON.stringify({ resolve: "gatsby-theme-openinfra-live", options: themeOptions })
  const extra = Object.entries(config).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},\n`)
  write(
    path.join(directory, "gatsby-config.js"),
    `module.exports = {\n${extra.join("")}  siteMetadata: { siteUrl: ${JSON.stringify(siteUrl)} },\n  plugins: [\n` +
      `    { resolve: "gatsby-source-filesystem", options: { name: "pages", path: __dirname + "/src/pages" } },\n` +
      `    "gatsby-transformer-remark",\n    ${themePlugin},\n  ],\n}\n`,
  )
  for (const [file, text] of Object.entries(files)) write(path.join(directory, file), text)
}

module.exports = { writePackedSite }
