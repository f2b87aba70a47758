/**
 * The foundation's own situation: a site pinned to Gatsby 4.24, React 17, webpack 5.74,
 * gatsby-source-filesystem 4.24, gatsby-transformer-remark 5.24 and Netlify CMS 2.14, installed with
 * yarn 1.22 and built on Node 14.20.1. It makes its pages from `templateKey` itself, has a second
 * markdown file of another templateKey beside the show's, and an old show template.
 *
 * The test builds that site as it is, then follows docs/migrating-an-existing-site.md to the letter
 * (it writes the guide's files and deletes the files it names), adds the packed theme with yarn, and
 * builds again on Node 14.20.1. `__tests__/e2e/existing-site.e2e.test.ts` then opens the result in
 * Chromium.
 *
 * The site (outside the repository: see EXISTING_SITE) keeps its node_modules between runs while its
 * yarn.lock does not change.
 */
import { createHash } from "crypto"
import fs from "fs"
import path from "path"
import { DEFAULTS } from "../../src/node/options"
import { builtPage, EXISTING_SITE, filesUnder, gatsbyBuild, nodeBinary, packedTheme, REPO, run, stackTraceLines, type BuildResult } from "../helpers/gatsby"

const FIXTURE = path.join(REPO, "__tests__", "fixtures", "foundation-site")
const GUIDE = path.join(REPO, "docs", "migrating-an-existing-site.md")
const SHOW_CONTENT = path.join(REPO, "__tests__", "fixtures", "openinfra-live.md")
const NODE_VERSION = "14.20.1"
const YARN = ["-y", "-p", `node@${NODE_VERSION}`, "-p", "yarn@1.22.4", "yarn"]

let node14: string
let before: BuildResult
let beforeShowHeading: string | null = null
let themeInstall: BuildResult
let after: BuildResult
let cmsConfig: BuildResult
let check: BuildResult

