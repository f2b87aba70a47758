/**
 * The one argument parser of the command line (check and cms-config). Node 14.15+ has no
 * util.parseArgs (Node 16.17/18.3), and the rules are few:
 *
 * - `--name VALUE` and `--name=VALUE` are the same; `=` is the way to give a value that starts
 *   with "-" (a separate argument that starts with "-" is the next option, never a value).
 * - An option that takes a value and gets none, or a blank one, is an error naming the option.
 * - An unknown option is an error naming it; so is a value given to an option that takes none.
 * - Repeated: a "value" option keeps the last one given; a "list" option (FIELD,…) adds them all up.
 * - `-h` or `--help` anywhere before `--` asks for help, whatever else the line says.
 * - `--` ends the options: what follows is positional, even when it starts with "-". A lone "-" is
 *   positional too.
 * - Positional arguments go to the command when it takes any, else they are an error.
 */

/** "flag": no value; "value": one value, the last given wins; "list": comma-separated values, every use adds. */
export type OptionKind = "flag" | "value" | "list"

/** The options a command takes, by their long name without the dashes. */
export type OptionKinds = Readonly<Record<string, OptionKind>>

/** What was given, by option name: true for a flag, the value, or the list's items (only the options given). */
export type OptionValues<Kinds extends OptionKinds> = {
  [Name in keyof Kinds]?: Kinds[Name] extends "flag" ? true : Kinds[Name] extends "value" ? string : string[]
}

export type ParsedArguments<Kinds extends OptionKinds> =
  { ok: true; help: true } | { ok: true; help: false; values: OptionValues<Kinds>; positionals: string[] } | { ok: false; message: string }

export interface ParseSettings {
  /** The command's name, for messages. */
  command: string
  /** Whether the command takes positional arguments (files, folders). */
  positionals: boolean
}

const HELP = new Set(["-h", "--help"])

/** An argument that names an option (and so can never be a separate value). */
const isOption = (argument: string) => argument.startsWith("-") && argument !== "-"

export function parseArguments<Kinds extends OptionKinds>(argv: readonly string[], kinds: Kinds, settings: ParseSettings): ParsedArguments<Kinds> {
  const end = argv.indexOf("--")
  const options = end === -1 ? argv : argv.slice(0, end)
  if (options.some((argument) => HELP.has(argument))) return { ok: true, help: true }

  const values: Record<string, true | string | string[]> = {}
  const positionals: string[] = []
  for (let index = 0; index < options.length; index += 1) {
    const argument = options[index]!
    if (!isOption(argument)) {
      if (!settings.positionals) return { ok: false, message: `Unexpected argument "${argument}": ${settings.command} takes options only.` }
      positionals.push(argument)
      continue
    }
    const equals = argument.indexOf("=")
    const flag = equals === -1 ? argument : argument.slice(0, equals)
    if (HELP.has(flag)) return { ok: false, message: `${flag} takes no value.` }
    const name = flag.slice(2)
    const kind = flag.startsWith("--") && Object.prototype.hasOwnProperty.call(kinds, name) ? kinds[name] : undefined
    if (kind === undefined) return { ok: false, message: `Unknown option ${flag}.` }
    if (kind === "flag") {
      if (equals !== -1) return { ok: false, message: `${flag} takes no value.` }
      values[name] = true
      continue
    }
    let value: string
    if (equals !== -1) value = argument.slice(equals + 1)
    else {
      const next = options[index + 1]
      if (next === undefined) return { ok: false, message: `${flag} takes a value.` }
      if (isOption(next))
        return { ok: false, message: `${flag} takes a value: ${next} is an option (for a value that starts with "-", write ${flag}=${next}).` }
      value = next
      index += 1
    }
    if (value.trim() === "") return { ok: false, message: `${flag} takes a value.` }
    if (kind === "value") {
      values[name] = value
      continue
    }
    const items = value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "")
    if (items.length === 0) return { ok: false, message: `${flag} takes a value.` }
    const list = values[name]
    values[name] = Array.isArray(list) ? [...list, ...items] : items
  }
  if (end !== -1) {
    const rest = argv.slice(end + 1)
    if (!settings.positionals && rest.length > 0) return { ok: false, message: `Unexpected argument "${rest[0]!}": ${settings.command} takes options only.` }
    positionals.push(...rest)
  }
  return { ok: true, help: false, values: values as OptionValues<Kinds>, positionals }
}
