import { spawnSync } from "child_process"
import fs from "fs"
import path from "path"
import { JSDOM } from "jsdom"

export const REPO = path.join(__dirname, "..", "..")
const GATSBY_CLI = path.join(REPO, "node_modules", "gatsby", "cli.js")

export interface BuildResult {
  status: number | null
  /** stdout and stderr, without terminal colours. */
  output: string
  seconds: number
}

/** Runs `gatsby build` in a site folder, as a user would (outside Jest's environment). */
export function gatsbyBuild(siteDirectory: string): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, GATSBY_TELEMETRY_DISABLED: "1", CI: "true", NO_COLOR: "1", FORCE_COLOR: "0" }
  delete env.JEST_WORKER_ID
  delete env.NODE_ENV
  const started = Date.now()
  const result = spawnSync(process.execPath, [GATSBY_CLI, "build"], { cwd: siteDirectory, env, encoding: "utf8", timeout: 10 * 60 * 1000 })
  const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "")
  return { status: result.status, output, seconds: (Date.now() - started) / 1000 }
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
