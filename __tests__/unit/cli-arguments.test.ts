/**
 * The one argument parser of `check` and `cms-config` (src/cli/arguments.ts), and the two commands
 * reading the same line the same way through it.
 */
import path from "path"
import { parseArguments } from "../../src/cli/arguments"
import { parseCheckArguments, run } from "../../src/cli/cli"
import { parseCmsConfigArguments } from "../../src/cli/config-command"

const KINDS = { strict: "flag", site: "value", omit: "list" } as const
const parse = (argv: string[], positionals = true) => parseArguments(argv, KINDS, { command: "demo", positionals })

describe("parseArguments", () => {
  it("reads nothing as nothing", () => {
    expect(parse([])).toEqual({ ok: true, help: false, values: {}, positionals: [] })
  })

  it("reads a flag, and a flag given twice", () => {
    expect(parse(["--strict"])).toEqual({ ok: true, help: false, values: { strict: true }, positionals: [] })
    expect(parse(["--strict", "--strict"])).toMatchObject({ ok: true, values: { strict: true } })
  })

  it("reads a value as --name VALUE and as --name=VALUE alike", () => {
    expect(parse(["--site", "web"])).toMatchObject({ ok: true, values: { site: "web" }, positionals: [] })
    expect(parse(["--site=web"])).toMatchObject({ ok: true, values: { site: "web" }, positionals: [] })
    // Only the first = splits.
    expect(parse(["--site=a=b"])).toMatchObject({ ok: true, values: { site: "a=b" } })
  })

  it("keeps the last of a value given twice", () => {
    expect(parse(["--site", "a", "--site=b"])).toMatchObject({ ok: true, values: { site: "b" } })
  })

  it("splits a list at commas, and adds up a list given twice", () => {
    expect(parse(["--omit", "a, b,,c"])).toMatchObject({ ok: true, values: { omit: ["a", "b", "c"] } })
    expect(parse(["--omit", "a", "--omit=b,c"])).toMatchObject({ ok: true, values: { omit: ["a", "b", "c"] } })
  })

  it("names the option that takes a value and got none", () => {
    expect(parse(["--site"])).toEqual({ ok: false, message: "--site takes a value." })
    expect(parse(["--site="])).toEqual({ ok: false, message: "--site takes a value." })
    expect(parse(["--site", " "])).toEqual({ ok: false, message: "--site takes a value." })
    expect(parse(["--omit", ","])).toEqual({ ok: false, message: "--omit takes a value." })
  })

  it("takes no option as another's value; = gives a value that starts with -", () => {
    expect(parse(["--site", "--strict"])).toEqual({
      ok: false,
      message: '--site takes a value: --strict is an option (for a value that starts with "-", write --site=--strict).',
    })
    expect(parse(["--site", "-x"])).toMatchObject({ ok: false, message: expect.stringMatching(/^--site takes a value: -x is an option/) })
    expect(parse(["--site=-x"])).toMatchObject({ ok: true, values: { site: "-x" } })
    // A lone - is a value (and a positional argument).
    expect(parse(["--site", "-"])).toMatchObject({ ok: true, values: { site: "-" } })
    expect(parse(["-"])).toMatchObject({ ok: true, positionals: ["-"] })
  })

  it("names an unknown option, with or without a value", () => {
    expect(parse(["--frobnicate"])).toEqual({ ok: false, message: "Unknown option --frobnicate." })
    expect(parse(["--frobnicate=3"])).toEqual({ ok: false, message: "Unknown option --frobnicate." })
    expect(parse(["-s"])).toEqual({ ok: false, message: "Unknown option -s." })
    // A short spelling of a known option is not one.
    expect(parse(["-site", "web"])).toEqual({ ok: false, message: "Unknown option -site." })
    // Names are not looked up on Object.prototype.
    expect(parse(["--constructor"])).toEqual({ ok: false, message: "Unknown option --constructor." })
    expect(parse(["--toString=x"])).toEqual({ ok: false, message: "Unknown option --toString." })
  })

  it("names a flag given a value", () => {
    expect(parse(["--strict=yes"])).toEqual({ ok: false, message: "--strict takes no value." })
    expect(parse(["--help=yes"])).toEqual({ ok: false, message: "--help takes no value." })
  })

  it("asks for help on -h or --help anywhere before --, whatever else the line says", () => {
    for (const argv of [["-h"], ["--help"], ["--strict", "--help"], ["--frobnicate", "-h"], ["--site", "--help"], ["file.md", "--help", "--site"]])
      expect(parse(argv)).toEqual({ ok: true, help: true })
    expect(parse(["--", "--help"])).toEqual({ ok: true, help: false, values: {}, positionals: ["--help"] })
  })

  it("keeps positional arguments in order, around the options", () => {
    expect(parse(["a.md", "--strict", "b", "--site", "web", "c"])).toEqual({
      ok: true,
      help: false,
      values: { strict: true, site: "web" },
      positionals: ["a.md", "b", "c"],
    })
  })

  it("ends the options at --", () => {
    expect(parse(["--strict", "--", "--site", "-x.md", "--"])).toEqual({
      ok: true,
      help: false,
      values: { strict: true },
      positionals: ["--site", "-x.md", "--"],
    })
    // A value option right before -- has none.
    expect(parse(["--site", "--", "a"])).toMatchObject({ ok: false, message: "--site takes a value." })
  })

  it("refuses positional arguments for a command that takes none, naming the argument", () => {
    expect(parse(["file.md"], false)).toEqual({ ok: false, message: 'Unexpected argument "file.md": demo takes options only.' })
    expect(parse(["--", "x"], false)).toEqual({ ok: false, message: 'Unexpected argument "x": demo takes options only.' })
    expect(parse(["--"], false)).toEqual({ ok: true, help: false, values: {}, positionals: [] })
  })
})

