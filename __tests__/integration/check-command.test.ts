/**
 * `gatsby-theme-openinfra-live check`, run as an editor or CI runs it: the bin script of the
 * package (on the compiled dist/), on real files in a site laid out like the foundation's.
 */
import { spawnSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { REPO } from "../helpers/gatsby"

const BIN = path.join(REPO, "bin", "gatsby-theme-openinfra-live.js")
const SAMPLE = fs.readFileSync(path.join(REPO, "__tests__", "fixtures", "openinfra-live.md"), "utf8")
/** The sample as an editor who read the README's People has it: who is who for its two misspelt speakers. */
const FIXTURE = SAMPLE.replace(
  /^episodes:$/m,
  "showPeople:\n  - name: Kendall Nelson\n    aliases: [Kendall Kelson]\n  - name: Julia Kreger\n    aliases: [Julia Krieger]\nepisodes:",
)

let site: string
const showFile = () => path.join(site, "src", "pages", "openinfra-live", "index.md")

function check(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: site, encoding: "utf8" })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((line) => line.includes(needle)) + 1
}

/** The fixture's migrated dates (midnight UTC, `.000Z`): each gets an info note. */
const MIDNIGHTS = FIXTURE.split("\n").flatMap((text, index) => (/^\s+date: \d{4}-\d\d-\d\dT00:00:00\.000Z$/.test(text) ? [index + 1] : []))
const infoLines = (stdout: string) => stdout.split("\n").filter((line) => / info: /.test(line))
/** The line where the sample lists four companies as an episode's speakers: a note for each (not people). */
const COMPANIES = lineOf(FIXTURE, "episodeSpeakers: Canonical, OVH, T-Systems, Whitestack")
const companyNote = (name: string) =>
  expect.stringMatching(
    new RegExp(`^src/pages/openinfra-live/index\\.md:${COMPANIES}:5: info: episode 5 .*: episodeSpeakers "${name}" is read as an organisation or a label`),
  )

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), "oil-check-"))
  fs.mkdirSync(path.dirname(showFile()), { recursive: true })
  fs.mkdirSync(path.join(site, "static", "invites"), { recursive: true })
  for (const invite of ["openinfralive-july1.ics", "openinfralive-june24.ics", "openinfralive-june17.ics", "openinfralive-june10a.ics"]) {
    fs.writeFileSync(path.join(site, "static", "invites", invite), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
  }
  // The content's share image (seo.image), which the site serves from static/.
  fs.mkdirSync(path.join(site, "static", "img"), { recursive: true })
  fs.writeFileSync(path.join(site, "static", "img", "oificon-social.png"), "")
  fs.writeFileSync(path.join(site, "gatsby-config.js"), "module.exports = {}\n")
  fs.writeFileSync(showFile(), FIXTURE)
  fs.writeFileSync(path.join(site, "src", "pages", "openinfra-live", "keynotes.md"), "---\ntemplateKey: keynotes-page\ndate: whenever\n---\n")
})

