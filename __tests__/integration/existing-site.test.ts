/**
 * The foundation's own situation, modelled in __tests__/fixtures/foundation-site on the shapes of its
 * real site (OpenStackweb/osf-website): Gatsby 4.24, React 17, webpack 5.74, Netlify CMS 2.14,
 * installed with yarn 1.22 and built on Node 14.20.1; pages made from `templateKey` by its own
 * gatsby-node.js; a Layout.js (capital L) that reads a Redux store and gives the footer while each
 * template renders the top bar and navbar; global heading colours; purgecss over src/style;
 * gatsby-remark-relative-images rewriting frontmatter paths; siteMetadata.url; the show's CMS entry
 * in a `files` collection beside keynotes.md, with a file upload for invites.
 *
 * The test builds that site as it is, then follows docs/migrating-an-existing-site.md to the letter:
 * it adds the packed theme from the site's vendor/ folder with yarn, applies every diff of the guide
 * with `patch --fuzz=0`, writes its new files, deletes the files it names, merges its frontmatter
 * block, runs its commands, and builds again on Node 14.20.1.
 * `__tests__/e2e/existing-site.e2e.test.ts` then opens the result in Chromium.
 *
 * The site (outside the repository: see EXISTING_SITE) keeps its node_modules between runs while its
 * yarn.lock does not change.
 */
import { createHash } from "crypto"
import { spawnSync } from "child_process"
import { gzipSync } from "zlib"
import fs from "fs"
import path from "path"
import YAML from "yaml"
import { builtPage, EXISTING_SITE, filesUnder, gatsbyBuild, nodeBinary, packedTheme, REPO, run, stackTraceLines, type BuildResult } from "../helpers/gatsby"

const FIXTURE = path.join(REPO, "__tests__", "fixtures", "foundation-site")
const GUIDE = path.join(REPO, "docs", "migrating-an-existing-site.md")
// The most the theme's preview may add to a site's CMS bundle, gzip (scripts/cms-weight.js says why).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CMS_BUDGET_BYTES: PREVIEW_BUDGET_BYTES } = require("../../scripts/cms-weight.js") as { CMS_BUDGET_BYTES: number }
const NODE_VERSION = "14.20.1"
const YARN = ["-y", "-p", `node@${NODE_VERSION}`, "-p", "yarn@1.22.4", "yarn"]

let node14: string
let before: BuildResult
let beforeShowHeading: string | null = null
let themeInstall: BuildResult
let after: BuildResult
let cmsConfig: BuildResult
let check: BuildResult
let configBefore = ""
let cmsBytesBefore = 0
let keynotesBefore = ""
const patchResults: Array<{ diff: string; status: number | null; output: string }> = []

export interface GuideSteps {
  /** New files: a block under a line `<!-- file: path -->`. */
  files: Map<string, string>
  /** Files to delete: lines `<!-- delete: path -->`. */
  deletions: string[]
  /** Changes to the site's files: unified diffs (paths a/… b/…) in blocks under a line `<!-- patch -->`. */
  patches: string[]
  /** Frontmatter to merge into a content file: a YAML block under a line `<!-- frontmatter: path -->`. */
  frontmatter: Map<string, string>
  /** The theme's commands to run in the site: lines of a block under a line `<!-- run -->`. */
  commands: string[][]
}

/** The steps of the guide, as markers in its markdown say them. */
export function guideSteps(markdown: string): GuideSteps {
  const blocks = (marker: string) => [...markdown.matchAll(new RegExp(`^<!-- ${marker}(?:: (\\S+))? -->\n\`\`\`\\w*\n([\\s\\S]*?)^\`\`\`$`, "gm"))]
  return {
    files: new Map(blocks("file").map((match) => [match[1]!, match[2]!])),
    deletions: [...markdown.matchAll(/^<!-- delete: (\S+) -->$/gm)].map((match) => match[1]!),
    patches: blocks("patch").map((match) => match[2]!),
    frontmatter: new Map(blocks("frontmatter").map((match) => [match[1]!, match[2]!])),
    commands: blocks("run").flatMap((match) =>
      match[2]!
        .trim()
        .split("\n")
        .map((line) => line.trim().split(/\s+/)),
    ),
  }
}