describe("check's arguments", () => {
  const cwd = path.join(path.sep, "site")

  it("reads every option, in both spellings", () => {
    const expected = {
      ok: true,
      options: { strict: true, format: "json", templateKey: "weekly-show", site: path.join(cwd, "web"), paths: [path.join(cwd, "content")] },
    }
    expect(parseCheckArguments(["check", "--strict", "--format", "json", "--template-key", " weekly-show ", "--site", "web", "content"], cwd)).toEqual(expected)
    expect(parseCheckArguments(["check", "--strict", "--format=json", "--template-key=weekly-show", "--site=web", "content"], cwd)).toEqual(expected)
  })

  it("defaults: text, the theme's templateKey, each file's site, src/pages else the folder", () => {
    expect(parseCheckArguments(["check"], cwd)).toEqual({
      ok: true,
      options: { strict: false, format: "text", templateKey: "openinfra-live", site: null, paths: [cwd] },
    })
  })

  it("checks --format's value, and names the option missing a value", () => {
    expect(parseCheckArguments(["check", "--format=xml"], cwd)).toEqual({ ok: false, message: "--format takes text or json, not xml." })
    for (const flag of ["--format", "--template-key", "--site"]) {
      expect(parseCheckArguments(["check", flag], cwd)).toEqual({ ok: false, message: `${flag} takes a value.` })
      expect(parseCheckArguments(["check", flag, "--strict"], cwd)).toMatchObject({
        ok: false,
        message: expect.stringMatching(new RegExp(`^${flag} takes a value`)),
      })
    }
  })

  it("names the command it does not know, and the option", () => {
    expect(parseCheckArguments([], cwd)).toEqual({ ok: false, message: "Name a command: check or cms-config." })
    expect(parseCheckArguments(["lint"], cwd)).toMatchObject({ ok: false, message: expect.stringMatching(/^Unknown command "lint"/) })
    expect(parseCheckArguments(["check", "--stric"], cwd)).toEqual({ ok: false, message: "Unknown option --stric." })
    for (const argv of [["help"], ["-h"], ["--help"], ["check", "--frobnicate", "--help"]])
      expect(parseCheckArguments(argv, cwd)).toEqual({ ok: true, help: true })
  })

  it("takes a file that starts with - after --", () => {
    expect(parseCheckArguments(["check", "--", "-draft.md"], cwd)).toMatchObject({ ok: true, options: { paths: [path.join(cwd, "-draft.md")] } })
  })
})

