import fs from "fs"
import os from "os"
import path from "path"
import * as gatsbyNode from "../../gatsby-node"
import { fakeGatsby, runHook, type FakeNode, type HookArgs } from "../helpers/fake-gatsby"

/** What the tests hand the hooks: Gatsby's own argument types (see the fake). */
const onCreateNode = (args: HookArgs, options: Record<string, unknown>) => runHook(gatsbyNode.onCreateNode, args, options)
const createPages = (args: HookArgs, options: Record<string, unknown>) => runHook(gatsbyNode.createPages, args, options)

function fileNode(absolutePath: string): FakeNode {
  return { id: `file ${absolutePath}`, absolutePath, extension: path.extname(absolutePath).slice(1), internal: { type: "File" }, children: [] }
}

function markdownNode(file: FakeNode, frontmatter: Record<string, unknown>): FakeNode {
  return { id: `md ${file.id}`, parent: file.id, frontmatter, internal: { type: "MarkdownRemark" }, children: [] }
}

const CONTENT = `---
templateKey: openinfra-live
seo:
  url: https://openinfra.dev/live/
episodes:
  - episodeTitle: Second
    date: 2021-07-08T14:00:00.000Z
  - episodeTitle: First
    date: 2021-07-01T14:00:00.000Z
    facebookLink: javascript:alert(1)
  - episodeTitle: Draft
    hidden: true
---
`

/** The show file read through its MarkdownRemark node, then createPages, with no option. */
async function readAndCreatePages(gatsby: ReturnType<typeof fakeGatsby>, showFile: string): Promise<void> {
  const file = fileNode(showFile)
  gatsby.nodes.set(file.id, file)
  const matter = (await import("gray-matter")).default
  await onCreateNode(gatsby.args(markdownNode(file, matter(fs.readFileSync(showFile, "utf8")).data)), {})
  await createPages(gatsby.args(), {})
}

