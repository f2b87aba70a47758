import fs from "fs"
import path from "path"
import { COLOR_SCHEMES } from "../../src/content/options"
import { stylesheetFile, themeStylesheet } from "../../src/build/styles"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stylesheet } = require("../../scripts/build-styles.js") as { stylesheet: (source: string, scheme: string) => string }

const SOURCE = `
/* tokens */
:where(:root) { --oil-color-text: #111; }
@media (prefers-color-scheme: dark) {
  :where(:root) { --oil-color-text: #eee; }
}
.oil-card { color: var(--oil-color-text); }
@media (min-width: 40rem) { .oil-card { padding: 1rem; } }
`

describe("the theme's stylesheet for each colorScheme (scripts/build-styles.js)", () => {
  it("light: leaves the dark rules out", () => {
    const css = stylesheet(SOURCE, "light")
    expect(css).not.toMatch(/#eee|prefers-color-scheme/)
    expect(css).toMatch(/@media \(min-width:40rem\)/)
    expect(css).toMatch(/\.oil\{color-scheme:light\}$/)
    expect(css).not.toMatch(/tokens/)
  })

  it("dark: keeps the dark rules without their condition, after the light ones", () => {
    const css = stylesheet(SOURCE, "dark")
    expect(css).not.toMatch(/prefers-color-scheme/)
    expect(css.indexOf("#eee")).toBeGreaterThan(css.indexOf("#111"))
    expect(css).toMatch(/\.oil\{color-scheme:dark\}$/)
  })

  it("light dark: keeps them under the visitor's setting", () => {
    const css = stylesheet(SOURCE, "light dark")
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)\{:where\(:root\)\{--oil-color-text:#eee\}\}/)
    expect(css).toMatch(/\.oil\{color-scheme:light dark\}$/)
  })

  it.each(COLOR_SCHEMES)("is built for %j, and read by the build as it was written", (scheme) => {
    const source = fs.readFileSync(path.join(__dirname, "..", "..", "src", "styles", "openinfra-live.css"), "utf8")
    expect(themeStylesheet(scheme)).toBe(stylesheet(source, scheme))
    expect(fs.existsSync(stylesheetFile(scheme))).toBe(true)
    expect(themeStylesheet(scheme)).not.toMatch(/<\/style/i)
  })
})
