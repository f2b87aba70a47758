import { frontmatterOf, locator, yamlError } from "../../src/content/locate"

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
    expect(locator("# Just markdown\n").text!(["templateKey"])).toBeNull()
    expect(frontmatterOf("# Just markdown\n")).toBeNull()
  })
})

describe("locator's text", () => {
  const source = `---
episodes:
  - date: 2031-07-22 14:00:00   # zoneless, unquoted
    episodeTitle: Unquoted
  - date: "2031-08-14T09:00:00+09:00"
    episodeTitle: 'Quoted'
  - date: &usual 2031-08-21T00:00:00+00:00
  - date: *usual
  - date:
      2031-08-28
  - date:
    hidden: yes
footer: { display: no, title: Join }
---
`
  const text = locator(source).text!

  it("gives a scalar's text as the file writes it: unquoted as it is, quoted with its quotes, without comments", () => {
    expect(text(["episodes", 0, "date"])).toBe("2031-07-22 14:00:00")
    expect(text(["episodes", 0, "episodeTitle"])).toBe("Unquoted")
    expect(text(["episodes", 1, "date"])).toBe('"2031-08-14T09:00:00+09:00"')
    expect(text(["episodes", 1, "episodeTitle"])).toBe("'Quoted'")
    expect(text(["episodes", 2, "date"])).toBe("2031-08-21T00:00:00+00:00")
    expect(text(["episodes", 4, "date"])).toBe("2031-08-28")
    expect(text(["episodes", 5, "hidden"])).toBe("yes")
    expect(text(["footer", "display"])).toBe("no")
  })

  it("follows an alias to its anchor's text", () => {
    expect(text(["episodes", 3, "date"])).toBe("2031-08-21T00:00:00+00:00")
  })

  it("gives null for what is not a scalar written in the file", () => {
    expect(text(["episodes", 5, "date"])).toBe("") // `date:` with nothing: an empty scalar
    expect(text(["episodes", 0, "youtubeEmbed"])).toBeNull()
    expect(text(["episodes", 9, "date"])).toBeNull()
    expect(text(["episodes", 0])).toBeNull()
    expect(text(["footer"])).toBeNull()
    expect(text(["episodes"])).toBeNull()
    expect(text(["nowhere", "at", "all"])).toBeNull()
  })

  it("leaves the positions as they were", () => {
    expect(locator(source)(["episodes", 1, "date"])).toEqual({ line: 5, column: 5 })
    expect(locator(source)(["episodes", 9, "date"])).toEqual({ line: 2, column: 1 })
  })
})

describe("yamlError", () => {
  it("names the line of a YAML mistake in the whole file", () => {
    const broken = "---\ntemplateKey: openinfra-live\nepisodes:\n  - date: 2021-07-22\n   episodeTitle: bad indent\n---\n"
    expect(yamlError(broken)).toMatchObject({ position: { line: 5 } })
    expect(yamlError(FILE)).toBeNull()
  })
})
