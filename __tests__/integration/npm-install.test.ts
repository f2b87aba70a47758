/**
 * `npm install` of the packed theme, with no --legacy-peer-deps, into a site pinned to the foundation's
 * Gatsby 4.24 / React 17, into a Gatsby 5 / React 18 site and a site started today (Gatsby 5.16, React 19,
 * Decap CMS 3.16), and a site on versions the theme does not support. npm resolves the whole tree
 * against the registry (`--package-lock-only`: what a real install
 * decides, without writing node_modules), so a peer range that does not fit fails here with ERESOLVE.
 * The four resolutions wait on the registry, not on this machine: they run at once.
 */
import { spawn } from "child_process"
import fs from "fs"
import path from "path"
import { packedTheme, REPO } from "../helpers/gatsby"

const ROOT = path.join(REPO, ".tmp", "npm-install")
const { tarball } = packedTheme()
fs.rmSync(ROOT, { recursive: true, force: true })
fs.mkdirSync(ROOT, { recursive: true })

/** `npm install --package-lock-only` in `site`: its exit status and output. */
function npmResolve(site: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: site })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.on("close", (status) => done({ status, output }))
  })
}

/** Resolves a site's dependencies plus the theme as npm would install them; the lockfile's packages, or npm's output on failure. */
async function resolve(name: string, dependencies: Record<string, string>, manifest: Record<string, unknown> = {}) {
  const site = path.join(ROOT, name)
  fs.mkdirSync(site, { recursive: true })
  fs.writeFileSync(
    path.join(site, "package.json"),
    JSON.stringify({ name, private: true, dependencies: { ...dependencies, "gatsby-theme-openinfra-live": `file:${tarball}` }, ...manifest }, null, 2),
  )
  const result = await npmResolve(site)
  const lock =
    result.status === 0
      ? (JSON.parse(fs.readFileSync(path.join(site, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> })
      : null
  return {
    ...result,
    version: (pkg: string) => lock?.packages[`node_modules/${pkg}`]?.version,
    /** Every version of `pkg` in the tree, hoisted or nested. */
    versions: (pkg: string) => [
      ...new Set(Object.entries(lock?.packages ?? {}).flatMap(([where, entry]) => (where.endsWith(`node_modules/${pkg}`) ? [entry.version] : []))),
    ],
  }
}

/**
 * npm's peer-dependency complaints that concern the theme. (Gatsby itself makes npm warn "ERESOLVE
 * overriding peer dependency" for its experimental react-server-dom-webpack on every site.)
 */
function themePeerProblems(output: string): string[] {
  return output.split("\n").filter((line) => /While resolving: gatsby-theme-openinfra-live|peer \S+ from gatsby-theme-openinfra-live/.test(line))
}

const FOUNDATION = {
  gatsby: "4.24.0",
  "gatsby-source-filesystem": "4.24.0",
  "gatsby-transformer-remark": "5.24.0",
  react: "17.0.2",
  "react-dom": "17.0.2",
}

/** Started together when the file loads; each test waits for its own. */
const resolutions = {
  foundation: resolve("gatsby-4-react-17", FOUNDATION),
  gatsby5React18: resolve("gatsby-5-react-18", {
    gatsby: "^5.16.0",
    "gatsby-transformer-remark": "^6.16.0",
    "gatsby-source-filesystem": "^5.16.0",
    react: "^18.3.1",
    "react-dom": "^18.3.1",
  }),
  today: resolve(
    "gatsby-5-react-19-decap-3",
    {
      gatsby: "^5.16.1",
      "gatsby-transformer-remark": "^6.16.0",
      "gatsby-source-filesystem": "^5.16.0",
      "gatsby-plugin-decap-cms": "^4.0.4",
      "decap-cms-app": "^3.16.3",
      react: "^19.2.0",
      "react-dom": "^19.2.0",
    },
    { overrides: { graphql: "^16.15.0" } },
  ),
  gatsby3: resolve("gatsby-3", { ...FOUNDATION, gatsby: "3.14.6", "gatsby-source-filesystem": "3.14.0", "gatsby-transformer-remark": "4.11.0" }),
}

describe("npm install of the packed theme", () => {
  it(
    "fits a Gatsby 4.24 / React 17 site, keeping its versions",
    async () => {
      const result = await resolutions.foundation
      if (result.status !== 0) throw new Error(result.output.slice(-4000))
      expect(themePeerProblems(result.output)).toEqual([])
      expect([result.version("gatsby"), result.version("react"), result.version("gatsby-source-filesystem")]).toEqual(["4.24.0", "17.0.2", "4.24.0"])
    },
    5 * 60 * 1000,
  )

  it(
    "fits a Gatsby 5 / React 18 site",
    async () => {
      const result = await resolutions.gatsby5React18
      if (result.status !== 0) throw new Error(result.output.slice(-4000))
      expect(themePeerProblems(result.output)).toEqual([])
      expect(result.version("gatsby")).toMatch(/^5\./)
      expect(result.version("react")).toMatch(/^18\./)
    },
    5 * 60 * 1000,
  )

  it(
    "fits a site started today (Gatsby 5.16, React 19, Decap CMS 3.16), with one graphql given the README's override",
    async () => {
      const result = await resolutions.today
      if (result.status !== 0) throw new Error(result.output.slice(-4000))
      expect(themePeerProblems(result.output)).toEqual([])
      expect([result.version("react"), result.version("decap-cms-app")]).toEqual([expect.stringMatching(/^19\./), expect.stringMatching(/^3\./)])
      // Decap CMS's backends ask for graphql 15; with the override, Gatsby and graphql-compose share one copy.
      expect(result.versions("graphql")).toEqual([expect.stringMatching(/^16\./)])
    },
    5 * 60 * 1000,
  )

  it(
    "refuses a site on a Gatsby the theme does not support, naming the theme's peer range",
    async () => {
      const result = await resolutions.gatsby3
      expect(result.status).not.toBe(0)
      expect(result.output).toContain("ERESOLVE")
      expect(result.output).toMatch(/peer gatsby@"\^4\.24\.0 \|\| \^5\.0\.0" from gatsby-theme-openinfra-live/)
    },
    5 * 60 * 1000,
  )
})
