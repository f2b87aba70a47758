/**
 * `gatsby-theme-openinfra-live cms-config`: the show's CMS collection as YAML
 * (a new config), or, with --config, the theme's fields merged into the site's
 * own entry for the show (see merge-config.ts), printed as a unified diff of the
 * config or written into it with --write.
 */
import fs from "fs"
import path from "path"
import matter from "gray-matter"
import { parseArguments } from "./arguments"
import { collectionYaml } from "./collection-yaml"
import { ConfigError, mergeShowEntry, type Note } from "./merge-config"
import { diffStat, unifiedDiff } from "./unified-diff"

export const CMS_CONFIG_USAGE = `cms-config prints the show's CMS collection as YAML, to paste under \`collections:\` of a
config that has no entry for the show yet:
  --file PATH           the show's file, from the site's root (default src/pages/openinfra-live/index.md);
                        when it exists, the fields follow its top-level order
  --name NAME           the entry's name, which registerOpenInfraLive's \`name\` must match (default: the templateKey)
  --template-key KEY    the show's templateKey (default openinfra-live)

With --config, it fits the theme into the site's own entry for that file instead (a file of a
\`files\` collection, or a folder collection): the site's name, labels, widgets and their options
(a file upload, its media_folder), order and defaults stay; fields of the show's format the site
removed stay out (--add FIELD,… brings them back); the theme's hints, defaults, list summary and
newer fields are added where the entry has none (--omit FIELD,… leaves some out). It prints the
change as a unified diff of the config (\`| git apply\`), or makes it with --write; what it changed
and kept, and the registerOpenInfraLive line for the entry's name, go to standard error.
  --config FILE         the site's CMS config (static/admin/config.yml)
  --write               change the config file instead of printing the diff
  --omit FIELD,…        the theme's fields not to add, as paths: episodes.slug, callToAction
  --add FIELD,…         fields the site removed to add back: episodes.facebookLink`

export interface CommandReport {
  output: string
  summary: string
  exitCode: number
}

interface CmsConfigOptions {
  file: string | null
  templateKey: string | null
  name: string | null
  config: string | null
  write: boolean
  omit: string[]
  add: string[]
}

/** The options of `cms-config`, read by the parser both commands share (arguments.ts). */
export const CMS_CONFIG_OPTIONS = {
  file: "value",
  "template-key": "value",
  name: "value",
  config: "value",
  write: "flag",
  omit: "list",
  add: "list",
} as const

export function parseCmsConfigArguments(
  argv: readonly string[],
): { ok: true; help: true } | { ok: true; help: false; options: CmsConfigOptions } | { ok: false; message: string } {
  const parsed = parseArguments(argv, CMS_CONFIG_OPTIONS, { command: "cms-config", positionals: false })
  if (!parsed.ok || parsed.help) return parsed
  const { values } = parsed
  const options: CmsConfigOptions = {
    file: values.file ?? null,
    templateKey: values["template-key"]?.trim() ?? null,
    name: values.name?.trim() ?? null,
    config: values.config ?? null,
    write: values.write === true,
    omit: values.omit ?? [],
    add: values.add ?? [],
  }
  if (options.config === null) {
    for (const [flag, used] of [
      ["--write", options.write],
      ["--omit", options.omit.length > 0],
      ["--add", options.add.length > 0],
    ] as const) {
      if (used) return { ok: false, message: `${flag} goes with --config.` }
    }
  } else if (options.name !== null) {
    return { ok: false, message: "--name does not go with --config: the entry keeps the name the site gave it." }
  }
  return { ok: true, help: false, options }
}

/** The show file's front matter, or a reason it could not be read. */
function readContent(file: string): { data: Record<string, unknown> | null; problem: string | null } {
  if (!fs.existsSync(file)) return { data: null, problem: "it does not exist" }
  try {
    const data = matter(fs.readFileSync(file, "utf8"), {}).data as Record<string, unknown>
    return { data: { ...data }, problem: null }
  } catch (error) {
    return { data: null, problem: `its front matter is not YAML (${(error as Error).message.split("\n")[0]})` }
  }
}

const registerLine = (name: string) => `registerOpenInfraLive(CMS, { name: ${JSON.stringify(name)} })`

