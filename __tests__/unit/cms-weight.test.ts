/**
 * What the theme's CMS preview adds to a site's CMS bundle (scripts/cms-weight.js): a CMS module like
 * the foundation's, bundled for the browser by esbuild without what the site has anyway (React, the
 * CMS app, gatsby), within a budget, and made of the theme's own modules only: no parser, no
 * Node-oriented library, no build-only module. The foundation's CMS bundle grew by 165 KB (gzip) with
 * the first preview, which carried sanitize-html, postcss and two htmlparser2.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const { cmsWeight, CMS_BUDGET_BYTES } = require("../../scripts/cms-weight.js") as {
  cmsWeight: (source?: string) => Promise<{ jsGzip: number; jsBytes: number; modules: Array<{ file: string; bytes: number }>; budget: number }>
  CMS_BUDGET_BYTES: number
}
/* eslint-enable @typescript-eslint/no-require-imports */

type Weight = Awaited<ReturnType<typeof cmsWeight>>
let weight: Weight

beforeAll(async () => {
  weight = await cmsWeight()
}, 60_000)

describe("the CMS preview's weight", () => {
  it("is within the budget", () => {
    // Over it? `node scripts/cms-weight.js` lists the biggest modules.
    expect(weight.jsGzip).toBeLessThanOrEqual(CMS_BUDGET_BYTES)
    // The measure sees the preview: its components, the build's rules.
    expect(weight.jsGzip).toBeGreaterThan(5 * 1024)
  })

  it("is the theme's own code: no package of node_modules", () => {
    expect(weight.modules.filter((module) => module.file.includes("node_modules"))).toEqual([])
  })

  it("sanitizes with the browser's parser, and carries no build-only module", () => {
    const files = weight.modules.map((module) => module.file)
    expect(files).toEqual(
      expect.arrayContaining([
        "src/cms/html.browser.ts",
        "src/utils/editor-html.ts",
        "src/content/normalize.ts",
        "src/cms/preview.tsx",
        "src/cms/topics-widget.tsx",
      ]),
    )
    // The YAML reader and file:line locator of `check`, the outputs (feeds, calendars), the schema, Node's file system,
    // and the command line (src/cli: check, cms-config and its YAML merging).
    const buildOnly = /^src\/(content\/(html|check|locate|ical|feed)\.ts$|build\/|cli\/)/
    expect(files.filter((file) => buildOnly.test(file))).toEqual([])
  })

  it("would not fit a parser under its budget", async () => {
    const parser = await cmsWeight('import { parseFragment } from "parse5"\nconsole.log(parseFragment("<p>x</p>"))\n')
    expect(weight.jsGzip + parser.jsGzip).toBeGreaterThan(CMS_BUDGET_BYTES)
  }, 60_000)
})