describe("gatsby-node", () => {
  let site: string
  let showFile: string
  beforeEach(() => {
    site = fs.mkdtempSync(path.join(os.tmpdir(), "oil-site-"))
    fs.mkdirSync(path.join(site, "src", "pages", "live"), { recursive: true })
    // The site's sharp, as a Gatsby site has it (gatsby-sharp), for the episode pages' share images.
    fs.mkdirSync(path.join(site, "node_modules"))
    fs.symlinkSync(path.join(__dirname, "..", "..", "node_modules", "sharp"), path.join(site, "node_modules", "sharp"), "dir")
    showFile = path.join(site, "src", "pages", "live", "index.md")
    fs.writeFileSync(showFile, CONTENT)
  })
  afterEach(() => fs.rmSync(site, { recursive: true, force: true }))

  it("reads a MarkdownRemark node of the templateKey, whoever sourced it, into a page and its published episodes", async () => {
    const gatsby = fakeGatsby(site)
    const file = fileNode(showFile)
    gatsby.nodes.set(file.id, file)
    const matter = (await import("gray-matter")).default
    await onCreateNode(gatsby.args(markdownNode(file, matter(CONTENT).data)), {})
    expect(gatsby.log.warn).toEqual([]) // reported by createPages, which runs on every build
    await createPages(gatsby.args(), {})
    const [page] = gatsby.ofType("OpenInfraLivePage")
    expect(page).toMatchObject({ path: "/live/", file: "src/pages/live/index.md", parent: file.id })
    expect(gatsby.ofType("OpenInfraLiveEpisode").map((e) => [e.title, e.slug, e.pageId])).toEqual([
      ["First", "2021-07-01-first", page!.id],
      ["Second", "2021-07-08-second", page!.id],
    ])
    expect(page!.episodeIds).toEqual(gatsby.ofType("OpenInfraLiveEpisode").map((e) => e.id))
    expect(gatsby.log.warn).toEqual([expect.stringContaining('src/pages/live/index.md:10:5: episode 2 "First" (2021-07-01): facebookLink')])
    expect(gatsby.log.info).toEqual([expect.stringContaining("1 draft episode (hidden: true) left out")])
  })

  it("serves the current calendar and feeds from gatsby develop, and lets every other request through", async () => {
    const gatsby = fakeGatsby(site)
    const middlewares: Array<(request: { path: string }, response: unknown, next: () => void) => void> = []
    void runHook(
      gatsbyNode.onCreateDevServer,
      gatsby.args(undefined, { app: { use: (middleware: (typeof middlewares)[0]) => middlewares.push(middleware) } as unknown as HookArgs["app"] }),
    )
    const get = (requestPath: string) => {
      const response = { headers: {} as Record<string, string>, body: null as string | null }
      let passed = false
      middlewares[0]!(
        { path: requestPath },
        { setHeader: (name: string, value: string) => (response.headers[name] = value), end: (body: string) => (response.body = body) },
        () => {
          passed = true
        },
      )
      return passed ? "next" : response
    }
    await onCreateNode(gatsby.args(fileNode(showFile)), { contentPath: "src/pages/live" })
    expect(get("/live/calendar.ics")).toMatchObject({
      headers: { "content-type": "text/calendar; charset=utf-8" },
      body: expect.stringContaining("SUMMARY:First"),
    })
    expect(get("/live/rss.xml")).toMatchObject({ body: expect.stringContaining("<title>Second</title>") })
    // An edit in develop is served at once: no build, no stale public/ file.
    fs.writeFileSync(showFile, CONTENT.replace("episodeTitle: First", "episodeTitle: First, renamed"))
    await onCreateNode(gatsby.args(fileNode(showFile)), { contentPath: "src/pages/live" })
    expect(get("/live/calendar.ics")).toMatchObject({ body: expect.stringContaining("SUMMARY:First\\, renamed") })
    expect(get("/live/")).toBe("next")
    expect(get("/other/feed.json")).toBe("next")
  })

  it("asks Gatsby for markdown and file nodes only", () => {
    const should = (gatsbyNode as Record<string, unknown>).shouldOnCreateNode as (args: { node: FakeNode }, options?: unknown) => boolean
    expect(["MarkdownRemark", "File", "Site", "SitePage", "ImageSharp", "Mdx"].filter((type) => should({ node: { id: type, internal: { type } } }))).toEqual([
      "MarkdownRemark",
      "File",
    ])
  })

  it("leaves markdown of other templateKeys alone", async () => {
    const gatsby = fakeGatsby(site)
    const file = fileNode(showFile)
    await onCreateNode(gatsby.args(markdownNode(file, { templateKey: "about-page", title: "About" })), {})
    await onCreateNode(gatsby.args(markdownNode(file, { templateKey: "openinfra-live" })), { templateKey: "weekly-show" })
    expect(gatsby.nodes.size).toBe(0)
  })

  it("reads contentPath files itself, and one file sourced twice gives one page and one node per episode", async () => {
    const gatsby = fakeGatsby(site)
    const file = fileNode(showFile)
    gatsby.nodes.set(file.id, file)
    const options = { contentPath: "src/pages/live" }
    await onCreateNode(gatsby.args(file), options)
    const afterFile = gatsby.ofType("OpenInfraLiveEpisode").map((e) => e.id)
    expect(afterFile).toHaveLength(2)
    const matter = (await import("gray-matter")).default
    await onCreateNode(gatsby.args(markdownNode(file, matter(CONTENT).data)), options)
    expect(gatsby.ofType("OpenInfraLivePage")).toHaveLength(1)
    expect(gatsby.ofType("OpenInfraLiveEpisode").map((e) => e.id)).toEqual(afterFile)
    await createPages(gatsby.args(), options)
    expect(gatsby.log.warn).toHaveLength(1) // the same problem is reported once
    expect(gatsby.log.pages.map((page) => page.path)).toEqual(["/live/", "/live/2021/", "/live/2021-07-01-first/", "/live/2021-07-08-second/"])
  })

  it("ignores markdown files outside contentPath", async () => {
    const gatsby = fakeGatsby(site)
    await onCreateNode(gatsby.args(fileNode(showFile)), { contentPath: "content" })
    expect(gatsby.nodes.size).toBe(0)
  })

  it("stops the build with `gatsby clean` to run when Gatsby's cache holds episodes an older theme made", async () => {
    const gatsby = fakeGatsby(site)
    void runHook(gatsbyNode.onPreInit, gatsby.args())
    const file = fileNode(showFile)
    gatsby.nodes.set(file.id, file)
    const matter = (await import("gray-matter")).default
    await onCreateNode(gatsby.args(markdownNode(file, matter(CONTENT).data)), {})
    // As a theme from before `start` left them in the cache.
    for (const episode of gatsby.ofType("OpenInfraLiveEpisode")) delete (episode as Record<string, unknown>).start
    await createPages(gatsby.args(), {})
    expect(gatsby.log.panicOnBuild).toEqual([
      expect.stringMatching(
        /^#gatsby-theme-openinfra-live_10001 src\/pages\/live\/index.md: Gatsby's cache holds episodes made by an older version of the theme\. Run `gatsby clean`/,
      ),
    ])
    expect(gatsby.log.pages).toEqual([])
  })

  it("stops the build once, listing every bad date, without throwing", async () => {
    const gatsby = fakeGatsby(site)
    void runHook(gatsbyNode.onPreInit, gatsby.args()) // registers the theme's errors, as Gatsby runs it first
    fs.writeFileSync(showFile, "---\ntemplateKey: openinfra-live\nepisodes:\n  - episodeTitle: A\n  - episodeTitle: B\n    date: soon\n---\n")
    await expect(onCreateNode(gatsby.args(fileNode(showFile)), { contentPath: "src/pages/live" })).resolves.toBeUndefined()
    await createPages(gatsby.args(), {})
    expect(gatsby.log.panicOnBuild).toHaveLength(1)
    expect(gatsby.log.panicOnBuild[0]).toMatch(
      /^#gatsby-theme-openinfra-live_10001 The show's content has 2 errors:\n {2}- src\/pages\/live\/index.md:4:5: episode 1 "A": date is missing.*\n {2}- src\/pages\/live\/index.md:6:5: episode 2 "B": date "soon" is not a date/,
    )
  })

  it("reports YAML it cannot read as a build error naming the file", async () => {
    const gatsby = fakeGatsby(site)
    void runHook(gatsbyNode.onPreInit, gatsby.args())
    fs.writeFileSync(showFile, "---\ntemplateKey: openinfra-live\nepisodes:\n  - episodeTitle: [unclosed\n---\n")
    await onCreateNode(gatsby.args(fileNode(showFile)), { contentPath: "src/pages/live" })
    await createPages(gatsby.args(), {})
    expect(gatsby.log.panicOnBuild[0]).toMatch(/src\/pages\/live\/index.md:\d+:\d+: the frontmatter is not valid YAML/)
  })

  it("drops episodes removed from the file while gatsby develop runs", async () => {
    const gatsby = fakeGatsby(site)
    const file = fileNode(showFile)
    await onCreateNode(gatsby.args(file), { contentPath: "src/pages/live" })
    fs.writeFileSync(showFile, CONTENT.replace(/ {2}- episodeTitle: Second\n {4}date: 2021-07-08T14:00:00.000Z\n/, ""))
    await onCreateNode(gatsby.args(file), { contentPath: "src/pages/live" })
    expect(gatsby.ofType("OpenInfraLiveEpisode").map((e) => e.title)).toEqual(["First"])
    expect(gatsby.log.deleted).toHaveLength(1)
  })

  it("reports a problem again after an edit that leaves it in place, but not when nothing changed", async () => {
    const gatsby = fakeGatsby(site)
    const file = fileNode(showFile)
    await onCreateNode(gatsby.args(file), { contentPath: "src/pages/live" })
    await createPages(gatsby.args(), {})
    await createPages(gatsby.args(), {})
    expect(gatsby.log.warn).toHaveLength(1)
    fs.writeFileSync(showFile, CONTENT.replace("javascript:alert(1)", "javascript:alert(2)"))
    await onCreateNode(gatsby.args(file), { contentPath: "src/pages/live" })
    await createPages(gatsby.args(), {})
    expect(gatsby.log.warn).toHaveLength(2)
  })

  it("reports errors on every build, also when the content comes from Gatsby's cache", async () => {
    const gatsby = fakeGatsby(site)
    fs.writeFileSync(showFile, "---\ntemplateKey: openinfra-live\nepisodes:\n  - episodeTitle: A\n---\n")
    await onCreateNode(gatsby.args(fileNode(showFile)), { contentPath: "src/pages/live" })
    await createPages(gatsby.args(), {})
    await createPages(gatsby.args(), {}) // a warm rebuild runs createPages, not onCreateNode
    expect(gatsby.log.panicOnBuild).toHaveLength(2)
  })

  it("creates one page per file, with absolute URLs, and refuses two files on one path", async () => {
    const gatsby = fakeGatsby(site)
    void runHook(gatsbyNode.onPreInit, gatsby.args())
    const pageNode = (id: string, file: string, seo: Record<string, unknown>) => ({
      id,
      path: "/live/",
      file,
      seo: { title: "OpenInfra Live", description: null, twitterUsername: null, ...seo },
      hero: { title: null, description: null },
      episodeIds: [],
      problems: [],
      drafts: 0,
      internal: { type: "OpenInfraLivePage" },
    })
    gatsby.nodes.set("p2", pageNode("p2", "src/pages/old-live/index.md", { url: null, image: null }))
    gatsby.nodes.set("p1", pageNode("p1", "src/pages/live/index.md", { url: "https://openinfra.dev/live/", image: "/img/social.png" }))
    gatsby.nodes.set("site", { id: "site", siteMetadata: { siteUrl: "https://www.openinfra.dev/" }, internal: { type: "Site" } })
    await createPages(gatsby.args(), { airingWindowMinutes: 60 })
    expect(gatsby.log.pages).toHaveLength(1)
    expect(gatsby.log.pages[0]).toMatchObject({
      path: "/live/",
      context: {
        id: "p1",
        airingWindowMinutes: 60,
        episodeIds: [],
        olderPath: null,
        pageCount: 1,
        siteUrl: "https://www.openinfra.dev",
        seo: { title: "OpenInfra Live", canonicalUrl: "https://www.openinfra.dev/live/", imageUrl: "https://www.openinfra.dev/img/social.png" },
      },
    })
    expect(fs.existsSync(gatsby.log.pages[0]!.component)).toBe(true)
    expect(gatsby.log.panicOnBuild).toEqual([
      expect.stringMatching(
        /^#gatsby-theme-openinfra-live_10002 src\/pages\/live\/index.md and src\/pages\/old-live\/index.md both have templateKey "openinfra-live" and both make the page \/live\//,
      ),
    ])
  })

  it.each([
    [{ url: "https://openinfra.org/" }, "https://openinfra.org"],
    [{ siteUrl: "https://www.openinfra.dev", url: "https://openinfra.org/" }, "https://www.openinfra.dev"],
    [{ siteUrl: "", url: "https://openinfra.org" }, "https://openinfra.org"],
    [{}, "https://openinfra.dev"],
  ])("takes the site's address from siteMetadata %j (siteUrl, else url, else the content's seo.url)", async (siteMetadata, siteUrl) => {
    const gatsby = fakeGatsby(site)
    gatsby.nodes.set("p1", {
      id: "p1",
      path: "/live/",
      file: "src/pages/live/index.md",
      seo: { title: "OpenInfra Live", description: null, twitterUsername: null, url: "https://openinfra.dev/live/", image: null },
      hero: { title: null, description: null },
      episodeIds: [],
      problems: [],
      drafts: 0,
      internal: { type: "OpenInfraLivePage" },
    })
    gatsby.nodes.set("site", { id: "site", siteMetadata, internal: { type: "Site" } })
    await createPages(gatsby.args(), {})
    expect(gatsby.log.pages[0]).toMatchObject({ context: { siteUrl, seo: { canonicalUrl: `${siteUrl}/live/` } } })
    // The theme's CSS rides in every page's context, for the templates' Head (the light scheme unless the site opts in).
    expect((gatsby.log.pages[0]!.context as { stylesheet: string }).stylesheet).toMatch(/^:where\(:root\)\{--oil-color-text:/)
    expect((gatsby.log.pages[0]!.context as { stylesheet: string }).stylesheet).not.toMatch(/prefers-color-scheme/)
  })

  it("warns when no content file exists, and when contentPath is missing", async () => {
    const gatsby = fakeGatsby(site)
    await createPages(gatsby.args(), {})
    void runHook(gatsbyNode.onPreInit, gatsby.args(), { contentPath: "content/live" })
    expect(gatsby.log.warn).toEqual([
      expect.stringMatching(
        /No markdown file has templateKey "openinfra-live", so the theme makes NO PAGE AT ALL\.\nThe theme reads the show from .*gatsby-source-filesystem .* or set the theme's contentPath option/,
      ),
      expect.stringMatching(/contentPath "content\/live" does not exist/),
    ])
    // With contentPath set, the hint is about that folder, not about setting it.
    await createPages(gatsby.args(), { contentPath: "content/live" })
    expect(gatsby.log.warn[2]).toMatch(/The contentPath folder "content\/live" has no markdown file with that templateKey/)
    // Every theme error is registered under the id Gatsby shows, and marked as the user's to fix (see errors.test.ts).
    expect(Object.keys(gatsby.log.errorMap)).toEqual(
      ["10001", "10002", "10003", "10004", "10005", "10006"].map((code) => `gatsby-theme-openinfra-live_${code}`),
    )
    for (const entry of Object.values(gatsby.log.errorMap)) expect(entry.category).toBe("USER")
    expect(gatsby.log.panic).toEqual([])
  })

  it("stops a site on an unsupported React with one message naming the supported versions", () => {
    const old = fs.mkdtempSync(path.join(os.tmpdir(), "oil-old-react-"))
    fs.writeFileSync(path.join(old, "package.json"), "{}")
    fs.mkdirSync(path.join(old, "node_modules", "react"), { recursive: true })
    fs.writeFileSync(path.join(old, "node_modules", "react", "package.json"), JSON.stringify({ name: "react", version: "16.14.0" }))
    const gatsby = fakeGatsby(old)
    void runHook(gatsbyNode.onPreInit, gatsby.args())
    expect(gatsby.log.panic).toEqual([
      expect.stringMatching(/react 16\.14\.0, which gatsby-theme-openinfra-live does not support\. It supports Gatsby 4\.24 .* with React 17, 18 or 19/),
    ])
  })

  describe("the build's clock (OPENINFRA_LIVE_NOW)", () => {
    afterEach(() => {
      delete process.env.OPENINFRA_LIVE_NOW
      void runHook(gatsbyNode.onPreInit, fakeGatsby(site).args()) // back to the machine's clock
    })

    it("makes every page and file for the moment it names", async () => {
      process.env.OPENINFRA_LIVE_NOW = "2021-07-05T09:30:00+02:00"
      const gatsby = fakeGatsby(site)
      void runHook(gatsbyNode.onPreInit, gatsby.args())
      expect(gatsby.log.panic).toEqual([])
      await readAndCreatePages(gatsby, showFile)
      const show = gatsby.log.pages.find((page) => page.path === "/live/")!
      expect(show.context.builtAt).toBe("2021-07-05T07:30:00.000Z")
      expect(gatsby.log.pages.every((page) => page.context.builtAt === "2021-07-05T07:30:00.000Z")).toBe(true)
      await runHook(gatsbyNode.onPostBuild, gatsby.args())
      const rss = fs.readFileSync(path.join(site, "public", "live", "rss.xml"), "utf8")
      expect(rss).toContain(`<lastBuildDate>${new Date("2021-07-05T07:30:00Z").toUTCString()}</lastBuildDate>`)
      // At that moment "Second" (July 8) is still to come: it is no feed item yet.
      expect([...rss.matchAll(/<item>\s*<title>([^<]+)</g)].map((match) => match[1])).toEqual(["First"])
      expect(fs.readFileSync(path.join(site, "public", "live", "calendar.ics"), "utf8")).toContain("DTSTAMP:20210705T073000Z")
    })

    it("stops Gatsby with one message when it names no moment", () => {
      process.env.OPENINFRA_LIVE_NOW = "next Thursday"
      const gatsby = fakeGatsby(site)
      void runHook(gatsbyNode.onPreInit, gatsby.args())
      expect(gatsby.log.panic).toEqual([expect.stringMatching(/^#gatsby-theme-openinfra-live_10004 OPENINFRA_LIVE_NOW="next Thursday" is not a moment/)])
    })
  })

  it("writes page URLs as the site serves them under Gatsby's trailingSlash option", async () => {
    const gatsby = fakeGatsby(site, { trailingSlash: "never" })
    await readAndCreatePages(gatsby, showFile)
    const byPath = new Map(gatsby.log.pages.map((page) => [page.path, page.context]))
    expect([...byPath.keys()]).toEqual(["/live/", "/live/2021/", "/live/2021-07-01-first", "/live/2021-07-08-second"])
    const seo = (pagePath: string) => byPath.get(pagePath)!.seo as { canonicalUrl: string; jsonLd: Array<Record<string, unknown>> }
    expect(seo("/live/").canonicalUrl).toBe("https://openinfra.dev/live")
    expect(seo("/live/2021-07-01-first").canonicalUrl).toBe("https://openinfra.dev/live/2021-07-01-first")
    expect(JSON.stringify(seo("/live/").jsonLd)).not.toMatch(/openinfra\.dev\/live[^"]*\/"/)
    // Files keep their paths: the invite is still in the episode's folder.
    expect(gatsby.ofType("OpenInfraLiveEpisode").map((e) => [e.path, e.calendarInvite])).toEqual([
      ["/live/2021-07-01-first", "/live/2021-07-01-first/invite.ics"],
      ["/live/2021-07-08-second", "/live/2021-07-08-second/invite.ics"],
    ])
  })

  it("takes out NUL bytes that the HTML renderer left in the theme's pages, and no other page's", async () => {
    const gatsby = fakeGatsby(site)
    await readAndCreatePages(gatsby, showFile)
    const html = (pagePath: string) => path.join(site, "public", pagePath, "index.html")
    const damaged = "<!DOCTYPE html><p>Older episodes \u0000\u0000→ · Zoë</p>"
    for (const page of [...gatsby.log.pages, { path: "/about/", component: path.join(site, "src", "pages", "about.js") }]) {
      fs.mkdirSync(path.dirname(html(page.path)), { recursive: true })
      fs.writeFileSync(html(page.path), damaged)
      gatsby.nodes.set(`SitePage ${page.path}`, { id: `SitePage ${page.path}`, path: page.path, component: page.component, internal: { type: "SitePage" } })
    }
    await runHook(gatsbyNode.onPostBuild, gatsby.args())
    for (const page of gatsby.log.pages) expect(fs.readFileSync(html(page.path), "utf8")).toBe("<!DOCTYPE html><p>Older episodes → · Zoë</p>")
    expect(fs.readFileSync(html("/about/"), "utf8")).toBe(damaged)
    expect(gatsby.log.info).toEqual(expect.arrayContaining([expect.stringMatching(/live\/index\.html: took out 2 NUL byte/)]))
    // The theme's own files never carry one either.
    const outputs = fs.readdirSync(path.join(site, "public", "live")).filter((name) => /\.(xml|json|ics)$/.test(name))
    expect(outputs.length).toBeGreaterThan(2)
    for (const name of outputs) expect(fs.readFileSync(path.join(site, "public", "live", name), "utf8")).not.toContain("\u0000")
  })

  it("takes out of public/ what it wrote before and the content no longer makes: a draft's invite, a feed turned off", async () => {
    const gatsby = fakeGatsby(site)
    await readAndCreatePages(gatsby, showFile)
    await runHook(gatsbyNode.onPostBuild, gatsby.args())
    const live = path.join(site, "public", "live")
    const invite = (slug: string) => path.join(live, slug, "invite.ics")
    expect([fs.existsSync(invite("2021-07-01-first")), fs.existsSync(invite("2021-07-08-second"))]).toEqual([true, true])
    fs.writeFileSync(path.join(live, "the-site-s-own.txt"), "not the theme's")

    // "Second" becomes a draft, and the site turns the feeds off.
    fs.writeFileSync(showFile, CONTENT.replace("  - episodeTitle: Second\n", "  - episodeTitle: Second\n    hidden: true\n"))
    await readAndCreatePages(gatsby, showFile)
    await runHook(gatsbyNode.onPostBuild, gatsby.args(), { feed: false })
    expect([fs.existsSync(invite("2021-07-01-first")), fs.existsSync(invite("2021-07-08-second"))]).toEqual([true, false])
    expect([fs.existsSync(path.join(live, "rss.xml")), fs.existsSync(path.join(live, "feed.json")), fs.existsSync(path.join(live, "calendar.ics"))]).toEqual([
      false,
      false,
      true,
    ])
    expect(fs.existsSync(path.join(live, "the-site-s-own.txt"))).toBe(true)
    expect(fs.readFileSync(path.join(live, "calendar.ics"), "utf8")).not.toContain("Second")
    expect(gatsby.log.info).toEqual(expect.arrayContaining([expect.stringMatching(/removed from public\/ .*\/live\/2021-07-08-second\/invite\.ics/)]))
  })

  describe("several shows on one site", () => {
    const KEYNOTES = `---
templateKey: openinfra-live
seo:
  title: Keynotes
  url: https://openinfra.dev/live/keynotes/
episodes:
  - episodeTitle: Day one
    date: 2021-07-08T14:00:00.000Z
    episodeSpeakers: Mark Collier (OpenInfra Foundation)
---
`
    const LIVE = CONTENT.replace("  - episodeTitle: Second\n", "  - episodeTitle: Second\n    episodeSpeakers: Mark Collier, Jonathan Bryce\n")

    async function twoShows(keynotes: string): Promise<ReturnType<typeof fakeGatsby>> {
      fs.writeFileSync(showFile, LIVE)
      const second = path.join(site, "src", "pages", "live", "keynotes.md")
      fs.writeFileSync(second, keynotes)
      const gatsby = fakeGatsby(site)
      void runHook(gatsbyNode.onPreInit, gatsby.args())
      await onCreateNode(gatsby.args(fileNode(showFile)), { contentPath: "src/pages/live" })
      await onCreateNode(gatsby.args(fileNode(second)), { contentPath: "src/pages/live" })
      await createPages(gatsby.args(), { contentPath: "src/pages/live" })
      return gatsby
    }

    it("makes each show's pages under its path, with one identity for a person on both, and unique calendar UIDs", async () => {
      const gatsby = await twoShows(KEYNOTES)
      expect(gatsby.log.panicOnBuild).toEqual([])
      const paths = gatsby.log.pages.map((page) => page.path)
      expect(paths).toEqual(
        expect.arrayContaining(["/live/", "/live/people/mark-collier/", "/live/keynotes/", "/live/keynotes/2021/", "/live/keynotes/people/mark-collier/"]),
      )
      const keynotesMark = gatsby.log.pages.find((page) => page.path === "/live/keynotes/people/mark-collier/")!.context as {
        person: { elsewhere: unknown; home: string }
        seo: { jsonLd: Array<Record<string, unknown>> }
      }
      expect(keynotesMark.person.elsewhere).toEqual([{ show: "Live show", path: "/live/people/mark-collier/", episodeCount: 1 }])
      expect(keynotesMark.seo.jsonLd[0]!["@id"]).toBe("https://openinfra.dev/live/people/mark-collier/#person")
      // Both shows' episodes on July 8 at 14:00 have no id and no video: the same identity, d-20210708t1400z.
      await runHook(gatsbyNode.onPostBuild, gatsby.args(), { contentPath: "src/pages/live" })
      const uids = (file: string) => [...fs.readFileSync(path.join(site, "public", file), "utf8").matchAll(/^UID:(.*)$/gm)].map((match) => match[1])
      expect(uids("live/calendar.ics")).toContain("d-20210708t1400z@openinfra.dev")
      expect(uids("live/keynotes/calendar.ics")).toEqual(["d-20210708t1400z-live-keynotes@openinfra.dev"])
      expect(fs.existsSync(path.join(site, "public", "live", "search.json"))).toBe(true)
      expect(
        JSON.parse(fs.readFileSync(path.join(site, "public", "live", "keynotes", "search.json"), "utf8")).episodes.map((episode: string[]) => episode[0]),
      ).toEqual(["Day one"])
    })

    it("stops the build, naming both, when a show inside another's path would take one of its pages", async () => {
      const gatsby = await twoShows(KEYNOTES.replace("url: https://openinfra.dev/live/keynotes/", "url: https://openinfra.dev/live/2021-07-08-second/"))
      expect(gatsby.log.panicOnBuild).toEqual([
        expect.stringMatching(
          /^#gatsby-theme-openinfra-live_10006 \/live\/2021-07-08-second\/ would be both a page of src\/pages\/live\/index\.md \(\/live\/2021-07-08-second\/\) and a page of src\/pages\/live\/keynotes\.md/,
        ),
      ])
    })
  })
})