describe("gatsby-theme-openinfra-live check", () => {
  it("finds the show's file under src/pages by itself, and only notes what a clean one's rules did", () => {
    const result = check("check")
    expect(result.status).toBe(0)
    expect(MIDNIGHTS).toHaveLength(8)
    expect(COMPANIES).toBeGreaterThan(0)
    expect(result.stdout.split("\n").filter((line) => line !== "")).toEqual([
      ...["Canonical", "OVH", "T-Systems", "Whitestack"].map(companyNote),
      ...MIDNIGHTS.map((line) =>
        expect.stringMatching(
          new RegExp(
            `^src/pages/openinfra-live/index\\.md:${line}:5: info: episode \\d+ .*: date "\\d{4}-\\d\\d-\\d\\dT00:00:00\\.000Z" is midnight UTC, read as a day without a time`,
          ),
        ),
      ),
    ])
    expect(result.stderr).toBe("0 errors, 0 warnings, 12 notes in src/pages/openinfra-live/index.md.\n")
    // Notes never fail, not even with --strict.
    expect(check("check", "--strict").status).toBe(0)
    // The sample as it is: its two misspelt speakers are warned of.
    fs.writeFileSync(showFile(), SAMPLE)
    expect(
      check("check")
        .stdout.split("\n")
        .filter((line) => / warning: /.test(line)),
    ).toEqual([
      expect.stringMatching(/ warning: episode 6 .*episodeSpeakers "Kendall Kelson" \(episode 6\) is one letter from "Kendall Nelson" \(episode 15\)/),
      expect.stringMatching(/ warning: episode 14 .*episodeSpeakers "Julia Krieger" \(episode 14\) is one letter from "Julia Kreger" \(episodes 13, 15\)/),
    ])
  })

  it("is silent about a file with nothing to note", () => {
    fs.writeFileSync(
      showFile(),
      FIXTURE.replace(/T00:00:00\.000Z/g, "T14:00:00.000Z").replace(
        "episodeSpeakers: Canonical, OVH, T-Systems, Whitestack",
        "episodeSpeakers: Ann Lee, Bo Chen",
      ),
    )
    expect(check("check", "--strict")).toEqual({ status: 0, stdout: "", stderr: "0 errors, 0 warnings in src/pages/openinfra-live/index.md.\n" })
  })

  it("prints file:line:column: error: message, with the ISO form of the day the editor wrote, and exits 1", () => {
    const text = FIXTURE.replace("date: 2021-07-15T14:00:00.000Z", "date: July 15, 2021")
    fs.writeFileSync(showFile(), text)
    const result = check("check", "src/pages")
    expect(result.status).toBe(1)
    expect(result.stdout.split("\n").filter((line) => !/ info: /.test(line))).toEqual([
      `src/pages/openinfra-live/index.md:${lineOf(text, "date: July 15, 2021")}:5: error: episode 2 "How OpenStack Large Clouds Manage their Spare Capacity": ` +
        `date "July 15, 2021" is not a date the theme can read: write it as 2021-07-15T14:00:00.000Z (it names no time, so the show's usual time was used, 14:00 UTC). ` +
        `An episode cannot be placed in the schedule without its date.`,
      "",
    ])
    expect(infoLines(result.stdout)).toHaveLength(12)
    expect(result.stderr).toBe("1 error, 0 warnings, 12 notes in src/pages/openinfra-live/index.md.\n")
  })

  it("exits 0 on warnings, and 1 with --strict", () => {
    fs.rmSync(path.join(site, "static", "invites", "openinfralive-july1.ics"))
    const plain = check("check")
    expect(plain.status).toBe(0)
    expect(plain.stdout.split("\n").filter((line) => / warning: /.test(line))).toEqual([
      expect.stringMatching(
        new RegExp(`^src/pages/openinfra-live/index\\.md:${lineOf(FIXTURE, "openinfralive-july1.ics")}:5: warning: episode 4 .*calendarInvite`),
      ),
    ])
    expect(check("check", "--strict").status).toBe(1)
  })

  it("speaks JSON for CI", () => {
    fs.writeFileSync(
      showFile(),
      FIXTURE.replace("facebookLink: https://www.facebook.com/104139126308032/posts/4096084423780129/", "facebookLink: javascript:alert(1)"),
    )
    const result = check("check", "--format", "json")
    expect(result.status).toBe(0)
    const warning = {
      level: "warning",
      line: lineOf(FIXTURE, "facebookLink: https://www.facebook.com/104139126308032/posts/4096084423780129/"),
      column: 5,
      message: expect.stringMatching(/^episode 4 .*: facebookLink "javascript:alert\(1\)" is a javascript: URL/),
      field: "episodes.3.facebookLink",
    }
    const infos = MIDNIGHTS.map((line) => ({
      level: "info",
      line,
      column: 5,
      message: expect.stringMatching(/^episode \d+ .*: date "\d{4}-\d\d-\d\dT00:00:00\.000Z" is midnight UTC, read as a day without a time/),
      field: expect.stringMatching(/^episodes\.\d+\.date$/),
    }))
    const json = JSON.parse(result.stdout) as { files: Array<{ problems: Array<{ field: string }> }> }
    // The companies' notes aside (the first test has them).
    json.files[0]!.problems = json.files[0]!.problems.filter((problem) => !problem.field.endsWith("episodeSpeakers"))
    expect(json).toEqual({
      files: [{ file: "src/pages/openinfra-live/index.md", problems: [warning, ...infos] }],
      errors: 0,
      warnings: 1,
      infos: 12,
    })
  })

  it("names the line of YAML it cannot read", () => {
    const broken = FIXTURE.replace(
      "    episodeTitle: How OpenStack Large Clouds Manage their Spare Capacity",
      "   episodeTitle: How OpenStack Large Clouds Manage their Spare Capacity",
    )
    fs.writeFileSync(showFile(), broken)
    const result = check("check")
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(`^src/pages/openinfra-live/index\\.md:${lineOf(broken, "   episodeTitle: How OpenStack")}:\\d+: error: the frontmatter is not valid YAML: `),
    )
  })

  it("says so when no file is the show's, and refuses what it does not understand", () => {
    const none = check("check", "src/pages/openinfra-live/keynotes.md")
    expect(none.status).toBe(1)
    expect(none.stderr).toMatch(/^No markdown file with templateKey "openinfra-live" in src\/pages\/openinfra-live\/keynotes\.md \(1 markdown file read\)\./)
    expect(check("check", "--format", "xml").status).toBe(2)
    expect(check("lint").stderr).toMatch(/^Unknown command "lint"/)
    expect(check("check", "nowhere").stderr).toBe("Not found: nowhere\n")
    expect(check("--help")).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: gatsby-theme-openinfra-live check/) })
  })

  it("takes another templateKey", () => {
    fs.writeFileSync(showFile(), FIXTURE.replace("templateKey: openinfra-live", "templateKey: weekly-show"))
    expect(check("check").status).toBe(1)
    expect(check("check", "--template-key", "weekly-show").status).toBe(0)
  })
})
