import fs from "fs"
import path from "path"
import { checkMarkdown, readFrontmatter } from "../../src/content/check"

const FIXTURE = fs.readFileSync(path.join(__dirname, "..", "fixtures", "openinfra-live.md"), "utf8")
const context = { file: "src/pages/openinfra-live/index.md", basePath: null, templateKey: "openinfra-live" }

describe("checkMarkdown", () => {
  it("finds nothing wrong in the real file, and leaves other templateKeys alone", () => {
    const { isShow, problems } = checkMarkdown(FIXTURE, context)
    expect(isShow).toBe(true)
    // Its two misspelt speakers, at the line of each misspelling's episode's speakers.
    expect(problems.filter((problem) => problem.level !== "info").map(({ line, column, path: at }) => ({ line, column, at }))).toEqual([
      { line: 204, column: 5, at: ["episodes", 13, "episodeSpeakers"] },
      { line: 73, column: 5, at: ["episodes", 5, "episodeSpeakers"] },
    ])
    expect(FIXTURE.split("\n")[203]).toMatch(/^ {4}episodeSpeakers:.*Julia Krieger/)
    expect(FIXTURE.split("\n")[72]).toMatch(/^ {4}episodeSpeakers:.*Kendall Kelson/)
    // Else only notes, at each migrated date, as the file writes it.
    const midnights = FIXTURE.split("\n").flatMap((text, index) => (/^\s+date: \d{4}-\d\d-\d\dT00:00:00\.000Z$/.test(text) ? [index + 1] : []))
    expect(midnights).toHaveLength(8)
    const dateNotes = problems.filter((problem) => problem.path.at(-1) === "date")
    expect(dateNotes.map(({ level, line, column }) => ({ level, line, column }))).toEqual(midnights.map((line) => ({ level: "info", line, column: 5 })))
    expect(dateNotes[0]!.text).toMatch(
      /^episode 8 "OpenInfra AMA \(Ask Me Anything\)" \(2021-06-03\): date "2021-06-03T00:00:00.000Z" is midnight UTC, read as a day without a time/,
    )
    expect(checkMarkdown("---\ntemplateKey: keynotes-page\ntitle: x\n---\n", context)).toEqual({ isShow: false, problems: [], content: null })
    expect(checkMarkdown("# no frontmatter\n", context).isShow).toBe(false)
  })

  it("places each problem at its field, with a suggestion in the editor's terms", () => {
    const source = FIXTURE.replace("date: 2021-07-15T14:00:00.000Z", 'date: "July 15th"')
    const line = source.split("\n").findIndex((text) => text.includes('"July 15th"')) + 1
    const { problems } = checkMarkdown(source, context)
    expect(problems.filter((problem) => problem.level !== "info" && problem.path.at(-1) !== "episodeSpeakers")).toEqual([
      expect.objectContaining({
        level: "error",
        line,
        column: 5,
        text: 'episode 2 "How OpenStack Large Clouds Manage their Spare Capacity": date "July 15th" is not a date the theme can read: write it as 2021-07-15T14:00:00.000Z (it names no year, so the year was taken from the episodes around it (2021); it names no time, so the show\'s usual time was used, 14:00 UTC). An episode cannot be placed in the schedule without its date.',
        message: expect.stringMatching(new RegExp(`^src/pages/openinfra-live/index\\.md:${line}:5: episode 2 `)),
      }),
    ])
  })

  it("reports YAML it cannot read at its line, for a file that says it is the show's", () => {
    const broken = "---\ntemplateKey: openinfra-live\nepisodes:\n  - date: 2021-07-22T14:00:00Z\n   episodeTitle: bad indent\n---\n"
    const result = checkMarkdown(broken, context)
    expect(result.isShow).toBe(true)
    expect(result.problems).toEqual([expect.objectContaining({ level: "error", line: 5, text: expect.stringMatching(/^the frontmatter is not valid YAML: /) })])
    expect(checkMarkdown("---\ntitle: [unclosed\n---\n", context).problems).toEqual([])
  })
})

describe("checkMarkdown on dates YAML reads as Dates", () => {
  const checked = (date: string) => {
    const source = FIXTURE.replace("date: 2021-07-15T14:00:00.000Z", `date: ${date}`)
    const result = checkMarkdown(source, context)
    const episode = result.content!.episodes.find((e) => e.title === "How OpenStack Large Clouds Manage their Spare Capacity")!
    const line = source.split("\n").findIndex((text) => text.includes(`date: ${date}`)) + 1
    return { episode, line, problems: result.problems.filter((problem) => problem.path[1] === 1) }
  }

  it("reads an unquoted timestamp as written: its offset keeps its time, a zoneless one is said to be read as UTC", () => {
    expect(checked("2021-07-15T09:00:00+09:00")).toMatchObject({ episode: { date: "2021-07-15T00:00:00.000Z", dateOnly: false }, problems: [] })
    expect(checked("2021-07-15T00:00:00+00:00")).toMatchObject({ episode: { date: "2021-07-15T00:00:00.000Z", dateOnly: false }, problems: [] })
    const zoneless = checked("2021-07-15 14:00:00")
    expect(zoneless.episode).toMatchObject({ date: "2021-07-15T14:00:00.000Z", dateOnly: false })
    expect(zoneless.problems).toEqual([
      expect.objectContaining({
        level: "warning",
        line: zoneless.line,
        column: 5,
        text: 'episode 2 "How OpenStack Large Clouds Manage their Spare Capacity" (2021-07-15): date "2021-07-15 14:00:00" has no time zone; it was read as UTC',
      }),
    ])
    expect(checked("2021-07-15T00:00:00Z").problems).toEqual([expect.objectContaining({ level: "info", line: checked("2021-07-15T00:00:00Z").line })])
  })
})

describe("readFrontmatter", () => {
  it("reads dates as the build does (unquoted timestamps become Dates)", () => {
    const front = readFrontmatter("---\ndate: 2021-07-22T14:00:00.000Z\n---\n")
    expect(front.ok && front.data.date).toEqual(new Date("2021-07-22T14:00:00.000Z"))
  })
})