/** The steps of the guide: files it shows under a line `<!-- file: path -->`, files it names in a line `<!-- delete: path -->`. */
export function guideSteps(markdown: string): { files: Map<string, string>; deletions: string[] } {
  const files = new Map<string, string>()
  for (const match of markdown.matchAll(/^<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)^```$/gm)) files.set(match[1]!, match[2]!)
  const deletions = [...markdown.matchAll(/^<!-- delete: (\S+) -->$/gm)].map((match) => match[1]!)
  return { files, deletions }
}

function yarn(args: string[]): BuildResult {
  return run("npx", [...YARN, ...args, "--non-interactive"], EXISTING_SITE)
}

/** Warning lines of a build, without the ones that name a file or episode of the content. */
function warnings(output: string): string[] {
  return output.split("\n").filter((line) => /^\s*(warn|warning)\b/i.test(line))
}

function copyFixture() {
  const kept = path.join(EXISTING_SITE, "node_modules")
  for (const entry of fs.existsSync(EXISTING_SITE) ? fs.readdirSync(EXISTING_SITE) : []) {
    if (entry !== "node_modules") fs.rmSync(path.join(EXISTING_SITE, entry), { recursive: true, force: true })
  }
  fs.mkdirSync(EXISTING_SITE, { recursive: true })
  fs.cpSync(FIXTURE, EXISTING_SITE, { recursive: true })
  fs.copyFileSync(SHOW_CONTENT, path.join(EXISTING_SITE, "src", "pages", "openinfra-live", "index.md"))
  return kept
}

beforeAll(
  () => {
    node14 = nodeBinary(NODE_VERSION)
    const modules = copyFixture()
    // Install the site's own dependencies from its lockfile, unless the same lockfile's are there already.
    // --ignore-scripts: sharp 0.30's install script downloads libvips from outside the npm registry, which
    // this machine cannot reach; nothing the build runs needs it.
    const stamp = path.join(modules, ".fixture-lock")
    const lockHash = createHash("sha256")
      .update(fs.readFileSync(path.join(FIXTURE, "yarn.lock")))
      .update(fs.readFileSync(path.join(FIXTURE, "package.json")))
      .digest("hex")
    if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== lockHash) {
      fs.rmSync(modules, { recursive: true, force: true })
      const install = yarn(["install", "--frozen-lockfile", "--ignore-scripts"])
      if (install.status !== 0) throw new Error(`yarn install of the site failed:\n${install.output.slice(-4000)}`)
      fs.writeFileSync(stamp, lockHash)
    }
    fs.rmSync(path.join(modules, "gatsby-theme-openinfra-live"), { recursive: true, force: true })

    before = gatsbyBuild(EXISTING_SITE, node14)
    if (before.status === 0) beforeShowHeading = builtPage(EXISTING_SITE, "live").querySelector("main.openinfra-live h1")?.textContent ?? null
    console.log(`existing site before the theme: gatsby build on Node ${NODE_VERSION} took ${before.seconds.toFixed(1)} s`)

    // 1. Add the package (a tarball, as the guide says until the theme is published).
    // yarn 1 caches a local tarball by its path: a name of its own per build keeps it from installing an earlier one.
    const packed = fs.readFileSync(packedTheme().tarball)
    const tarball = path.join(EXISTING_SITE, `gatsby-theme-openinfra-live-${createHash("sha1").update(packed).digest("hex").slice(0, 12)}.tgz`)
    fs.writeFileSync(tarball, packed)
    themeInstall = yarn(["add", `file:./${path.basename(tarball)}`, "--ignore-scripts"])
    // 2–7. The guide's files.
    const { files, deletions } = guideSteps(fs.readFileSync(GUIDE, "utf8"))
    for (const file of deletions) fs.rmSync(path.join(EXISTING_SITE, file))
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(path.join(EXISTING_SITE, file)), { recursive: true })
      fs.writeFileSync(path.join(EXISTING_SITE, file), text)
    }
    // 4. The show's entry in the CMS config, from the theme's command (run on the site's Node 14).
    const bin = path.join(EXISTING_SITE, "node_modules", "gatsby-theme-openinfra-live", "bin", "gatsby-theme-openinfra-live.js")
    cmsConfig = run(node14, [bin, "cms-config", "--file", "src/pages/openinfra-live/index.md"], EXISTING_SITE)
    const configFile = path.join(EXISTING_SITE, "static", "admin", "config.yml")
    const config = fs.readFileSync(configFile, "utf8")
    fs.writeFileSync(configFile, `${config.slice(0, config.indexOf("collections:"))}collections:\n${cmsConfig.stdout}`)
    check = run(node14, [bin, "check"], EXISTING_SITE)
    after = gatsbyBuild(EXISTING_SITE, node14)
    console.log(`existing site with the theme: gatsby build on Node ${NODE_VERSION} took ${after.seconds.toFixed(1)} s`)
  },
  20 * 60 * 1000,
)

describe("an existing Gatsby 4 / React 17 site on Node 14, before the theme", () => {
  it("builds, with its own show page from its old template", () => {
    if (before.status !== 0) throw new Error(before.output.slice(-4000))
    expect(beforeShowHeading).toBe("Conversations around all things open infrastructure")
  })
})

describe("the migration guide", () => {
  it("has steps this test can follow", () => {
    const { files, deletions } = guideSteps(fs.readFileSync(GUIDE, "utf8"))
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(["gatsby-config.js", "gatsby-node.js", "src/gatsby-theme-openinfra-live/components/layout.js", "gatsby-browser.js"]),
    )
    expect(deletions).toContain("src/templates/openinfra-live.js")
    // Every file the guide deletes belongs to the site as it was.
    for (const file of deletions) expect(fs.existsSync(path.join(FIXTURE, file))).toBe(true)
  })
})

describe("the theme added to it with yarn 1.22 on Node 14, following the guide", () => {
  it("installs with no engine error, no peer warning and no workspace warning from the theme", () => {
    if (themeInstall.status !== 0) throw new Error(themeInstall.output.slice(-4000))
    const lines = themeInstall.output.split("\n")
    expect(lines.filter((line) => /incompatible with this module|engine/i.test(line) && /openinfra|htmlparser2|sanitize-html|gray-matter/.test(line))).toEqual(
      [],
    )
    expect(lines.filter((line) => /gatsby-theme-openinfra-live/.test(line) && /peer/.test(line))).toEqual([])
    expect(lines.filter((line) => /Workspaces can only be enabled/.test(line))).toEqual([])
  })

  it("builds on Node 14.20.1 with no error, and no warning but the content's", () => {
    if (after.status !== 0) throw new Error(after.output.slice(-4000))
    // Gatsby 4 prints an error for a gatsby-node export it does not know (shouldOnCreateNode is unstable_ there).
    expect(after.output).not.toMatch(/must export known APIs|unstable_shouldOnCreateNode|shouldOnCreateNode/)
    const added = warnings(after.output).filter((line) => !warnings(before.output).includes(line))
    // The content's own warnings: invites the site does not have, and (this machine being offline) thumbnails it cannot download.
    const contentWarning =
      /^warning \[gatsby-theme-openinfra-live\] src\/pages\/openinfra-live\/index\.md:\d+:\d+: episode \d+ ".+" \(\d{4}-\d\d-\d\d\): (calendarInvite |the video's thumbnail could not be downloaded)/
    expect(added.filter((line) => !contentWarning.test(line))).toEqual([])
    expect(added.length).toBeGreaterThan(0)
    // Stack traces only where the site printed them before the theme (Gatsby 4's own babel deprecation notice).
    expect(stackTraceLines(after.output).filter((line) => !stackTraceLines(before.output).includes(line))).toEqual([])
  })

  it("gives the show page, in the site's header and footer, with the brand's tokens", () => {
    const page = builtPage(EXISTING_SITE, "live")
    expect(page.querySelector(".site-header + .oil main#main, .site-header ~ .oil main")).not.toBeNull()
    expect(page.querySelector(".site-footer")!.textContent).toContain("Open Infrastructure Foundation")
    expect([...page.querySelectorAll("article h3")].map((h) => h.textContent)).toHaveLength(6)
    expect(page.querySelector("main.openinfra-live")).toBeNull()
    const css = [...page.querySelectorAll("style")].map((style) => style.textContent).join("\n")
    expect(css).toMatch(/--oil-color-accent:\s*#2a4e68/)
    expect(page.documentElement.getAttribute("lang")).toBe("en")
  })

  it("runs the theme's command on Node 14: the CMS collection, and a check of the content with line numbers", () => {
    expect(cmsConfig.status).toBe(0)
    expect(cmsConfig.stdout).toMatch(/^- name: openinfra-live-pages\n/)
    expect(cmsConfig.stdout).toMatch(
      /- label: Draft \(not on the site\)\n\s+name: hidden\n\s+widget: boolean\n\s+required: false\n\s+hint: .*\n\s+default: false\n/,
    )
    expect(check.status).toBe(0)
    const lines = check.stdout.trim().split("\n")
    expect(lines.filter((line) => !/: info: /.test(line))).toEqual([
      expect.stringMatching(/^src\/pages\/openinfra-live\/index\.md:\d+:5: warning: episode 5 .*calendarInvite .*june24/),
      expect.stringMatching(/^src\/pages\/openinfra-live\/index\.md:\d+:5: warning: episode 6 .*calendarInvite .*june17/),
      expect.stringMatching(/^src\/pages\/openinfra-live\/index\.md:\d+:5: warning: episode 7 .*calendarInvite .*june10a/),
    ])
    // A note for each migrated date (midnight written in UTC): how it was read, and how to say 00:00 UTC.
    const notes = lines.filter((line) => /: info: /.test(line))
    expect(notes).toHaveLength(8)
    for (const note of notes)
      expect(note).toMatch(/: info: episode \d+ .*: date "\d{4}-\d\d-\d\dT00:00:00\.000Z" is midnight UTC, read as a day without a time/)
    // The build says the same, at the same places.
    for (const line of lines) expect(after.output).toContain(line.replace(/: (warning|info): /, ": "))
  })

  it("builds the CMS with the theme's preview (Netlify CMS 2.14, webpack 5.74)", () => {
    const cms = fs.readFileSync(path.join(EXISTING_SITE, "public", "admin", "cms.js"), "utf8")
    expect(cms).toContain("The build would report")
    expect(fs.readFileSync(path.join(EXISTING_SITE, "public", "admin", "cms.css"), "utf8")).toContain(".oil-preview-problems")
  })

  it("leaves the site's other pages to the site", () => {
    const keynotes = builtPage(EXISTING_SITE, "keynotes")
    expect(keynotes.querySelector("h1")!.textContent).toBe("OpenInfra Summit keynotes")
    // The theme sets <html lang> on its own pages only.
    expect(keynotes.documentElement.getAttribute("lang")).not.toBe("en")
    expect(builtPage(EXISTING_SITE, "").querySelector("h1")!.textContent).toBe("Open Infrastructure Foundation")
    expect(fs.existsSync(path.join(EXISTING_SITE, "public", "admin", "index.html"))).toBe(true)
  })

  it("keeps the hand-made invite and generates the others, with episode pages, archive and feeds", () => {
    const episode = "live/2021-07-01-building-the-intelligent-edge-with-open-source-technologies"
    const pageData = JSON.parse(fs.readFileSync(path.join(EXISTING_SITE, "public", "page-data", episode, "page-data.json"), "utf8")) as {
      result: { data: unknown }
    }
    expect(JSON.stringify(pageData.result.data)).toContain('"calendarInvite":"/invites/openinfralive-july1.ics"')
    expect(fs.existsSync(path.join(EXISTING_SITE, "public", episode, "invite.ics"))).toBe(false)
    expect(fs.readFileSync(path.join(EXISTING_SITE, "public", "invites", "openinfralive-july1.ics"), "utf8")).toBe(
      fs.readFileSync(path.join(FIXTURE, "static", "invites", "openinfralive-july1.ics"), "utf8"),
    )
    const generated = filesUnder(path.join(EXISTING_SITE, "public", "live")).filter((file) => file.endsWith("invite.ics"))
    expect(generated.length).toBeGreaterThan(10)
    // Past episodes, episodesPerPage (6 by default) a page: the show page, then full archive pages, then the rest.
    const archives = fs
      .readdirSync(path.join(EXISTING_SITE, "public", "live", "page"))
      .map(Number)
      .sort((a, b) => a - b)
    expect(archives[0]).toBe(2)
    expect(archives).toEqual(archives.map((_, index) => index + 2))
    const counts = archives.map((n) => builtPage(EXISTING_SITE, `live/page/${n}`).querySelectorAll("article h3").length)
    expect(counts.slice(0, -1).every((count) => count === DEFAULTS.episodesPerPage)).toBe(true)
    const last = counts[counts.length - 1]!
    expect(last).toBeGreaterThan(0)
    expect(last).toBeLessThanOrEqual(DEFAULTS.episodesPerPage)
    for (const feed of ["rss.xml", "feed.json", "calendar.ics"]) expect(fs.existsSync(path.join(EXISTING_SITE, "public", "live", feed))).toBe(true)
  })
})
