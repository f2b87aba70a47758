// Makes this repository's theme resolvable by its name from the example site, as
// node_modules/gatsby-theme-openinfra-live -> .. (run by `prepare`, so by every `npm install` and `npm ci`).
//
// Why not a dependency of example-site/package.json (`file:..`): Gatsby treats every dependency of a site
// whose name has "gatsby" in it as a package that uses Gatsby, reads every file under its folder for
// queries, and compiles every module whose path starts with that folder as the site's own code. The
// theme's folder is this repository's root, so the example site would read the test fixtures, `.tmp/`
// and its own build output for queries, and compile the repository's whole node_modules as site code.
// Found through this link and named only in gatsby-config, the theme is a theme to Gatsby (it reads its
// src/ for queries and shadowing) and nothing more: the example site ships what a user's site ships.
// Usage: node scripts/link-theme.js
const fs = require("fs")
const path = require("path")

const REPO = path.join(__dirname, "..")
const LINK = path.join(REPO, "node_modules", "gatsby-theme-openinfra-live")

function linked() {
  try {
    return fs.realpathSync(LINK) === fs.realpathSync(REPO)
  } catch {
    return false
  }
}

// Not in a git-dependency install of the theme (its folder is then the package itself, in a site's node_modules).
if (fs.existsSync(path.join(REPO, "example-site")) && !linked()) {
  fs.rmSync(LINK, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(LINK), { recursive: true })
  fs.symlinkSync("..", LINK, "dir")
}