/** A CMS config as the CMS reads it: in the flow style the foundation's config is written in, which only a lenient YAML parser takes. */
function readConfig(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("js-yaml") as { load: (text: string) => unknown }).load(text)
}

/** The content file with `block`'s keys set in its frontmatter (mappings merged, anything else replaced), the rest as it was. */
function mergeFrontmatter(source: string, block: string): string {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source)!
  const document = YAML.parseDocument(front!)
  const set = (prefix: unknown[], value: unknown) => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) set([...prefix, key], inner)
    } else {
      document.setIn(prefix, value)
    }
  }
  set([], YAML.parse(block))
  return `---\n${document.toString()}---\n${body}`
}

function yarn(args: string[]): BuildResult {
  return run("npx", [...YARN, ...args, "--non-interactive"], EXISTING_SITE)
}

/** Warning lines of a build, without the ones that name a file or episode of the content. */
function warnings(output: string): string[] {
  return output.split("\n").filter((line) => /^\s*(warn|warning)\b/i.test(line))
}

/** What the tests read of the site's build before the theme. */
interface BeforeBuild {
  before: BuildResult
  beforeShowHeading: string | null
  cmsBytesBefore: number
  keynotesBefore: string
}

/** A digest of every file under a folder: its path and contents. */
function folderDigest(folder: string): string {
  const hash = createHash("sha256")
  for (const file of filesUnder(folder).sort()) hash.update(path.relative(folder, file)).update("\0").update(fs.readFileSync(file))
  return hash.digest("hex")
}

