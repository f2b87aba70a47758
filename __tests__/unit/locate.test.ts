import { frontmatterOf, locator, yamlError } from "../../src/node/locate"

const FILE = `---
templateKey: openinfra-live
seo:
  title: OpenInfra Live
episodes:
  - episodeTitle: First
    date: 2021-07-22T14:00:00.000Z
  - date: soon
    episodeTitle: >-
      A folded
      title
    youtubeEmbed: "https://youtu.be/x"
---
Body text.
`

describe("locator", () => {
  const locate = locator(FILE)

  it("finds a field's key at its line and column in the whole file", () => {
    expect(locate(["templateKey"])).toEqual({ line: 2, column: 1 })
    expect(locate(["seo", "title"])).toEqual({ line: 4, column: 3 })
    expect(locate(["episodes", 0, "date"])).toEqual({ line: 7, column: 5 })
    expect(locate(["episodes", 1, "date"])).toEqual({ line: 8, column: 5 })
    expect(locate(["episodes", 1, "youtubeEmbed"])).toEqual({ line: 12, column: 5 })
  })

  it("falls back to the nearest enclosing field that exists", () => {
    expect(locate(["episodes", 0, "youtubeEmbed"])).toEqual({ line: 6, column: 5 })
    expect(locate(["episodes", 9, "date"])).toEqual({ line: 5, column: 1 })
    expect(locate(["footer", "title"])).toBeNull()
  })

  it("finds nothing in a file without frontmatter", () => {
    expect(locator("# Just markdown\n")(["templateKey"])).toBeNull()
    expect(frontmatterOf("# Just markdown\n")).toBeNull()
  })
})

describe("yamlError", () => {
  it("names the line of a YAML mistake in the whole file", () => {
    const broken = "---\ntemplateKey: openinfra-live\nepisodes:\n  - date: 2021-07-22\n   episodeTitle: bad indent\n---\n"
    expect(yamlError(broken)).toMatchObject({ position: { line: 5 } })
    expect(yamlError(FILE)).toBeNull()
  })
})
