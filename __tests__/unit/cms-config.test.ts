/**
 * `cms-config`: the collection for a new config, and, with --config, the theme fitted into a site's
 * own entry (fixtures/cms: a made-up foundation's config and show in the shapes of a real site's: a
 * `files` collection shared with guests.md, flow style, a file upload for invites, fields the site
 * removed), as a diff that `git apply` takes.
 */
import { spawnSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { stringify } from "yaml"
import { collectionYaml } from "../../src/cli/collection-yaml"
import { showCollection } from "../../src/cms/collection"
import { flowValue, mergeShowEntry } from "../../src/cli/merge-config"
import { unifiedDiff } from "../../src/cli/unified-diff"
import { run } from "../../src/cli/cli"
import { cmsListSummary, cmsRead } from "../helpers/cms"

const FIXTURES = path.join(__dirname, "..", "fixtures")
const FOUNDATION_CONFIG = fs.readFileSync(path.join(FIXTURES, "cms", "foundation-config.yml"), "utf8")
const FOUNDATION_SHOW = fs.readFileSync(path.join(FIXTURES, "cms", "foundation-show.md"), "utf8")
const SHOW_FILE = "src/pages/openinfra-live/index.md"
const DECAP = path.dirname(require.resolve("decap-cms-app/package.json"))
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml1 = require(require.resolve("yaml", { paths: [DECAP] })) as { parse: (text: string) => unknown }

interface Field {
  name: string
  widget?: string
  fields?: Field[]
  [key: string]: unknown
}
interface Config {
  collections: Array<{ name: string; folder?: string; fields?: Field[]; files?: Array<{ name: string; file: string; fields: Field[] }> }>
}

/** The config as the CMSs read it (yaml 1, which takes the config's flow lists). */
const readConfig = (text: string) => yaml1.parse(text) as Config
const showEntry = (config: Config) => config.collections.find((collection) => collection.name === "openinfra-live-page")!.files![0]!
const field = (fields: Field[], name: string) => fields.find((item) => item.name === name)
const names = (fields: Field[]) => fields.map((item) => item.name)

/** A site folder with the config and the show file, for the command. */
function site(config: string, show: string | null = FOUNDATION_SHOW): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "oil-cms-config-"))
  fs.mkdirSync(path.join(root, "static", "admin"), { recursive: true })
  fs.writeFileSync(path.join(root, "static", "admin", "config.yml"), config)
  if (show !== null) {
    fs.mkdirSync(path.join(root, "src", "pages", "openinfra-live"), { recursive: true })
    fs.writeFileSync(path.join(root, SHOW_FILE), show)
  }
  return root
}

describe("cms-config without --config (a collection for a new config)", () => {
  it("prints the theme's collection as before, and how to register the preview under the entry's name", () => {
    const report = run(["cms-config", "--file", SHOW_FILE], fs.mkdtempSync(path.join(os.tmpdir(), "oil-")))
    expect(report).toEqual({
      output: stringify([showCollection({ file: SHOW_FILE })], { lineWidth: 0 }),
      summary: 'The entry is named "openinfra-live": register the preview and the ids under that name, in the CMS module:\n  registerOpenInfraLive(CMS)',
      exitCode: 0,
    })
  })

  it("names the entry and says how to register it, and follows the show file's order of top-level keys", () => {
    const root = site("collections: []\n", "---\ntemplateKey: openinfra-live\nepisodes: []\nhero:\n  title: x\nseo: {}\n---\n")
    const report = run(["cms-config", "--name", "openinfra-live-page"], root)
    expect(report.summary).toContain('registerOpenInfraLive(CMS, { name: "openinfra-live-page" })')
    const entry = readConfig(`collections:\n${report.output}`).collections[0]!.files![0]!
    expect(entry.name).toBe("openinfra-live-page")
    // The CMSs write the file's top-level keys in the fields' order: the file's own, so its first save moves nothing.
    expect(names(entry.fields).filter((name) => ["templateKey", "seo", "hero", "episodes"].includes(name))).toEqual(["templateKey", "episodes", "hero", "seo"])
    expect(collectionYaml({}, [])).toBe(stringify([showCollection()], { lineWidth: 0 }))
  })

  it("answers --help and refuses what it does not know", () => {
    expect(run(["cms-config", "--help"], "/").output).toContain("--config FILE")
    expect(run(["cms-config", "--frobnicate"], "/")).toMatchObject({ exitCode: 2, summary: expect.stringContaining("Unknown option --frobnicate.") })
    expect(run(["cms-config", "--file"], "/")).toMatchObject({ exitCode: 2, summary: expect.stringContaining("--file takes a value.") })
    expect(run(["cms-config", "--write"], "/")).toMatchObject({ exitCode: 2, summary: expect.stringContaining("--write goes with --config.") })
  })
})

