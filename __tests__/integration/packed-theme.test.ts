/**
 * The theme as users get it: `npm pack`, unpacked into the node_modules of a
 * site laid out like the foundation's (it sources src/pages itself, runs
 * gatsby-transformer-remark, has markdown pages of other templateKeys) and
 * added with no options. The site lives under .tmp/ in the repo so that
 * gatsby, react and the theme's dependencies resolve from the repo's
 * node_modules, as they would from the site's own after `npm install`.
 */
import { spawnSync } from "child_process"
import fs from "fs"
import path from "path"
import { builtPage, gatsbyBuild, packedTheme, REPO, stackTraceLines, type BuildResult, writePackedSite } from "../helpers/gatsby"

const SITE = path.join(REPO, ".tmp", "packed-site")
const FIXTURE = path.join(REPO, "__tests__", "fixtures", "openinfra-live.md")
const SHOW_FILE = path.join(SITE, "src", "pages", "openinfra-live", "index.md")

let packedFiles: string[]
let build: BuildResult

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

beforeAll(
  () => {
    const packed = packedTheme()
    packedFiles = packed.files
    writePackedSite(SITE, {
      tarball: packed.tarball,
      files: {
        "src/pages/index.js": `import * as React from "react"\nexport default function Home() { return <h1>Foundation home</h1> }\n`,
        "src/pages/about/index.md": "---\ntemplateKey: about-page\ntitle: About\n---\nAbout us.\n",
        [path.relative(SITE, SHOW_FILE)]: fs.readFileSync(FIXTURE, "utf8"),
      },
    })
    build = gatsbyBuild(SITE)
    console.log(`packed theme site: gatsby build took ${build.seconds.toFixed(1)} s`)
  },
  10 * 60 * 1000,
)

