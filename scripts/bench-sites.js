// The two sites the benchmark compares, built with the gatsby and react of this repository:
// - .tmp/bare-site: a one-page Gatsby site and nothing else, the floor;
// - .tmp/theme-site: the theme as a user gets it, `npm pack`ed and unpacked into the site's
//   node_modules, with the example site's show file and no other plugin than the source and
//   transformer the theme relies on. Thumbnails are local (the default), downloaded from a stand-in
//   for YouTube's image host (scripts/thumbnail-mirror.js).
// The example site is not the one measured: it links the theme from this repository's root, and Gatsby
// then compiles everything under that folder, node_modules included, as the site's own source (it
// treats a theme's whole folder so), adding polyfills to React and Gatsby that no installed site gets.
const { execFileSync, spawn } = require("child_process")
const fs = require("fs")
const path = require("path")
const { startThumbnailMirror } = require("./thumbnail-mirror")
const { writePackedSite } = require("./packed-site")

const REPO = path.join(__dirname, "..")
const BARE_SITE = path.join(REPO, ".tmp", "bare-site")
const THEME_SITE = path.join(REPO, ".tmp", "theme-site")

const HOME_PAGE = `import * as React from "react"\nexport default function Home() {\n  return <main><h1>A bare Gatsby page</h1><p>Nothing else.</p></main>\n}\nexport const Head = () => <title>Bare</title>\n`

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

/** `gatsby build` in a child process that does not block this one (the thumbnail mirror answers from here). */
function gatsbyBuild(site, env = {}) {
  return new Promise((resolve, reject) => {
    const build = spawn(process.execPath, [path.join(REPO, "node_modules", "gatsby", "cli.js"), "build"], {
      cwd: site,
      stdio: "inherit",
      env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1", ...env },
    })
    build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`gatsby build in ${site} exited with ${code}`))))
  })
}

const built = (site) => fs.existsSync(path.join(site, "public", "index.html"))

/** The bare site, built once (or again with rebuild). Gatsby and React resolve from the repository's node_modules. */
async function bareSite({ rebuild = false } = {}) {
  if (rebuild || !built(BARE_SITE)) {
    fs.rmSync(BARE_SITE, { recursive: true, force: true })
    write(
      path.join(BARE_SITE, "package.json"),
      JSON.stringify({ name: "bare-site", private: true, dependencies: { gatsby: "*", react: "*", "react-dom": "*" } }),
    )
    write(path.join(BARE_SITE, "gatsby-config.js"), "module.exports = {}\n")
    write(path.join(BARE_SITE, "src", "pages", "index.js"), HOME_PAGE)
    await gatsbyBuild(BARE_SITE)
  }
  return path.join(BARE_SITE, "public")
}

/** The full commit hash of `ref` (a hash, tag, branch or HEAD~1). */
const commitOf = (ref) => execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { cwd: REPO, encoding: "utf8" }).trim()

/**
 * The theme's tarball: `npm pack` of this checkout, or of `commit` (checked out in a worktree under
 * .tmp that borrows this repository's node_modules), to measure a change before and after in one
 * sitting.
 */
function packTheme(packDir, commit) {
  let source = REPO
  if (commit !== null) {
    source = path.join(REPO, ".tmp", `worktree-${commit.slice(0, 12)}`)
    if (!fs.existsSync(source)) {
      execFileSync("git", ["worktree", "add", "--detach", source, commit], { cwd: REPO, stdio: "ignore" })
      fs.symlinkSync(path.join(REPO, "node_modules"), path.join(source, "node_modules"), "dir")
    }
  }
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", packDir], { cwd: source, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
  )
  return path.join(packDir, packed.filename)
}

/**
 * The site with the packed theme, built once (or again with rebuild, as after a change to the
 * theme); with `ref`, the theme as it was at that commit, in a folder named by the commit's hash
 * (a ref such as HEAD~1 names another commit once HEAD moves).
 */
async function themeSite({ rebuild = false, ref = null } = {}) {
  const commit = ref === null ? null : commitOf(ref)
  const site = commit === null ? THEME_SITE : `${THEME_SITE}-${commit.slice(0, 12)}`
  if (rebuild || !built(site)) {
    const packDir = `${site}-pack`
    fs.rmSync(packDir, { recursive: true, force: true })
    fs.mkdirSync(packDir, { recursive: true })
    const tarball = packTheme(packDir, commit)
    const example = path.join(REPO, "example-site")
    const show = fs.readFileSync(path.join(example, "src", "pages", "openinfra-live", "index.md"), "utf8")
    const mirror = await startThumbnailMirror()
    writePackedSite(site, {
      tarball,
      siteUrl: "https://openinfra.dev",
      themeOptions: { thumbnailBaseUrl: mirror.url },
      files: { "src/pages/index.js": HOME_PAGE, "src/pages/openinfra-live/index.md": show },
    })
    fs.cpSync(path.join(example, "static"), path.join(site, "static"), { recursive: true })
    try {
      await gatsbyBuild(site)
    } finally {
      await mirror.close()
    }
  }
  return path.join(site, "public")
}

/**
 * The pages the benchmark and the profile measure, built as needed: the bare page, /live/ of this
 * checkout's theme, and with `against` (a commit) /live/ of that commit's theme as "before".
 */
async function benchPages({ rebuild = false, against = null } = {}) {
  const pages = [
    { name: "bare", label: "bare one-page Gatsby site", dir: await bareSite({ rebuild }), path: "/" },
    { name: "live", label: "/live/ (packed theme)", dir: await themeSite({ rebuild }), path: "/live/" },
  ]
  if (against !== null) pages.push({ name: "before", label: `/live/ at ${against}`, dir: await themeSite({ ref: against }), path: "/live/" })
  return pages
}

module.exports = { bareSite, themeSite, benchPages, BARE_SITE, THEME_SITE }