describe("cms-config --config on the foundation-shaped config", () => {
  const merged = () => mergeShowEntry(FOUNDATION_CONFIG, { content: cmsRead(FOUNDATION_SHOW) })

  it("finds the show's file in the files collection it shares with guests.md, and keeps the entry's name", () => {
    const result = merged()
    expect(result).toMatchObject({ name: "openinfra-live-page", file: SHOW_FILE })
    expect(result.where).toBe('the file "openinfra-live-page" of the files collection "openinfra-live-page"')
    const before = readConfig(FOUNDATION_CONFIG)
    const after = readConfig(result.text)
    expect(after.collections.map((collection) => collection.name)).toEqual(before.collections.map((collection) => collection.name))
    const files = after.collections.find((collection) => collection.name === "openinfra-live-page")!.files!
    expect(files.map((file) => [file.name, file.file])).toEqual([
      ["openinfra-live-page", SHOW_FILE],
      ["openinfra-live-guests-page", "src/pages/openinfra-live/guests.md"],
    ])
    expect(files[1]).toEqual(before.collections.find((collection) => collection.name === "openinfra-live-page")!.files![1])
  })

  it("changes nothing outside the entry, byte for byte", () => {
    const { text } = merged()
    const start = FOUNDATION_CONFIG.indexOf('      - file: "src/pages/openinfra-live/index.md"')
    const end = FOUNDATION_CONFIG.indexOf('      - file: "src/pages/openinfra-live/guests.md"')
    expect(text.startsWith(FOUNDATION_CONFIG.slice(0, start))).toBe(true)
    expect(text.endsWith(FOUNDATION_CONFIG.slice(end))).toBe(true)
  })

  it("keeps the site's widgets and their options, labels, defaults, order and the fields it removed", () => {
    const before = showEntry(readConfig(FOUNDATION_CONFIG))
    const after = showEntry(readConfig(merged().text))
    const episodes = field(after.fields, "episodes")!.fields!
    expect(field(episodes, "calendarInvite")).toEqual({ ...field(field(before.fields, "episodes")!.fields!, "calendarInvite") })
    expect(field(episodes, "calendarInvite")).toMatchObject({ widget: "file", media_folder: "/static/invites", public_folder: "/static/invites" })
    expect(field(episodes, "hidden")).toMatchObject({ label: "Draft", widget: "boolean", default: true })
    expect(field(episodes, "date")).toMatchObject({ label: "Air Date (UTC)", widget: "datetime", picker_utc: true, time_format: "HH:mm" })
    expect(field(field(after.fields, "seo")!.fields!, "description")).toMatchObject({ widget: "string" })
    // Facebook was removed from the site's entry: it stays out.
    expect(field(episodes, "facebookLink")).toBeUndefined()
    // The site's order, then what the theme adds.
    const siteEpisodes = names(field(before.fields, "episodes")!.fields!)
    expect(names(episodes).slice(0, siteEpisodes.length)).toEqual(siteEpisodes)
    expect(names(episodes).slice(siteEpisodes.length)).toEqual(["id", "topics", "slug"])
    expect(names(after.fields).slice(0, names(before.fields).length)).toEqual(names(before.fields))
  })

  it("adds what the theme needs and its newer fields, its hints where the site has none, and the list's summary", () => {
    const after = showEntry(readConfig(merged().text))
    const theme = showCollection().files as Array<{ fields: Field[] }>
    const themeEpisodes = field(theme[0]!.fields, "episodes")!
    const episodes = field(after.fields, "episodes")!
    expect(field(episodes.fields!, "id")).toEqual(field(themeEpisodes.fields!, "id"))
    expect(episodes).toMatchObject({ summary: themeEpisodes.summary, label_singular: "episode", add_to_top: true })
    expect(field(episodes.fields!, "youtubeEmbed")).toMatchObject({ label: "YouTube Player", hint: field(themeEpisodes.fields!, "youtubeEmbed")!.hint })
    // The site's own hint stays.
    expect(field(episodes.fields!, "calendarInvite")!.hint).toBe("An .ics file, exported from any calendar app")
    for (const name of ["callToAction"]) expect(field(after.fields, name)).toEqual(field(theme[0]!.fields, name))
    expect(names(field(after.fields, "hero")!.fields!)).toEqual(["title", "description", ...names(field(theme[0]!.fields, "hero")!.fields!).slice(2)])
    expect(field(field(after.fields, "footer")!.fields!, "display")).toMatchObject({ label: "Show the Box", default: true })
  })

  it("says what it added and kept, and how to register the preview under the entry's name", () => {
    const root = site(FOUNDATION_CONFIG)
    const report = run(["cms-config", "--config", "static/admin/config.yml"], root)
    expect(report.exitCode).toBe(0)
    expect(report.summary).toContain(
      'static/admin/config.yml: the show\'s entry is the file "openinfra-live-page" of the files collection "openinfra-live-page"',
    )
    expect(report.summary).toContain("  episodes.id: ")
    expect(report.summary).toContain(
      "  episodes.calendarInvite: the site's widget file (media_folder /static/invites, public_folder /static/invites); the theme's is string",
    )
    expect(report.summary).toContain("  episodes.hidden: the site's default true: a new episode starts as a draft (the theme's is false)")
    expect(report.summary).toContain("  episodes.facebookLink: not in the site's entry, so left out (0 of 73 in the file have one; the build still reads it)")
    expect(report.summary).toContain(
      "Warnings:\n  episodes.date: time_format without date_format: fine in Netlify CMS 2, but Decap CMS 3 makes it a time-only picker",
    )
    expect(report.summary).toMatch(/\n {2}registerOpenInfraLive\(CMS, \{ name: "openinfra-live-page" \}\)$/)
    // Nothing was written: the change is the diff on standard output, which git applies.
    expect(fs.readFileSync(path.join(root, "static", "admin", "config.yml"), "utf8")).toBe(FOUNDATION_CONFIG)
    expect(report.output).toBe(unifiedDiff(FOUNDATION_CONFIG, merged().text, "static/admin/config.yml"))
    spawnSync("git", ["init", "-q"], { cwd: root })
    const applied = spawnSync("git", ["apply", "-"], { cwd: root, input: report.output, encoding: "utf8" })
    expect(applied.stderr).toBe("")
    expect(fs.readFileSync(path.join(root, "static", "admin", "config.yml"), "utf8")).toBe(merged().text)
  })

  it("writes the config with --write, and has nothing more to do the second time", () => {
    const root = site(FOUNDATION_CONFIG)
    const first = run(["cms-config", "--config", "static/admin/config.yml", "--write"], root)
    expect(first.output).toBe("")
    expect(first.summary).toMatch(/Wrote static\/admin\/config\.yml \(\d+ lines added, \d+ removed\)\./)
    expect(fs.readFileSync(path.join(root, "static", "admin", "config.yml"), "utf8")).toBe(merged().text)
    const second = run(["cms-config", "--config", "static/admin/config.yml"], root)
    expect(second.output).toBe("")
    expect(second.summary).toContain("nothing to change")
  })

  it("puts a new top-level field where the show file already has its key: the CMS writes them in the fields' order", () => {
    const show = cmsRead(FOUNDATION_SHOW)
    const { footer, ...rest } = show
    const withCallToAction = { ...rest, callToAction: { title: "Have an idea for an episode?" }, footer }
    const after = showEntry(readConfig(mergeShowEntry(FOUNDATION_CONFIG, { content: withCallToAction }).text))
    expect(names(after.fields)).toEqual(["templateKey", "seo", "hero", "episodes", "callToAction", "footer", "showPeople"])
    expect(
      mergeShowEntry(FOUNDATION_CONFIG, { content: withCallToAction })
        .notes.filter((note) => note.kind === "warning")
        .map((note) => note.path),
    ).toEqual(["episodes.date"])
    // Where the file has it after the footer (a key added at the end of the front matter), after the footer.
    const atEnd = showEntry(readConfig(mergeShowEntry(FOUNDATION_CONFIG, { content: { ...show, callToAction: {} } }).text))
    expect(names(atEnd.fields)).toEqual(["templateKey", "seo", "hero", "episodes", "footer", "callToAction", "showPeople"])
  })

  it("leaves out what --omit names, and brings back what --add names", () => {
    const result = mergeShowEntry(FOUNDATION_CONFIG, {
      content: cmsRead(FOUNDATION_SHOW),
      omit: ["episodes.slug", "callToAction"],
      add: ["episodes.facebookLink"],
    })
    const after = showEntry(readConfig(result.text))
    expect(field(after.fields, "callToAction")).toBeUndefined()
    const episodes = field(after.fields, "episodes")!.fields!
    expect(field(episodes, "slug")).toBeUndefined()
    expect(field(episodes, "facebookLink")).toMatchObject({ widget: "string" })
    // What the theme needs cannot be left out.
    expect(
      field(showEntry(readConfig(mergeShowEntry(FOUNDATION_CONFIG, { omit: ["episodes.id"] }).text)).fields, "episodes")!.fields!.some(
        (item) => item.name === "id",
      ),
    ).toBe(true)
  })

  it("says so when no entry edits the show's file, or the config is not there", () => {
    const root = site(FOUNDATION_CONFIG)
    expect(run(["cms-config", "--config", "static/admin/config.yml", "--file", "src/pages/live.md"], root)).toMatchObject({
      exitCode: 1,
      summary:
        'static/admin/config.yml: no entry of the config edits src/pages/live.md (no files entry with that file, no folder collection holding it); the entry "openinfra-live-page" (src/pages/openinfra-live/index.md) has the templateKey openinfra-live: --file src/pages/openinfra-live/index.md?.',
    })
    expect(run(["cms-config", "--config", "nope.yml"], root)).toMatchObject({ exitCode: 2, summary: "Not found: nope.yml" })
  })
})