describe("cms-config's arguments", () => {
  it("reads every option, in both spellings", () => {
    const expected = {
      ok: true,
      help: false,
      options: {
        file: "src/pages/live.md",
        templateKey: "weekly-show",
        name: null,
        config: "static/admin/config.yml",
        write: true,
        omit: ["episodes.slug", "callToAction"],
        add: ["episodes.facebookLink"],
      },
    }
    const spaced = [
      "--file",
      "src/pages/live.md",
      "--template-key",
      "weekly-show",
      "--config",
      "static/admin/config.yml",
      "--write",
      "--omit",
      "episodes.slug,callToAction",
      "--add",
      "episodes.facebookLink",
    ]
    expect(parseCmsConfigArguments(spaced)).toEqual(expected)
    expect(
      parseCmsConfigArguments([
        "--file=src/pages/live.md",
        "--template-key=weekly-show",
        "--config=static/admin/config.yml",
        "--write",
        "--omit=episodes.slug",
        "--omit=callToAction",
        "--add=episodes.facebookLink",
      ]),
    ).toEqual(expected)
    expect(parseCmsConfigArguments(["--name=live"])).toMatchObject({ ok: true, options: { name: "live" } })
  })

  it("names what is wrong", () => {
    expect(parseCmsConfigArguments(["--file"])).toEqual({ ok: false, message: "--file takes a value." })
    expect(parseCmsConfigArguments(["--config", "--write"])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^--config takes a value: --write is an option/),
    })
    expect(parseCmsConfigArguments(["--frobnicate=1"])).toEqual({ ok: false, message: "Unknown option --frobnicate." })
    expect(parseCmsConfigArguments(["--write=yes"])).toEqual({ ok: false, message: "--write takes no value." })
    expect(parseCmsConfigArguments(["index.md"])).toEqual({ ok: false, message: 'Unexpected argument "index.md": cms-config takes options only.' })
    expect(parseCmsConfigArguments(["--omit=slug"])).toEqual({ ok: false, message: "--omit goes with --config." })
    expect(parseCmsConfigArguments(["--config=c.yml", "--name=x"])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^--name does not go with --config/),
    })
    // Help wins, as for check.
    expect(parseCmsConfigArguments(["--write", "--help"])).toEqual({ ok: true, help: true })
  })
})

describe("the two commands read a line alike", () => {
  const summary = (argv: string[]) => run(argv, "/").summary.split("\n")[0]

  it("with the same messages for the same mistakes", () => {
    expect(summary(["check", "--frobnicate"])).toBe(summary(["cms-config", "--frobnicate"]))
    expect(summary(["check", "--template-key"])).toBe(summary(["cms-config", "--template-key"]))
    expect(summary(["check", "--template-key="])).toBe(summary(["cms-config", "--template-key="]))
    expect(summary(["check", "--template-key", "--strict"])).toBe(
      '--template-key takes a value: --strict is an option (for a value that starts with "-", write --template-key=--strict).',
    )
    expect(run(["cms-config", "--template-key", "--write"], "/").summary).toMatch(/^--template-key takes a value: --write is an option/)
    for (const argv of [
      ["check", "--frobnicate"],
      ["cms-config", "--frobnicate"],
      ["cms-config", "x"],
    ])
      expect(run(argv, "/").exitCode).toBe(2)
  })

  it("and the same help", () => {
    const help = run(["check", "--help"], "/")
    expect(help).toMatchObject({ exitCode: 0, summary: "" })
    expect(run(["cms-config", "-h"], "/")).toEqual(help)
    expect(run(["cms-config", "--write", "--help"], "/")).toEqual(help)
    expect(help.output).toContain("--site=DIR")
  })
})
