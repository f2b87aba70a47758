import { spawn, spawnSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { JSDOM } from "jsdom"

/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const { TEST_NOW } = require("./test-clock") as { TEST_NOW: string }
export { TEST_NOW }

export const REPO = path.join(__dirname, "..", "..")

/**
 * The Gatsby 4 site of the integration test, with its own node_modules. It lives outside the repository:
 * Gatsby looks for queries in every file of a theme's folder but its top node_modules, so a site inside
 * this repository would make the example site's builds read its 700 MB of node_modules.
 */
export const EXISTING_SITE = path.join(os.tmpdir(), "gatsby-theme-openinfra-live-tests", "existing-site")
const GATSBY_CLI = path.join(REPO, "node_modules", "gatsby", "cli.js")

export interface BuildResult {
  status: number | null
  /** stdout and stderr, without terminal colours. */
  output: string
  stdout: string
  seconds: number
}

/**
 * The environment a user's shell would give a command: no Jest variables, no colours, no telemetry;
 * and the tests' clock (every build schedules for TEST_NOW, whatever the day the tests run).
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GATSBY_TELEMETRY_DISABLED: "1",
    CI: "true",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    OPENINFRA_LIVE_NOW: TEST_NOW,
  }
  delete env.JEST_WORKER_ID
  delete env.NODE_ENV
  return env
}

/** Runs a command as a user would (outside Jest's environment), timed, with its output uncoloured. */
export function run(command: string, args: string[], cwd: string, timeoutMinutes = 10): BuildResult {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd, env: userEnv(), encoding: "utf8", timeout: timeoutMinutes * 60 * 1000, maxBuffer: 64 * 1024 * 1024 })
  // eslint-disable-next-line no-control-regex -- the terminal's colour codes start with ESC
  const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}${result.error ? `\n${String(result.error)}` : ""}`.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "")
  return { status: result.status, output, stdout: result.stdout ?? "", seconds: (Date.now() - started) / 1000 }
}

/**
 * Runs `gatsby build` in a site folder: with the site's own Gatsby when it has one (an installed
 * site), else this repository's; on this Node, or on the Node binary `node` names.
 */
export function gatsbyBuild(siteDirectory: string, node: string = process.execPath): BuildResult {
  const own = path.join(siteDirectory, "node_modules", "gatsby", "cli.js")
  return run(node, [fs.existsSync(own) ? own : GATSBY_CLI, "build"], siteDirectory)
}

/**
 * The binary of another Node version, from the `node` npm package (this machine reaches only the npm
 * registry): `npx -p node@14.20.1` fetches it once into npm's cache.
 */
export function nodeBinary(version: string): string {
  const result = run("npx", ["-y", "-p", `node@${version}`, "node", "-e", "process.stdout.write(process.execPath + ' ' + process.version)"], REPO)
  const [binary, reported] = result.stdout.trim().split(" ")
  if (result.status !== 0 || reported !== `v${version}`) throw new Error(`Could not get Node ${version} from npm:\n${result.output}`)
  return binary!
}

/** A built page of a site's public/ folder, as a DOM. */
export function builtPage(siteDirectory: string, pagePath: string): Document {
  const file = path.join(siteDirectory, "public", pagePath, "index.html")
  return new JSDOM(fs.readFileSync(file, "utf8")).window.document
}

/** Every file under a folder, recursively. */
export function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

/** Build-output lines that look like a stack trace ("    at foo (file.js:1:2)"). */
export function stackTraceLines(output: string): string[] {
  return output.split("\n").filter((line) => /^\s+at .+(\(|:\d+:\d+)/.test(line))
}

/** The theme as `npm pack` made it for this test run (see pack-theme.js, the integration tests' globalSetup). */
export function packedTheme(): { tarball: string; files: string[] } {
  return JSON.parse(fs.readFileSync(path.join(REPO, ".tmp", "pack", "pack.json"), "utf8")) as { tarball: string; files: string[] }
}

/**
 * The stand-in for YouTube's image host (scripts/thumbnail-mirror.js) in a process of its own: the
 * builds run with spawnSync, which would keep a server in the test's own process from answering.
 */
export async function startThumbnailMirrorProcess(missing: readonly string[]): Promise<{ url: string; close: () => void }> {
  const child = spawn(process.execPath, [path.join(REPO, "scripts", "thumbnail-mirror.js"), ...missing], { stdio: ["ignore", "pipe", "inherit"] })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()))
    child.once("exit", (code) => reject(new Error(`the thumbnail mirror exited (${code})`)))
  })
  return { url, close: () => void child.kill() }
}

/** The site of scripts/packed-site.js (the packed theme in a site laid out like the foundation's), typed. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain-JS script the benchmark shares
export const { writePackedSite } = require("../../scripts/packed-site.js") as {
  writePackedSite: (
    directory: string,
    options: {
      tarball: string
      siteUrl?: string
      config?: Record<string, unknown>
      themeOptions?: Record<string, unknown> | null
      files?: Record<string, string>
    },
  ) => void
}
