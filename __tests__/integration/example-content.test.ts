/**
 * The example site with the content a newcomer gives it: a copy of example-site/ (its config, pages,
 * styles and shadow, the theme linked as it is there) with another show file. Gatsby must read only
 * the theme's src/ for queries, never this repository's test fixtures, `.tmp/` or the example's own
 * output, whatever fields the content has or lacks.
 */
import fs from "fs"
import path from "path"
import sharp from "sharp"
import { builtPage, gatsbyBuild, REPO, stackTraceLines, startThumbnailMirrorProcess } from "../helpers/gatsby"

const EXAMPLE = path.join(REPO, "example-site")
const SHOW_FILE = path.join("src", "pages", "openinfra-live", "index.md")
const HEAD = `---
templateKey: openinfra-live
seo:
  title: Newcomer Live
  url: https://example.org/live/
hero:
  title: A show of my own
footer:
  button: /join/
`

/** A copy of the example site with `show` as its show file, under .tmp/ (without the CMS, which has nothing to do with this). */
export function exampleWith(name: string, show: string, files: Record<string, string> = {}): string {
  const site = path.join(REPO, ".tmp", "example-content", name)
  fs.rmSync(site, { recursive: true, force: true })
  for (const entry of ["gatsby-config.ts", "gatsby-node.ts", "gatsby-browser.ts", "package.json", "src", "static"]) {
    fs.cpSync(path.join(EXAMPLE, entry), path.join(site, entry), { recursive: true })
  }
  const config = path.join(site, "gatsby-config.ts")
  // The CMS plugin's entry (from its comment to its closing brace) and what it imports.
  const withoutCms = fs
    .readFileSync(config, "utf8")
    .replace(/^ *\/\/ \/admin\/:[^]*?\n {4}\},\n/m, "")
    .replace(/^import \{ bundleCmsDependencies \}.*\n/m, "")
  expect(withoutCms).not.toContain("decap")
  fs.writeFileSync(config, withoutCms)
  fs.rmSync(path.join(site, "src", "cms"), { recursive: true })
  fs.writeFileSync(path.join(site, SHOW_FILE), show)
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
    fs.writeFileSync(path.join(site, file), text)
  }
  return site
}

/**
 * The episode page's share image: its og:image is an absolute URL under the site's, of a 1200×630
 * JPEG in the episode's folder of public/, said so with og:image:width, og:image:height and og:image:alt.
 */
async function expectShareImage(site: string, pagePath: string, title: string): Promise<Buffer> {
  const page = builtPage(site, pagePath)
  const meta = (selector: string) => page.querySelector(selector)?.getAttribute("content")
  const url = new URL(meta('meta[property="og:image"]')!)
  expect(url.origin).toBe("https://openinfra.dev")
  expect(url.pathname).toMatch(new RegExp(`^/${pagePath}/share-[0-9a-f]{10}\\.jpg$`))
  expect([meta('meta[property="og:image:width"]'), meta('meta[property="og:image:height"]')]).toEqual(["1200", "630"])
  expect(meta('meta[property="og:image:alt"]')!.startsWith(`${title}`)).toBe(true)
  expect(meta('meta[name="twitter:card"]')).toBe("summary_large_image")
  const image = fs.readFileSync(path.join(site, "public", url.pathname))
  expect(await sharp(image).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 630 })
  return image
}

/** A shadow of the theme's layout with the site's own markup and no theme wrapper, as the README invites. */
const OWN_LAYOUT = `import * as React from "react"
import type { LayoutProps } from "gatsby-theme-openinfra-live/src/components/layout"

export default function Layout({ children }: LayoutProps) {
  return (
    <>
      <header className="site-header"><a href="/">Example Foundation</a></header>
      <main id="main">{children}</main>
      <footer className="site-footer">© Example Foundation</footer>
    </>
  )
}
`

describe("the example site with a newcomer's content", () => {
  it(
    "builds a show with no episode at all (episodes: [])",
    () => {
      const site = exampleWith("empty", `${HEAD}episodes: []\n---\n`)
      const build = gatsbyBuild(site)
      expect(build.output).not.toMatch(/Cannot query field/)
      expect(build.status).toBe(0)
      expect(stackTraceLines(build.output)).toEqual([])
      const page = builtPage(site, "live")
      expect(page.querySelector("h1")!.textContent).toBe("A show of my own")
      expect(page.querySelectorAll("article")).toHaveLength(0)
    },
    10 * 60 * 1000,
  )

  it(
    "builds a single episode that has no hidden key (nor most other fields)",
    async () => {
      const site = exampleWith("single", `${HEAD}episodes:\n  - episodeTitle: The first one\n    date: 2021-03-04T15:00:00Z\n---\n`)
      const build = gatsbyBuild(site)
      expect(build.output).not.toMatch(/Cannot query field/)
      expect(build.status).toBe(0)
      const page = builtPage(site, "live")
      expect([...page.querySelectorAll("article h3")].map((h) => h.textContent)).toEqual(["The first one"])
      expect(builtPage(site, "live/2021-03-04-the-first-one").querySelector("h1")!.textContent).toBe("The first one")
      // Without a video, a share image of its text alone.
      await expectShareImage(site, "live/2021-03-04-the-first-one", "The first one")
      // The site's own pages and its shadow of the join footer still apply.
      expect(page.querySelector("[data-shadowed=join-footer]")).not.toBeNull()
    },
    10 * 60 * 1000,
  )

  it(
    "builds with the site's own layout in place of the theme's wrapper (the end-to-end tests check its colours in Chromium)",
    async () => {
      const site = exampleWith("own-layout", fs.readFileSync(path.join(EXAMPLE, SHOW_FILE), "utf8"), {
        "src/gatsby-theme-openinfra-live/components/layout.tsx": OWN_LAYOUT,
      })
      // Thumbnails from a stand-in for YouTube's image host, for the episode pages' share images.
      const mirror = await startThumbnailMirrorProcess([])
      process.env.OPENINFRA_LIVE_THUMBNAIL_MIRROR = mirror.url
      const build = gatsbyBuild(site)
      delete process.env.OPENINFRA_LIVE_THUMBNAIL_MIRROR
      mirror.close()
      expect(build.status).toBe(0)
      const page = builtPage(site, "live")
      expect(page.querySelector("header.site-header")).not.toBeNull()
      expect(page.querySelector(".oil")).toBeNull()
      expect(page.querySelector("main .oil-join__button")).not.toBeNull()
      // An episode page with a video shares an image made from its local thumbnail: the still's colour in the top right card.
      const image = await expectShareImage(site, "live/2021-07-01-building-the-intelligent-edge-with-open-source-technologies", "Building the Intelligent Edge")
      const { data } = await sharp(image).extract({ left: 900, top: 200, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
      const { data: background } = await sharp(image).extract({ left: 300, top: 330, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
      expect(Math.abs(data[0]! - background[0]!) + Math.abs(data[1]! - background[1]!) + Math.abs(data[2]! - background[2]!)).toBeGreaterThan(30)
      const episodePages = fs.readdirSync(path.join(site, "public", "live")).filter((name) => /^\d{4}-/.test(name))
      const shared = episodePages.filter((name) =>
        fs.readdirSync(path.join(site, "public", "live", name)).some((file) => /^share-[0-9a-f]{10}\.jpg$/.test(file)),
      )
      expect(shared).toEqual(episodePages)
    },
    10 * 60 * 1000,
  )
})