describe("the packed theme", () => {
  it("holds what a site needs, and no tests, sources of compiled files or example site", () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "CHANGELOG.md",
        "gatsby-config.js",
        "gatsby-node.js",
        "dist/gatsby-node.js",
        "dist/src/content/normalize.js",
        "src/templates/show-page.tsx",
        "src/components/join-footer.tsx",
        "src/styles/openinfra-live.css",
      ]),
    )
    expect(packedFiles.filter((file) => /__tests__|\.test\.|example-site|^gatsby-(node|config)\.ts$|jest|tsconfig|\.ci\//.test(file))).toEqual([])
  })

  it("gives a site that sources the file itself its show page, with no options", () => {
    if (build.status !== 0) throw new Error(build.output.slice(-4000))
    const page = builtPage(SITE, "live")
    const titles = [...page.querySelectorAll("article h3")].map((h) => h.textContent)
    // The 6 latest of the 15 on the show page (the episodesPerPage default), 6 on page 2, the 3 oldest on page 3.
    expect(titles).toHaveLength(6)
    expect(titles[0]).toBe("Kata Containers")
    const older = (page: number) => [...builtPage(SITE, `live/page/${page}`).querySelectorAll("article h3")].map((h) => h.textContent)
    expect([older(2).length, older(3).length]).toEqual([6, 3])
    expect(older(3)[2]).toBe("Wallaby Release Community Meeting")
    expect(fs.existsSync(path.join(SITE, "public", "live", "2021-07-22-kata-containers", "index.html"))).toBe(true)
    expect(fs.readFileSync(path.join(SITE, "public", "live", "rss.xml"), "utf8")).toContain(
      "<link>https://foundation.example.org/live/2021-07-22-kata-containers/</link>",
    )
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://foundation.example.org/live/")
    expect(page.querySelector(".oil-join a")!.getAttribute("href")).toBe("https://openinfra.dev/join/")
    expect(builtPage(SITE, "").querySelector("h1")!.textContent).toBe("Foundation home")
  })

  it("warns about invites the site does not have, naming episode and field", () => {
    expect(build.output).toMatch(
      /index\.md:\d+:5: episode 4 "Building the Intelligent Edge with Open Source Technologies" \(2021-07-01\): calendarInvite "\/static\/invites\/openinfralive-july1\.ics" names static\/invites\/openinfralive-july1\.ics, which the site does not have; it was dropped, and the episode gets a generated invite instead/,
    )
    expect(stackTraceLines(build.output)).toEqual([])
  })

  it(
    "stops a site with a misspelled option, naming the option it resembles",
    () => {
      const misspelled = path.join(REPO, ".tmp", "misspelled-option-site")
      fs.rmSync(misspelled, { recursive: true, force: true })
      write(
        path.join(misspelled, "package.json"),
        JSON.stringify({ name: "misspelled-option-site", private: true, dependencies: { gatsby: "*", react: "*", "react-dom": "*" } }),
      )
      const theme = path.join(SITE, "node_modules", "gatsby-theme-openinfra-live")
      write(
        path.join(misspelled, "gatsby-config.js"),
        `module.exports = { plugins: [{ resolve: ${JSON.stringify(theme)}, options: { contentpath: "content" } }] }\n`,
      )
      const result = gatsbyBuild(misspelled)
      expect(result.status).not.toBe(0)
      expect(result.output).toContain('"contentpath" is not an option of gatsby-theme-openinfra-live: did you mean "contentPath"?')
      expect(stackTraceLines(result.output)).toEqual([])
    },
    5 * 60 * 1000,
  )

  it(
    "never breaks a build by being installed: a site that has it in its dependencies but not in its plugins builds",
    () => {
      // As between the migration guide's two steps (add the package, then turn it on), or with the theme disabled to debug.
      const site = path.join(REPO, ".tmp", "packed-not-enabled")
      writePackedSite(site, {
        tarball: packedTheme().tarball,
        files: { "src/pages/index.js": `import * as React from "react"\nexport default function Home() { return <h1>Home</h1> }\n` },
      })
      write(path.join(site, "gatsby-config.js"), `module.exports = { plugins: [] }\n`)
      expect(JSON.parse(fs.readFileSync(path.join(site, "package.json"), "utf8")).dependencies).toHaveProperty("gatsby-theme-openinfra-live")
      const result = gatsbyBuild(site)
      expect(result.output).not.toMatch(/Unknown type|OpenInfraLive/)
      expect(result.status).toBe(0)
      expect(fs.existsSync(path.join(site, "public", "index.html"))).toBe(true)
    },
    5 * 60 * 1000,
  )

  it(
    "stops the build on a bad date with one clear message and no stack trace",
    () => {
      write(SHOW_FILE, fs.readFileSync(FIXTURE, "utf8").replace("date: 2021-07-15T14:00:00.000Z", 'date: "July 15th"'))
      const broken = gatsbyBuild(SITE)
      expect(broken.status).not.toBe(0)
      // The terminal logger shows "ERROR #gatsby-theme-openinfra-live_10001 PLUGIN"; with CI=true Gatsby's plain logger shows "error <message>".
      expect(broken.output).toMatch(/(ERROR #gatsby-theme-openinfra-live_10001 +PLUGIN|error) +The show's content has an error:/)
      const line =
        fs
          .readFileSync(SHOW_FILE, "utf8")
          .split("\n")
          .findIndex((text) => text.includes('date: "July 15th"')) + 1
      expect(broken.output).toContain(
        `src/pages/openinfra-live/index.md:${line}:5: episode 2 "How OpenStack Large Clouds Manage their Spare Capacity": date "July 15th" is not a date the theme can read: write it as 2021-07-15T14:00:00.000Z`,
      )
      expect(stackTraceLines(broken.output)).toEqual([])

      // Rebuilding the same content from Gatsby's cache must fail the same way, not build a site without the show page.
      const again = gatsbyBuild(SITE)
      expect(again.status).not.toBe(0)
      expect(again.output).toContain('episode 2 "How OpenStack Large Clouds Manage their Spare Capacity": date "July 15th" is not a date')
    },
    10 * 60 * 1000,
  )
})

/**
 * A strict TypeScript site (the settings of Gatsby's gatsby-starter-minimal-ts, plus noUncheckedIndexedAccess)
 * type-checked against the packed theme: the import paths the README gives, and types that say exactly what
 * a component receives. Each `@ts-expect-error` fails the check if the line it marks type-checks, so types
 * that fell back to `any` (a declaration the package does not ship) fail here too.
 */
