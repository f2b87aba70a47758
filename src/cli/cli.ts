/**
 * `gatsby-theme-openinfra-live check [files or folders]`: the build's content
 * checks without Gatsby, for editors, pre-commit hooks and CI. And
 * `gatsby-theme-openinfra-live cms-config`: the show's CMS entry (see
 * src/cli/config-command.ts).
 */
import fs from "fs"
import path from "path"
import { parseArguments } from "./arguments"
import { CMS_CONFIG_USAGE, cmsConfigCommand } from "./config-command"
import { checkMarkdown } from "../content/check"
import type { Problem } from "../content/normalize"
import { DEFAULTS } from "../content/options"
import { displayPath, isMarkdownFile } from "../build/sourcing"

export const USAGE = `Usage: gatsby-theme-openinfra-live check [options] [files or folders…]
       gatsby-theme-openinfra-live cms-config [--file PATH] [--name NAME] [--template-key KEY]
       gatsby-theme-openinfra-live cms-config --config FILE [--write] [--file PATH] [--omit FIELD,…] [--add FIELD,…]

Checks the show's markdown files (those whose templateKey is the show's) as
\`gatsby build\` would, without Gatsby. Folders are searched for .md files;
with none given, src/pages (else the current folder).

Options:
  --strict              exit 1 on warnings too (default: on errors only; info notes never)
  --format text|json    text: one "file:line:column: error|warning|info: message" per line (default)
  --template-key KEY    the show's templateKey (default: ${DEFAULTS.templateKey})
  --site DIR            the site's folder, whose static/ holds hand-made invites (default: the
                        nearest folder above each file with a gatsby-config, else .)
  -h, --help            this text
  --                    what follows is a file or folder, even when it starts with -

An option's value follows it as --site DIR or --site=DIR (the way to give a value that starts
with -); given twice, the last one counts (--omit and --add add up).

Exit status: 0 when clean, 1 on errors (or warnings with --strict), 2 on a usage problem.

${CMS_CONFIG_USAGE}

Exit status of cms-config: 0 when done, 1 when the config cannot be read or has no entry
for the file, 2 on a usage problem.`

export interface CliOptions {
  strict: boolean
  format: "text" | "json"
  templateKey: string
  /** The --site folder, or null to find each file's site. */
  site: string | null
  paths: string[]
}

export type Parsed = { ok: true; options: CliOptions } | { ok: false; message: string } | { ok: true; help: true }

/** The options of `check`, read by the parser both commands share (arguments.ts). */
export const CHECK_OPTIONS = { strict: "flag", format: "value", "template-key": "value", site: "value" } as const

export function parseCheckArguments(argv: readonly string[], cwd: string): Parsed {
  const [command, ...rest] = argv
  if (command === "-h" || command === "--help" || command === "help") return { ok: true, help: true }
  if (command !== "check")
    return {
      ok: false,
      message: command === undefined ? "Name a command: check or cms-config." : `Unknown command "${command}": the commands are check and cms-config.`,
    }
  const parsed = parseArguments(rest, CHECK_OPTIONS, { command: "check", positionals: true })
  if (!parsed.ok || parsed.help) return parsed
  const { values } = parsed
  const format = values.format ?? "text"
  if (format !== "text" && format !== "json") return { ok: false, message: `--format takes text or json, not ${format}.` }
  const options: CliOptions = {
    strict: values.strict === true,
    format,
    templateKey: values["template-key"]?.trim() ?? DEFAULTS.templateKey,
    site: values.site === undefined ? null : path.resolve(cwd, values.site),
    paths: parsed.positionals.map((target) => path.resolve(cwd, target)),
  }
  if (options.paths.length === 0) {
    const root = options.site ?? cwd
    const pages = path.join(root, "src", "pages")
    options.paths.push(fs.existsSync(pages) ? pages : root)
  }
  return { ok: true, options }
}