function copyFixture() {
  const kept = path.join(EXISTING_SITE, "node_modules")
  for (const entry of fs.existsSync(EXISTING_SITE) ? fs.readdirSync(EXISTING_SITE) : []) {
    if (entry !== "node_modules") fs.rmSync(path.join(EXISTING_SITE, entry), { recursive: true, force: true })
  }
  fs.mkdirSync(EXISTING_SITE, { recursive: true })
  fs.cpSync(FIXTURE, EXISTING_SITE, { recursive: true })
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

    // The site before the theme: built once for a given fixture, lockfile and Node (the build is the same
    // every time, and takes most of a minute); what the tests compare with is kept beside node_modules.
    const beforeKey = createHash("sha256").update(lockHash).update(NODE_VERSION).update(folderDigest(FIXTURE)).digest("hex").slice(0, 16)
    const beforeFile = path.join(modules, `.before-build-${beforeKey}.json`)
    if (fs.existsSync(beforeFile)) {
      ;({ before, beforeShowHeading, cmsBytesBefore, keynotesBefore } = JSON.parse(fs.readFileSync(beforeFile, "utf8")) as BeforeBuild)
      console.log(`existing site before the theme: the build of this fixture on Node ${NODE_VERSION} (${before.seconds.toFixed(1)} s), kept`)
    } else {
      before = gatsbyBuild(EXISTING_SITE, node14)
      if (before.status === 0) {
        beforeShowHeading = builtPage(EXISTING_SITE, "live").querySelector("main.openinfra-live h1")?.textContent ?? null
        cmsBytesBefore = gzipSync(fs.readFileSync(path.join(EXISTING_SITE, "public", "admin", "cms.js"))).length
        keynotesBefore = fs.readFileSync(path.join(EXISTING_SITE, "public", "keynotes", "index.html"), "utf8")
        fs.writeFileSync(beforeFile, JSON.stringify({ before, beforeShowHeading, cmsBytesBefore, keynotesBefore } satisfies BeforeBuild))
      }
      console.log(`existing site before the theme: gatsby build on Node ${NODE_VERSION} took ${before.seconds.toFixed(1)} s`)
      // The theme's build starts from a clean site, as the host's `gatsby clean && gatsby build` does.
      for (const folder of [".cache", "public"]) fs.rmSync(path.join(EXISTING_SITE, folder), { recursive: true, force: true })
    }

    // 1. Add the package: a tarball in the site's vendor/ folder, as the guide says until the theme is published.
    // yarn 1 caches a local tarball by its name: a name of its own per build keeps it from installing an earlier one.
    const packed = fs.readFileSync(packedTheme().tarball)
    fs.mkdirSync(path.join(EXISTING_SITE, "vendor"), { recursive: true })
    const tarball = `vendor/gatsby-theme-openinfra-live-0.1.0-${createHash("sha1").update(packed).digest("hex").slice(0, 12)}.tgz`
    fs.writeFileSync(path.join(EXISTING_SITE, tarball), packed)
    themeInstall = yarn(["add", `file:./${tarball}`, "--ignore-scripts"])
    // 2–8. The guide's changes, new files and deletions.
    const steps = guideSteps(fs.readFileSync(GUIDE, "utf8"))
    for (const diff of steps.patches) {
      const applied = spawnSync("patch", ["-p1", "--fuzz=0", "--forward", "--no-backup-if-mismatch"], { cwd: EXISTING_SITE, input: diff, encoding: "utf8" })
      patchResults.push({ diff: diff.split("\n")[0]!, status: applied.status, output: `${applied.stdout}${applied.stderr}` })
    }
    for (const file of steps.deletions) fs.rmSync(path.join(EXISTING_SITE, file))
    for (const [file, text] of steps.files) {
      fs.mkdirSync(path.dirname(path.join(EXISTING_SITE, file)), { recursive: true })
      fs.writeFileSync(path.join(EXISTING_SITE, file), text)
    }
    for (const [file, block] of steps.frontmatter) {
      fs.writeFileSync(path.join(EXISTING_SITE, file), mergeFrontmatter(fs.readFileSync(path.join(EXISTING_SITE, file), "utf8"), block))
    }
    // 4. The show's entry in the CMS config, from the theme's command (run on the site's Node 14).
    const bin = path.join(EXISTING_SITE, "node_modules", "gatsby-theme-openinfra-live", "bin", "gatsby-theme-openinfra-live.js")
    const configFile = path.join(EXISTING_SITE, "static", "admin", "config.yml")
    configBefore = fs.readFileSync(configFile, "utf8")
    for (const [npx, name, ...args] of steps.commands) {
      if (npx !== "npx" || name !== "gatsby-theme-openinfra-live") throw new Error(`The guide runs a command this test does not know: ${npx} ${name}`)
      cmsConfig = run(node14, [bin, ...args], EXISTING_SITE)
    }
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
  it("shows changes to the site's files, never a whole file over one of the site's", () => {
    const steps = guideSteps(fs.readFileSync(GUIDE, "utf8"))
    expect(steps.patches.map((diff) => /^--- a\/(\S+)/.exec(diff)?.[1])).toEqual(["gatsby-config.js", "gatsby-node.js", "src/cms/cms.js"])
    // A new file of the guide is never a file the site has.
    for (const file of steps.files.keys()) expect(fs.existsSync(path.join(FIXTURE, file))).toBe(false)
    expect([...steps.files.keys()]).toEqual(["src/gatsby-theme-openinfra-live/components/layout.js", "src/gatsby-theme-openinfra-live/brand.css"])
    // Every file the guide deletes belongs to the site as it was.
    expect(steps.deletions).toContain("src/templates/openinfra-live.js")
    for (const file of steps.deletions) expect(fs.existsSync(path.join(FIXTURE, file))).toBe(true)
    expect([...steps.frontmatter.keys()]).toEqual(["src/pages/openinfra-live/index.md"])
    expect(steps.commands).toEqual([["npx", "gatsby-theme-openinfra-live", "cms-config", "--config", "static/admin/config.yml", "--write"]])
  })

  it("applies every diff as written, with no fuzz", () => {
    expect(patchResults.length).toBeGreaterThan(0)
    for (const result of patchResults) expect(result).toMatchObject({ status: 0 })
  })
})

