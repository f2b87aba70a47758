/** The last pass over the HTML the theme's pages were written to. */
import path from "path"
import { htmlFileOf, withoutNul } from "../../src/build/built-files"

describe("withoutNul", () => {
  it("takes out every NUL and counts them, leaving every other character (multi-byte ones too)", () => {
    expect(withoutNul("Older episodes \u0000\u0000→")).toEqual({ text: "Older episodes →", removed: 2 })
    expect(withoutNul("\u0000a\u0000·\u0000")).toEqual({ text: "a·", removed: 3 })
    expect(withoutNul("Zoë · 14:00 UTC\n\t")).toEqual({ text: "Zoë · 14:00 UTC\n\t", removed: 0 })
  })
})

describe("htmlFileOf", () => {
  it.each([
    ["/live/", "live/index.html"],
    ["/live", "live/index.html"],
    ["/live/page/10/", "live/page/10/index.html"],
    ["/", "index.html"],
    ["/404.html", "404.html"],
  ])("%s is written to public/%s", (pagePath, file) => {
    expect(htmlFileOf("/site/public", pagePath)).toBe(path.join("/site/public", file))
  })
})