function report(notes: Note[]): string[] {
  const lines: string[] = []
  const list = (title: string, kinds: Array<Note["kind"]>) => {
    const found = notes.filter((note) => kinds.includes(note.kind))
    if (found.length > 0) lines.push(title, ...found.map((note) => `  ${note.path}: ${note.text}`))
  }
  list("Added to the entry:", ["added", "summary", "default"])
  const hints = notes.filter((note) => note.kind === "hint").map((note) => note.path)
  if (hints.length > 0) {
    if (!notes.some((note) => ["added", "summary", "default"].includes(note.kind))) lines.push("Added to the entry:")
    lines.push(`  the theme's hint for editors on ${hints.length} field${hints.length === 1 ? "" : "s"} that had none: ${hints.join(", ")}`)
  }
  list("Kept as the site has it:", ["kept"])
  list("Kept out, as the site's entry has them out:", ["kept out"])
  list("Warnings:", ["warning"])
  return lines
}

export function cmsConfigCommand(argv: readonly string[], cwd: string, usage: string): CommandReport {
  const parsed = parseCmsConfigArguments(argv)
  if (!parsed.ok) return { output: "", summary: `${parsed.message}\n\n${usage}`, exitCode: 2 }
  if (parsed.help) return { output: `${usage}\n`, summary: "", exitCode: 0 }
  const { options } = parsed
  const file = options.file ?? "src/pages/openinfra-live/index.md"

  if (options.config === null) {
    const content = readContent(path.resolve(cwd, file))
    const fileKeys = content.data === null ? [] : Object.keys(content.data)
    const output = collectionYaml({ file: options.file ?? undefined, templateKey: options.templateKey ?? undefined, name: options.name ?? undefined }, fileKeys)
    const name = options.name ?? options.templateKey ?? "openinfra-live"
    // Always: a preview registered under another name than the entry's is the CMS's plain one, and nothing warns.
    const summary = `The entry is named ${JSON.stringify(name)}: register the preview and the ids under that name, in the CMS module:\n  ${
      name === "openinfra-live" ? "registerOpenInfraLive(CMS)" : registerLine(name)
    }`
    return { output, summary, exitCode: 0 }
  }

  const configPath = path.resolve(cwd, options.config)
  if (!fs.existsSync(configPath)) return { output: "", summary: `Not found: ${options.config}`, exitCode: 2 }
  const shown = path.relative(cwd, configPath).split(path.sep).join("/") || options.config
  const before = fs.readFileSync(configPath, "utf8")
  let merged
  let content: ReturnType<typeof readContent> = { data: null, problem: null }
  try {
    merged = mergeShowEntry(before, {
      file,
      fileGiven: options.file !== null,
      templateKey: options.templateKey ?? undefined,
      content: (entryFile) => {
        content = readContent(path.resolve(cwd, entryFile))
        return content.data
      },
      omit: options.omit,
      add: options.add,
    })
  } catch (error) {
    if (error instanceof ConfigError) return { output: "", summary: `${shown}: ${error.message}.`, exitCode: 1 }
    throw error
  }
  const lines = [`${shown}: the show's entry is ${merged.where}, for ${merged.file}.`]
  if (content.problem !== null) lines.push(`(${merged.file} was not read: ${content.problem}. The fields its episodes still use could not be counted.)`)
  lines.push(...report(merged.notes))
  const diff = unifiedDiff(before, merged.text, shown)
  if (diff === "") lines.push("The entry has everything the theme adds: nothing to change.")
  else {
    const { added, removed } = diffStat(diff)
    const size = `${added} line${added === 1 ? "" : "s"} added, ${removed} removed`
    if (options.write) fs.writeFileSync(configPath, merged.text)
    lines.push(options.write ? `Wrote ${shown} (${size}).` : `${size}: apply the diff with \`git apply\`, or run again with --write.`)
  }
  lines.push(
    "In the CMS module, register the theme's preview and ids under the entry's name (in place of a preview the site registers under it):",
    `  ${registerLine(merged.name)}`,
  )
  return { output: options.write ? "" : diff, summary: lines.join("\n"), exitCode: 0 }
}