describe("the packed theme's types, in a strict TypeScript site", () => {
  const TYPED = path.join(SITE, "typed")
  const files: Record<string, string> = {
    "tsconfig.json": JSON.stringify({
      compilerOptions: {
        target: "esnext",
        lib: ["dom", "esnext"],
        jsx: "react",
        module: "esnext",
        moduleResolution: "node",
        esModuleInterop: true,
        forceConsistentCasingInFileNames: true,
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        noEmit: true,
      },
      include: ["./**/*"],
    }),
    "gatsby-config.ts": `import type { GatsbyConfig } from "gatsby"
import type { ThemeOptions } from "gatsby-theme-openinfra-live"
import { bundleCmsDependencies } from "gatsby-theme-openinfra-live/decap-cms"

const live: ThemeOptions = { basePath: "/live/", episodesPerPage: "all", colorScheme: "light dark", thumbnails: "local" }
// @ts-expect-error not a colour scheme
const blue: ThemeOptions = { colorScheme: "blue" }
// @ts-expect-error not an option
const typo: ThemeOptions = { episodePerPage: 6 }

const config: GatsbyConfig = {
  plugins: [
    { resolve: "gatsby-plugin-decap-cms", options: { modulePath: \`\${__dirname}/src/cms.ts\`, customizeWebpackConfig: bundleCmsDependencies } },
    { resolve: "gatsby-theme-openinfra-live", options: live },
  ],
}
export default config
export { blue, typo }
`,
    "src/gatsby-theme-openinfra-live/components/episode-card.tsx": `import * as React from "react"
import { useHydrated, type EpisodeCardProps, type Speaker } from "gatsby-theme-openinfra-live"

/** A shadow of the theme's episode card, as the README shows. */
export default function EpisodeCard({ episode, headingLevel = 3, featured = false }: EpisodeCardProps) {
  const hydrated: boolean = useHydrated()
  const host: Speaker | undefined = episode.speakers[0]
  const start: number = episode.start
  const watch: string | undefined = episode.youtube?.watchUrl
  // @ts-expect-error the pages' query does not fetch the calendars' uid
  const uid: string = episode.uid
  // @ts-expect-error nor the feeds' plain text
  const text: string | null = episode.descriptionText
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article data-featured={featured} data-hydrated={hydrated} data-start={start} data-uid={uid} title={text ?? undefined}>
      <Heading>{episode.title}</Heading>
      {host === undefined ? null : <p>{host.name}</p>}
      {watch === undefined ? null : <a href={watch}>Watch</a>}
    </article>
  )
}
`,
    "src/templates/live.tsx": `import * as React from "react"
import type { PageProps } from "gatsby"
import { useScheduleNow, type Episode, type ShowPageContext } from "gatsby-theme-openinfra-live"

export default function Live({ pageContext }: PageProps<{ episodes: Episode[] }, ShowPageContext>) {
  const builtAt: string = pageContext.builtAt
  const title: string = pageContext.seo.title
  return <p title={title}>{builtAt}</p>
}
export { useScheduleNow }
`,
    "src/cms.ts": `import CMS from "decap-cms-app"
import { registerOpenInfraLive, showCollection, type RegisterOptions } from "gatsby-theme-openinfra-live/cms"

const options: RegisterOptions = { name: "openinfra-live-page", episodeIds: "changed", wrapRootElement: ({ element }) => element }
registerOpenInfraLive(CMS, options)
// @ts-expect-error not an episodeIds mode
registerOpenInfraLive(CMS, { episodeIds: "some" })
export const collection = showCollection({ file: "src/pages/openinfra-live/index.md" })
`,
  }

  it("type-checks the site's config, a shadow, a template and the CMS module", () => {
    for (const [file, text] of Object.entries(files)) write(path.join(TYPED, file), text)
    const tsc = path.join(REPO, "node_modules", "typescript", "bin", "tsc")
    const result = spawnSync(process.execPath, [tsc, "-p", path.join(TYPED, "tsconfig.json")], { encoding: "utf8" })
    expect(result.stdout + result.stderr).toBe("")
    expect(result.status).toBe(0)
  })

  it("declares every public entry the package ships", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(SITE, "node_modules", "gatsby-theme-openinfra-live", "package.json"), "utf8")) as { types?: string }
    expect(manifest.types).toBe("index.d.ts")
    for (const entry of ["index", "cms", "decap-cms"]) {
      expect([entry, packedFiles.includes(`${entry}.js`), packedFiles.includes(`${entry}.d.ts`)]).toEqual([entry, true, true])
    }
    expect(packedFiles).toEqual(expect.arrayContaining(["dist/types/src/index.d.ts", "dist/types/src/cms/index.d.ts", "dist/src/build/decap-cms-webpack.d.ts"]))
  })
})