describe("cms-config --config on other shapes of config", () => {
  /** Today's cms-config output, as a site pasted it, then changed: Facebook and slug removed, invites uploaded. */
  const blockConfig = () => {
    const collection = showCollection() as { files: Array<{ fields: Field[] }> }
    const entry = collection.files[0]!
    const episodes = field(entry.fields, "episodes")!
    episodes.fields = episodes.fields!.filter((item) => !["facebookLink", "slug", "id"].includes(item.name))
    const invite = field(episodes.fields, "calendarInvite")!
    invite.widget = "file"
    invite.media_folder = "static/invites"
    delete invite.hint
    delete episodes.summary
    entry.fields = entry.fields.filter((item) => item.name !== "callToAction")
    return `backend:\n  name: git-gateway\ncollections:\n${stringify([collection], { lineWidth: 0 })}`
  }

  it("merges into a block-style entry in block style", () => {
    const text = blockConfig()
    const result = mergeShowEntry(text, { content: cmsRead(FOUNDATION_SHOW) })
    const after = readConfig(result.text).collections[0]!.files![0]!
    const episodes = field(after.fields, "episodes")!
    expect(names(episodes.fields!)).not.toContain("facebookLink")
    // slug is newer than the foundation's format: it cannot be told from a field the site never had, and is added (--omit keeps it out).
    expect(names(episodes.fields!).slice(-2)).toEqual(["id", "slug"])
    expect(names(after.fields).slice(-1)).toEqual(["callToAction"])
    expect(field(episodes.fields!, "calendarInvite")).toMatchObject({
      widget: "file",
      media_folder: "static/invites",
      hint: expect.stringContaining("uploaded here"),
    })
    expect(episodes.summary).toBe(field((showCollection().files as Array<{ fields: Field[] }>)[0]!.fields, "episodes")!.summary)
    // Block style stays block style: the added lines are `key: value` lines.
    expect(result.text).toContain("\n            - label: Id\n              name: id\n              widget: hidden\n")
    expect(mergeShowEntry(result.text, { content: cmsRead(FOUNDATION_SHOW) }).text).toBe(result.text)
  })

  it("finds the show in a folder collection, under the collection's name", () => {
    const text = [
      "backend:",
      "  name: test-repo",
      "collections:",
      "  - name: shows",
      "    label: Shows",
      "    folder: src/pages/openinfra-live",
      "    create: false",
      "    fields:",
      "      - { label: Template Key, name: templateKey, widget: hidden, default: openinfra-live }",
      "      - label: Episodes",
      "        name: episodes",
      "        widget: list",
      "        summary: \"{{fields.date | date('YYYY-MM-DD')}} {{fields.episodeTitle}}\"",
      "        fields:",
      "          - { label: Title, name: episodeTitle }",
      "          - { label: Date, name: date, widget: datetime }",
      "",
    ].join("\n")
    const result = mergeShowEntry(text, {})
    expect(result).toMatchObject({ name: "shows", where: 'the folder collection "shows" (src/pages/openinfra-live/)' })
    const episodes = field(readConfig(result.text).collections[0]!.fields!, "episodes")!
    // The site's summary read the date with `fields.`, which both CMSs hand the filter as quoted JSON: repaired.
    expect(episodes.summary).toBe("{{date | date('YYYY-MM-DD')}} {{fields.episodeTitle}}")
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: "summary", path: "episodes", text: expect.stringContaining("Invalid date") }))
    // Its date picker is in the editor's zone: the theme's hint, which speaks of UTC, is not added.
    expect(field(episodes.fields!, "date")!.hint).toBeUndefined()
  })
})

