// The sites the benchmark compares, two pairs built with the gatsby and react of this repository:
// - .tmp/bare-site: a one-page Gatsby site and nothing else, the floor;
// - .tmp/theme-site: the theme as a user gets it, `npm pack`ed and unpacked into the site's
//   node_modules, with the example site's show file and no other plugin than the source and
//   transformer the theme relies on. Thumbnails are local (the default), downloaded from a stand-in
//   for YouTube's image host (scripts/thumbnail-mirror.js);
// - .tmp/bare-own-pages-site: the bare site's page beside pages and templates of its own, as a
//   foundation's site has (scripts/own-pages-site.js), with the source and transformer it reads its
//   markdown with: Gatsby's chunk maps (webpack runtime, app chunk) list every page component, so the
//   theme costs a real site a little more than the theme-only pair shows;
// - .tmp/theme-own-pages-site: that same site plus the theme, installed as in theme-site, with the
//   same show file.
// The example site is not the one measured: it links the theme from this repository's root, and Gatsby
// then compiles everything under that folder, node_modules included, as the site's own source (it
// treats a theme's whole folder so), adding polyfills to React and Gatsby that no installed site gets.
const { execFileSync, spawn } = require("child_process")
const fs = require("fs")
const path = require("path")
const { startThumbnailMirror } = require("./thumbnail-mirror")
const { writePackedSite } = require("./packed-site")
const { OWN_PAGES_FILES } = require("./own-pages-site")

const REPO = path.join(__dirname, "..")
const BARE_SITE = path.join(REPO, ".tmp", "bare-site")
const THEME_SITE = path.join(REPO, ".tmp", "theme-site")
const BARE_OWN_PAGES_SITE = path.join(REPO, ".tmp", "bare-own-pages-site")
const THEME_OWN_PAGES_SITE = path.join(REPO, ".tmp", "theme-own-pages-site")
const SITE_URL = "https://openinfra.dev"

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

/**
 * The bare site, built once (or again with rebuild). Gatsby and React resolve from the repository's
 * node_modules. With ownPages, the site with pages of its own: its config is the one
 * writePackedSite gives the theme's site, less the theme.
 */
async function bareSite({ rebuild = false, ownPages = false } = {}) {
  const site = ownPages ? BARE_OWN_PAGES_SITE : BARE_SITE
  if (rebuild || !built(site)) {
    fs.rmSync(site, { recursive: true, force: true })
    const dependencies = { gatsby: "*", react: "*", "react-dom": "*" }
    if (ownPages) Object.assign(dependencies, { "gatsby-source-filesystem": "*", "gatsby-transformer-remark": "*" })
    write(path.join(site, "package.json"), JSON.stringify({ name: path.basename(site), private: true, dependencies }))
    write(
      path.join(site, "gatsby-config.js"),
      ownPages
        ? `module.exports = {\n  siteMetadata: { siteUrl: ${JSON.stringify(SITE_URL)} },\n  plugins: [\n` +
            `    { resolve: "gatsby-source-filesystem", options: { name: "pages", path: __dirname + "/src/pages" } },\n` +
            `    "gatsby-transformer-remark",\n  ],\n}\n`
        : "module.exports = {}\n",
    )
    for (const [file, text] of Object.entries(ownPages ? OWN_PAGES_FILES : {})) write(path.join(site, file), text)
    write(path.join(site, "src", "pages", "index.js"), HOME_PAGE)
    await gatsbyBuild(site)
  }
  return path.join(site, "public")
}

/** The full commit hash of `ref` (a hash, tag, branch or HEAD~1). */
const commitOf = (ref) => execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { cwd: REPO, encoding: "utf8" }).trim()

/** The tarballs packed by this process, by commit ("" for this checkout). */
const packed = new Map()

/**
 * The theme's tarball: `npm pack` of this checkout, or of `commit` (checked out in a worktree under
 * .tmp that borrows this repository's node_modules), to measure a change before and after in one
 * sitting. Packed once per process, so that the two sites built in one run get the same theme even
 * while the checkout's sources change (`npm pack` builds them again).
 */
function packTheme(commit) {
  const key = commit ?? ""
  if (!packed.has(key)) packed.set(key, packOnce(commit))
  return packed.get(key)
}

function packOnce(commit) {
  const packDir = `${commit === null ? THEME_SITE : `${THEME_SITE}-${commit.slice(0, 12)}`}-pack`
  fs.rmSync(packDir, { recursive: true, force: true })
  fs.mkdirSync(packDir, { recursive: true })
  let source = REPO
  if (commit !== null) {
    source = path.join(REPO, ".tmp", `worktree-${commit.slice(0, 12)}`)
    if (!fs.existsSync(source)) {
      execFileSync("git", ["worktree", "add", "--detach", source, commit], { cwd: REPO, stdio: "ignore" })
      fs.symlinkSync(path.join(REPO, "node_modules"), path.join(source, "node_modules"), "dir")
    }
  }
  const [tarball] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", packDir], { cwd: source, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
  )
  return path.join(packDir, tarball.filename)
}

/**
 * The site with the packed theme, built once (or again with rebuild, as after a change to the
 * theme); with `ref`, the theme as it was at that commit, in a folder named by the commit's hash
 * (a ref such as HEAD~1 names another commit once HEAD moves). With ownPages, the bare site with
 * pages of its own, plus the theme.
 */
async function themeSite({ rebuild = false, ref = null, ownPages = false } = {}) {
  const commit = ref === null ? null : commitOf(ref)
  const base = ownPages ? THEME_OWN_PAGES_SITE : THEME_SITE
  const site = commit === null ? base : `${base}-${commit.slice(0, 12)}`
  if (rebuild || !built(site)) {
    const tarball = packTheme(commit)
    const example = path.join(REPO, "example-site")
    const show = fs.readFileSync(path.join(example, "src", "pages", "openinfra-live", "index.md"), "utf8")
    const mirror = await startThumbnailMirror()
    writePackedSite(site, {
      tarball,
      siteUrl: SITE_URL,
      themeOptions: { thumbnailBaseUrl: mirror.url },
      files: { ...(ownPages ? OWN_PAGES_FILES : {}), "src/pages/index.js": HOME_PAGE, "src/pages/openinfra-live/index.md": show },
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
 * checkout's theme, and with `against` (a commit) /live/ of that commit's theme as "before"; then the
 * same on the sites with pages of their own ("bare-own", "live-own", "before-own").
 */
async function benchPages({ rebuild = false, against = null } = {}) {
  const pages = []
  for (const ownPages of [false, true]) {
    const [suffix, where] = ownPages ? ["-own", ", site with pages of its own"] : ["", ""]
    const bareLabel = ownPages ? "bare page of a site with 13 pages of its own" : "bare one-page Gatsby site"
    pages.push(
      { name: `bare${suffix}`, label: bareLabel, dir: await bareSite({ rebuild, ownPages }), path: "/" },
      { name: `live${suffix}`, label: `/live/ (packed theme${where})`, dir: await themeSite({ rebuild, ownPages }), path: "/live/" },
    )
    if (against !== null) {
      pages.push({ name: `before${suffix}`, label: `/live/ at ${against}${where}`, dir: await themeSite({ ref: against, ownPages }), path: "/live/" })
    }
  }
  return pages
}

module.exports = { bareSite, themeSite, benchPages, packTheme, BARE_SITE, THEME_SITE, BARE_OWN_PAGES_SITE, THEME_OWN_PAGES_SITE }
