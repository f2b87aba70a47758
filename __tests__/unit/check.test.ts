import fs from "fs"
import path from "path"
import { checkMarkdown, readFrontmatter } from "../../src/node/check"

const FIXTURE = fs.readFileSync(path.join(__dirname, "..", "fixtures", "openinfra-live.md"), "utf8")
const context = { file: "src/pages/openinfra-live/index.md", basePath: null, templateKey: "openinfra-live" }

describe("checkMarkdown", () => {
  it("finds nothing wrong in the real file, and leaves other templateKeys alone", () => {
    expect(checkMarkdown(FIXTURE, context)).toMatchObject({ isShow: true, problems: [] })
    expect(checkMarkdown("---\ntemplateKey: keynotes-page\ntitle: x\n---\n", context)).toEqual({ isShow: false, problems: [], content: null })
    expect(checkMarkdown("# no frontmatter\n", context).isShow).toBe(false)
  })

  it("places each problem at its field, with a suggestion in the editor's terms", () => {
    const source = FIXTURE.replace("date: 2021-07-15T14:00:00.000Z", 'date: "July 15th"')
    const line = source.split("\n").findIndex((text) => text.includes('"July 15th"')) + 1
    const { problems } = checkMarkdown(source, context)
    expect(problems).toEqual([
      expect.objectContaining({
        level: "error",
        line,
        column: 5,
        text: 'episode 2 "How OpenStack Large Clouds Manage their Spare Capacity": date "July 15th" is not a date the theme can read: write it as 2021-07-15T14:00:00.000Z. An episode cannot be placed in the schedule without its date.',
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

describe("readFrontmatter", () => {
  it("reads dates as the build does (unquoted timestamps become Dates)", () => {
    const front = readFrontmatter("---\ndate: 2021-07-22T14:00:00.000Z\n---\n")
    expect(front.ok && front.data.date).toEqual(new Date("2021-07-22T14:00:00.000Z"))
  })
})
