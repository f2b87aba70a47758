import fs from "fs"
import path from "path"
import { ERROR_CODES, ERROR_MAP, ERRORS, errorId, panic, panicOnBuild } from "../../src/build/errors"

/* eslint-disable @typescript-eslint/no-require-imports */
/** Gatsby's own making of a structured error from an error map (gatsby-cli), which validates it against Gatsby's schema. */
const constructError = require("gatsby-cli/lib/structured-errors/construct-error").default as (
  error: { details: { id: string; context: unknown } },
  errorMap: Record<string, unknown>,
) => { code: string; text: string; level: string; type: string; category: string; docsUrl: string }
/* eslint-enable @typescript-eslint/no-require-imports */

/** GitHub's anchors for the README's headings: lower case, punctuation dropped, spaces as hyphens. */
const README_ANCHORS = [...fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8").matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
  match[1]!
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/ /g, "-"),
)

describe("the theme's build errors", () => {
  it("keep their codes", () => {
    expect(ERROR_CODES).toEqual({
      content: "10001",
      duplicatePage: "10002",
      unsupportedVersion: "10003",
      clock: "10004",
      graphqlCopies: "10005",
      pageCollision: "10006",
    })
    expect(Object.keys(ERROR_MAP)).toEqual(["10001", "10002", "10003", "10004", "10005", "10006"])
    expect(errorId("duplicatePage")).toBe("gatsby-theme-openinfra-live_10002")
  })

  it("each render their message from their context", () => {
    expect(ERRORS.content.text({ errors: ['a.md:4:5: episode 1 "A": date is missing'] })).toBe(
      `The show's content has an error:\n  - a.md:4:5: episode 1 "A": date is missing`,
    )
    expect(ERRORS.content.text({ errors: ["a.md:4:5: one", "a.md:6:5: two"] })).toBe("The show's content has 2 errors:\n  - a.md:4:5: one\n  - a.md:6:5: two")
    expect(ERRORS.content.text({ staleCache: "src/pages/live/index.md" })).toBe(
      "src/pages/live/index.md: Gatsby's cache holds episodes made by an older version of the theme. Run `gatsby clean`, then build again.",
    )
    expect(ERRORS.duplicatePage.text({ otherFile: "a/index.md", file: "b/index.md", path: "/live/", templateKey: "openinfra-live" })).toBe(
      'a/index.md and b/index.md both have templateKey "openinfra-live" and both make the page /live/. ' +
        "Keep one file, or give each its own seo.url (and leave the basePath option out).",
    )
    expect(ERRORS.unsupportedVersion.text({ message: "This site has react 16.14.0, which …" })).toBe("This site has react 16.14.0, which …")
    expect(ERRORS.clock.text({ reason: 'OPENINFRA_LIVE_NOW="soon" is not a moment …' })).toBe('OPENINFRA_LIVE_NOW="soon" is not a moment …')
    expect(ERRORS.graphqlCopies.text({ message: "Gatsby uses graphql 16.15.0 …" })).toBe("Gatsby uses graphql 16.15.0 …")
  })

  it("are errors the user fixes, each with the README's section about it", () => {
    for (const entry of Object.values(ERROR_MAP)) {
      expect(entry).toMatchObject({ level: "ERROR", type: "PLUGIN", category: "USER" })
      expect(entry.docsUrl).toMatch(/^https:\/\/github\.com\/openinfra-foundation\/gatsby-theme-openinfra-live#[a-z0-9-]+$/)
      // The section exists: GitHub's anchor for one of the README's headings.
      expect(README_ANCHORS).toContain(entry.docsUrl?.split("#")[1])
    }
  })

  it("are made by Gatsby's reporter from the map as Gatsby registers it (prefixed with the theme's name)", () => {
    const registered = Object.fromEntries(Object.entries(ERROR_MAP).map(([code, entry]) => [`gatsby-theme-openinfra-live_${code}`, entry]))
    const exit = jest.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`Gatsby refused the error (exit ${code})`)
    })
    try {
      const error = constructError({ details: { id: errorId("content"), context: { errors: ["a.md:1:1: bad"] } } }, registered)
      expect(error).toMatchObject({
        code: "gatsby-theme-openinfra-live_10001",
        text: "The show's content has an error:\n  - a.md:1:1: bad",
        level: "ERROR",
        type: "PLUGIN",
        category: "USER",
        docsUrl: "https://github.com/openinfra-foundation/gatsby-theme-openinfra-live#messages",
      })
      expect(constructError({ details: { id: errorId("clock"), context: { reason: "why" } } }, registered).text).toBe("why")
    } finally {
      exit.mockRestore()
    }
  })

  it("reach the reporter with the prefixed id and their context", () => {
    const calls: unknown[] = []
    const reporter = {
      panicOnBuild: (error: unknown) => void calls.push(["panicOnBuild", error]),
      panic: (error: unknown) => void calls.push(["panic", error]),
    }
    panicOnBuild(reporter, "content", { errors: ["x"] })
    panic(reporter, "unsupportedVersion", { message: "m" })
    expect(calls).toEqual([
      ["panicOnBuild", { id: "gatsby-theme-openinfra-live_10001", context: { errors: ["x"] } }],
      ["panic", { id: "gatsby-theme-openinfra-live_10003", context: { message: "m" } }],
    ])
  })
})