/** The nearest folder at or above `file`'s that holds a gatsby-config, else `fallback`. */
export function siteOf(file: string, fallback: string): string {
  for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
    if (["js", "ts", "mjs", "cjs"].some((extension) => fs.existsSync(path.join(folder, `gatsby-config.${extension}`)))) return folder
    if (path.dirname(folder) === folder) return fallback
  }
}

const SKIPPED_FOLDERS = new Set(["node_modules", "public", ".cache", ".git"])

/** The markdown files under a file or folder (a file is taken as it is). */
export function markdownFiles(target: string): string[] {
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return [target]
  return fs
    .readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(target, entry.name)
      if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) || entry.name.startsWith(".") ? [] : markdownFiles(full)
      return isMarkdownFile(path.extname(entry.name).slice(1)) ? [full] : []
    })
}

export interface Report {
  /** What to print on standard output. */
  output: string
  /** A summary for standard error. */
  summary: string
  exitCode: number
}

/** Runs the command; all output is returned, nothing is printed. */
export function run(argv: readonly string[], cwd: string): Report {
  if (argv[0] === "cms-config") return cmsConfigCommand(argv.slice(1), cwd, USAGE)
  const parsed = parseCheckArguments(argv, cwd)
  if (!parsed.ok) return { output: "", summary: `${parsed.message}\n\n${USAGE}`, exitCode: 2 }
  if ("help" in parsed) return { output: `${USAGE}\n`, summary: "", exitCode: 0 }
  const { options } = parsed
  const missing = options.paths.filter((target) => !fs.existsSync(target))
  if (missing.length > 0) return { output: "", summary: `Not found: ${missing.map((target) => displayPath(cwd, target)).join(", ")}`, exitCode: 2 }

  const files = [...new Set(options.paths.flatMap(markdownFiles))]
  const checked: Array<{ file: string; problems: Problem[] }> = []
  for (const absolute of files) {
    const file = displayPath(cwd, absolute)
    const site = options.site ?? siteOf(absolute, cwd)
    const result = checkMarkdown(fs.readFileSync(absolute, "utf8"), {
      file,
      templateKey: options.templateKey,
      basePath: null,
      generateInvites: true,
      episodePages: true,
      staticFileExists: (relative) => fs.existsSync(path.join(site, "static", relative)),
    })
    // In the order of the file, as an editor reads it.
    const byLine = [...result.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    if (result.isShow) checked.push({ file, problems: byLine })
  }
  const problems = checked.flatMap((entry) => entry.problems)
  const errors = problems.filter((problem) => problem.level === "error").length
  const warnings = problems.filter((problem) => problem.level === "warning").length
  // Info notes say how a rule read a field (a midnight-UTC date as a day without a time): printed, never failing.
  const infos = problems.filter((problem) => problem.level === "info").length
  const noShow = checked.length === 0
  const failed = noShow || errors > 0 || (options.strict && warnings > 0)
  const output =
    options.format === "json"
      ? `${JSON.stringify(
          {
            files: checked.map(({ file, problems: found }) => ({
              file,
              problems: found.map(({ level, line, column, text, path: field }) => ({ level, line, column, message: text, field: field.join(".") })),
            })),
            errors,
            warnings,
            infos,
          },
          null,
          2,
        )}\n`
      : problems
          .map((problem) => `${problem.file}${problem.line === null ? "" : `:${problem.line}:${problem.column}`}: ${problem.level}: ${problem.text}\n`)
          .join("")
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`
  const summary = noShow
    ? `No markdown file with templateKey "${options.templateKey}" in ${options.paths.map((target) => displayPath(cwd, target) || ".").join(", ")} (${count(files.length, "markdown file")} read).`
    : `${count(errors, "error")}, ${count(warnings, "warning")}${infos > 0 ? `, ${count(infos, "note")}` : ""} in ${checked.map((entry) => entry.file).join(", ")}.`
  return { output, summary, exitCode: failed ? 1 : 0 }
}