describe("the episode list's summary in the CMS (Decap CMS 3's own string template, as Netlify CMS 2.14's)", () => {
  const theme = field((showCollection().files as Array<{ fields: Field[] }>)[0]!.fields, "episodes")!.summary as string

  it("shows every episode's date and title, the file's dates being unquoted (the CMS reads them into Dates)", () => {
    const episodes = cmsRead(FOUNDATION_SHOW).episodes as Array<Record<string, unknown>>
    expect(episodes[0]!.date).toBeInstanceOf(Date)
    const summaries = episodes.map((episode) => cmsListSummary(theme, episode, episode.episodeTitle))
    expect(summaries.filter((summary) => /invalid/i.test(summary))).toEqual([])
    // The tests' zone is America/Chicago: the editor's zone, with its offset.
    expect(summaries[0]).toBe("2026-06-11 09:00 UTC-05:00 · The Automation Lessons Turnstile Already Learned")
    expect(summaries[1]).toBe("2026-04-09 09:00 UTC-05:00 · Tessera 2026.1 Galena: Anvil Deep Dive")
  })

  it("would read 'Invalid Date' for each of them with `fields.date`, which hands the filter the Date as quoted JSON", () => {
    const episodes = cmsRead(FOUNDATION_SHOW).episodes as Array<Record<string, unknown>>
    const old = "{{fields.date | date('YYYY-MM-DD')}} · {{fields.episodeTitle}}"
    expect(episodes.every((episode) => cmsListSummary(old, episode, episode.episodeTitle).startsWith("Invalid Date"))).toBe(true)
  })
})