describe("the theme added to it with yarn 1.22 on Node 14, following the guide", () => {
  it("installs from the site's own folder, with no engine error, no peer warning and no workspace warning from the theme", () => {
    if (themeInstall.status !== 0) throw new Error(themeInstall.output.slice(-4000))
    const lines = themeInstall.output.split("\n")
    expect(
      lines.filter((line) => /incompatible with this module|engine/i.test(line) && /openinfra|htmlparser2|parse5|entities|gray-matter/.test(line)),
    ).toEqual([])
    expect(lines.filter((line) => /gatsby-theme-openinfra-live/.test(line) && /peer/.test(line))).toEqual([])
    expect(lines.filter((line) => /Workspaces can only be enabled/.test(line))).toEqual([])
    // The lockfile names a file inside the repository, which the site's host checks out too.
    const lock = fs.readFileSync(path.join(EXISTING_SITE, "yarn.lock"), "utf8")
    const entry = /^"?gatsby-theme-openinfra-live@([^:]+:[^"\n]+)"?:\n\s+version[^\n]*\n\s+resolved "([^"]+)"/m.exec(lock)
    expect(entry?.[1]).toMatch(/^file:\.\/vendor\/gatsby-theme-openinfra-live-0\.1\.0-\w+\.tgz$/)
    expect(entry?.[2]).not.toMatch(/\.\.\/|^\//)
  })

  it("builds on Node 14.20.1 with no error, and no warning but the content's", () => {
    if (after.status !== 0) throw new Error(after.output.slice(-4000))
    // Gatsby 4 prints an error for a gatsby-node export it does not know (shouldOnCreateNode is unstable_ there).
    expect(after.output).not.toMatch(/must export known APIs|unstable_shouldOnCreateNode|shouldOnCreateNode/)
    const added = warnings(after.output).filter((line) => !warnings(before.output).includes(line))
    // The content's own warnings: invites the site does not have, and (this machine being offline) thumbnails it cannot download.
    const contentWarning =
      /^warning \[gatsby-theme-openinfra-live\] src\/pages\/openinfra-live\/index\.md:\d+:\d+: episode \d+ ".+" \(\d{4}-\d\d-\d\d\): (calendarInvite |the video's thumbnail could not be downloaded|episodeSpeakers "(Kendall Kelson|Julia Krieger)" \(episode \d+\) is one letter from)/
    // And one for the share images: sharp is installed here but cannot load (sharp for Node 14 downloads its libvips
    // from GitHub, which this machine cannot reach; the foundation's host can), so the pages keep the video's still.
    const noSharp =
      /^warning \[gatsby-theme-openinfra-live\] episode pages keep their video's still as their share image: sharp, .* could not be loaded \(the site's sharp: .+; gatsby-sharp's sharp: .+\)\. Install it in the site \(npm install sharp\), or set the theme's option shareImages: false/
    expect(added.filter((line) => noSharp.test(line))).toHaveLength(1)
    expect(added.filter((line) => !contentWarning.test(line) && !noSharp.test(line))).toEqual([])
    expect(added.length).toBeGreaterThan(0)
    // Stack traces only where the site printed them before the theme (Gatsby 4's own babel deprecation notice).
    expect(stackTraceLines(after.output).filter((line) => !stackTraceLines(before.output).includes(line))).toEqual([])
  })

  it("gives the show page inside the site's top bar, navbar and footer, every past episode on it, with the brand's tokens", () => {
    const page = builtPage(EXISTING_SITE, "live")
    expect(page.querySelector(".bar-news + header.site-header")).not.toBeNull()
    expect(page.querySelector(".wrapper.project-background ~ .oil main#main")).not.toBeNull()
    expect(page.querySelector(".site-footer")!.textContent).toContain("Open Infrastructure Foundation")
    expect(page.querySelector("main.openinfra-live")).toBeNull()
    // episodesPerPage: "all": every published past episode here, and no archive page.
    expect(page.querySelectorAll("article h3").length).toBeGreaterThan(10)
    expect(fs.existsSync(path.join(EXISTING_SITE, "public", "live", "page"))).toBe(false)
    const css = [...page.querySelectorAll("style")].map((style) => style.textContent).join("\n")
    expect(css).toMatch(/--oil-color-accent:\s*#2a4e68/)
    expect(page.documentElement.getAttribute("lang")).toBe("en")
  })

  it("styles the show's pages with the theme's CSS, which purgecss never sees, light as the site is", () => {
    for (const pagePath of ["live", "live/2021-07-01-building-the-intelligent-edge-with-open-source-technologies"]) {
      const styles = builtPage(EXISTING_SITE, pagePath).querySelectorAll("head style[data-openinfra-live]")
      expect(styles).toHaveLength(1)
      const css = styles[0]!.textContent!
      expect((css.match(/\.oil-[\w-]+/g) ?? []).length).toBeGreaterThan(60)
      // Dark mode is off unless the site opts in: nothing darkens under the site's global heading colours.
      expect(css).not.toMatch(/prefers-color-scheme/)
      expect(css).toMatch(/\.oil\{color-scheme:light\}/)
    }
  })

  it("adds nothing to the site's other pages", () => {
    const keynotes = fs.readFileSync(path.join(EXISTING_SITE, "public", "keynotes", "index.html"), "utf8")
    expect(keynotes).not.toMatch(/\.oil-|--oil-color-text/)
    // The brand's tokens are the site's own CSS (a few hundred bytes, in every page's stylesheet, as any CSS the site imports).
    const stylesOf = (html: string) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join("")
    expect(Buffer.byteLength(stylesOf(keynotes)) - Buffer.byteLength(stylesOf(keynotesBefore))).toBeLessThan(400)
  })

  it("shares the site's image, as the content names it, though gatsby-remark-relative-images rewrote the path", () => {
    const page = builtPage(EXISTING_SITE, "live")
    expect(page.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe("https://foundation.example.org/img/oificon-social.png")
    // The site's address from siteMetadata.url.
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://foundation.example.org/live/")
  })

  it("shows the show's logo, links, newsletter line and call to action from the content", () => {
    const page = builtPage(EXISTING_SITE, "live")
    const logo = page.querySelector<HTMLImageElement>(".oil-hero img")!
    expect(logo.getAttribute("src")).toBe("/img/OpenInfra-live-logo-RGB.svg")
    expect(logo.getAttribute("alt")).toBe("OpenInfra Live")
    const links = [...page.querySelectorAll(".oil-hero a[href^='https://']")].map((link) => [link.textContent!.trim(), link.getAttribute("href")])
    expect(links).toEqual([
      ["Listen on Spotify", "https://open.spotify.com/show/033KWnXq6Njhy1dRqs6Zx7"],
      ["Listen on Apple Podcasts", "https://podcasts.apple.com/us/podcast/openinfra-live/id6788132895"],
      ["Watch Live on YouTube", "https://youtube.com/c/OpenStackFoundation?sub_confirmation=1"],
      ["Join Live on LinkedIn", "https://www.linkedin.com/company/open-infrastructure-foundation/"],
    ])
    expect(page.querySelector(".oil-hero a[href='/newsletter/']")!.textContent).toBe("OpenInfra newsletter")
    expect(page.body.textContent).toContain("Have an idea for an episode?")
    expect(page.querySelector("a[href='https://openinfrafoundation.formstack.com/forms/openinfralive']")!.textContent).toContain("Share your idea")
  })

  it("fits the show's entry into the site's CMS config, keeping the site's collection, widgets and names", () => {
    expect(cmsConfig.status).toBe(0)
    const config = readConfig(fs.readFileSync(path.join(EXISTING_SITE, "static", "admin", "config.yml"), "utf8")) as {
      collections: Array<{
        name: string
        files?: Array<{ name: string; file: string; fields: Array<{ name: string; widget: string; fields?: Array<Record<string, unknown>> }> }>
      }>
    }
    const original = readConfig(configBefore) as typeof config
    expect(config.collections.map((collection) => collection.name)).toEqual(original.collections.map((collection) => collection.name))
    const files = config.collections.find((collection) => collection.name === "openinfra-live-page")!.files!
    expect(files.map((file) => [file.name, file.file])).toEqual([
      ["openinfra-live-page", "src/pages/openinfra-live/index.md"],
      ["openinfra-live-keynotes-page", "src/pages/openinfra-live/keynotes.md"],
    ])
    const episodes = files[0]!.fields.find((field) => field.name === "episodes")!.fields!
    expect(episodes.find((field) => field.name === "calendarInvite")).toMatchObject({ widget: "file", media_folder: "/static/invites" })
    // The site's own default stays: its new episodes start as drafts.
    expect(episodes.find((field) => field.name === "hidden")).toMatchObject({ widget: "boolean", default: true })
    expect(episodes.some((field) => field.name === "facebookLink")).toBe(false)
    // The site's order of fields, then what the theme adds.
    const before = (readConfig(configBefore) as typeof config).collections.find((c) => c.name === "openinfra-live-page")!.files![0]!
    const beforeEpisodes = before.fields.find((field) => field.name === "episodes")!.fields!.map((field) => field.name)
    expect(episodes.map((field) => field.name).slice(0, beforeEpisodes.length)).toEqual(beforeEpisodes)
    expect(files[1]).toEqual((readConfig(configBefore) as typeof config).collections.find((c) => c.name === "openinfra-live-page")!.files![1])
  })

  it("checks the content on Node 14 as the build does, line for line", () => {
    expect(check.status).toBe(0)
    const lines = check.stdout.trim().split("\n")
    expect(lines.filter((line) => !/: info: /.test(line))).toEqual([
      expect.stringMatching(/^src\/pages\/openinfra-live\/index\.md:\d+:5: warning: episode 5 .*calendarInvite .*june24/),
      expect.stringMatching(/^src\/pages\/openinfra-live\/index\.md:\d+:5: warning: episode 6 .*calendarInvite .*june17/),
      // The two misspelt speakers of the foundation's file (issue 20), at their episodes' speakers.
      expect.stringMatching(
        /^src\/pages\/openinfra-live\/index\.md:\d+:5: warning: episode 6 .*episodeSpeakers "Kendall Kelson" \(episode 6\) is one letter from "Kendall Nelson"/,
      ),
      expect.stringMatching(/^src\/pages\/openinfra-live\/index\.md:\d+:5: warning: episode 7 .*calendarInvite .*june10a/),
      expect.stringMatching(
        /^src\/pages\/openinfra-live\/index\.md:\d+:5: warning: episode 14 .*episodeSpeakers "Julia Krieger" \(episode 14\) is one letter from "Julia Kreger"/,
      ),
    ])
    // A note for each organisation listed as a speaker (Canonical, OVH, T-Systems, Whitestack), not a person.
    expect(lines.filter((line) => /: info: .*episodeSpeakers "[^"]+" is read as an organisation or a label/.test(line))).toHaveLength(4)
    // A note for each migrated date (midnight written in UTC): how it was read, and how to say 00:00 UTC.
    const notes = lines.filter((line) => /: info: /.test(line) && !/episodeSpeakers/.test(line))
    expect(notes).toHaveLength(8)
    for (const note of notes)
      expect(note).toMatch(/: info: episode \d+ .*: date "\d{4}-\d\d-\d\dT00:00:00\.000Z" is midnight UTC, read as a day without a time/)
    // The build says the same, at the same places.
    for (const line of lines) expect(after.output).toContain(line.replace(/: (warning|info): /, ": "))
  })

  it("builds the CMS with the theme's preview (Netlify CMS 2.14, webpack 5.74), far lighter than a copy of the build", () => {
    const cms = fs.readFileSync(path.join(EXISTING_SITE, "public", "admin", "cms.js"))
    expect(cms.toString("utf8")).toContain("The build would report")
    expect(fs.readFileSync(path.join(EXISTING_SITE, "public", "admin", "cms.css"), "utf8")).toContain(".oil-preview-problems")
    const added = gzipSync(cms).length - cmsBytesBefore
    console.log(`existing site's CMS bundle: ${cmsBytesBefore} B gzip before the theme, ${cmsBytesBefore + added} B after (+${added} B)`)
    expect(added).toBeLessThan(PREVIEW_BUDGET_BYTES)
  })

  it("leaves the site's other pages to the site", () => {
    const keynotes = builtPage(EXISTING_SITE, "keynotes")
    expect(keynotes.querySelector("h1")!.textContent).toBe("OpenInfra Summit keynotes")
    // The theme sets <html lang> on its own pages only.
    expect(keynotes.documentElement.getAttribute("lang")).not.toBe("en")
    expect(builtPage(EXISTING_SITE, "").querySelector("h1")!.textContent).toBe("Open Infrastructure Foundation")
    // A page whose frontmatter has a `banner` of its own shape: the show's keys never clash with it.
    expect(builtPage(EXISTING_SITE, "about/staff").querySelector(".staff-banner a")!.getAttribute("href")).toBe("https://foundation.example.org/careers/")
    expect(fs.existsSync(path.join(EXISTING_SITE, "public", "admin", "index.html"))).toBe(true)
  })

  it("keeps the hand-made invite and generates the others, with episode pages and feeds", () => {
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
    for (const feed of ["rss.xml", "feed.json", "calendar.ics"]) expect(fs.existsSync(path.join(EXISTING_SITE, "public", "live", feed))).toBe(true)
  })
})