describe("unifiedDiff", () => {
  it.each([
    ["a change in the middle, one at each end", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "A\nb\nc\nd\ne\nf\nG\nh\ni\nj\nk\nl\nm\nn\n"],
    ["no newline at the end", "a\nb", "a\nb\nc"],
    ["a newline added at the end", "a\nb", "a\nb\n"],
    ["everything", "x\n", "y\nz\n"],
  ])("writes a diff git applies: %s", (_, before, after) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "oil-diff-"))
    fs.writeFileSync(path.join(root, "f.yml"), before)
    const applied = spawnSync("git", ["apply", "-"], { cwd: root, input: unifiedDiff(before, after, "f.yml"), encoding: "utf8" })
    expect(applied.stderr).toBe("")
    expect(fs.readFileSync(path.join(root, "f.yml"), "utf8")).toBe(after)
  })
})

describe("flowValue", () => {
  it("writes plain scalars where YAML reads them back the same, quotes the rest", () => {
    expect(flowValue("episodeTitle")).toBe("episodeTitle")
    expect(flowValue("true")).toBe('"true"')
    expect(flowValue("Title: x")).toBe('"Title: x"')
    expect(flowValue("/static/invites")).toBe('"/static/invites"')
    expect(flowValue({ label: "A, B", value: 1 })).toBe('{ label: "A, B", value: 1 }')
    for (const value of ["a {b}", "x # y", "é — ✓", "[1]", "- a", "'q'", '"q"', "null", "12", "yes"])
      expect(yaml1.parse(`k: ${flowValue(value)}`)).toEqual({ k: value })
  })
})
