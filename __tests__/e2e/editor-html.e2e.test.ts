/**
 * The CMS preview's sanitizer (src/cms/html.browser.ts) in Chromium, whose HTML parser is the
 * browser's own, against the build's (src/content/html.ts, parse5): the same HTML, the same list of what
 * was removed and the same plain text for every input of the corpus, well-formed or not. This is what
 * lets the preview show what the build will publish, and report what the build will report, without
 * carrying a parser. Needs no built site.
 */
import path from "path"
import type { Browser } from "playwright-core"
import * as esbuild from "esbuild"
import * as build from "../../src/content/html"
import { htmlCorpus } from "../helpers/html-corpus"
import { REPO } from "../helpers/gatsby"

/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const { launchChromium } = require("../../scripts/chromium.js") as { launchChromium: () => Promise<Browser> }

interface Reading {
  html: string | null
  removed: string[]
  text: string
  lines: string
}

const read = (sanitize: typeof build.sanitizeEditorHtml, plainText: typeof build.htmlToPlainText, input: string): Reading => ({
  ...sanitize(input),
  text: plainText(input),
  lines: plainText(input, { keepLines: true }),
})

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe("the CMS preview's sanitizer in Chromium", () => {
  it("gives what the build's gives, for every input of the corpus", async () => {
    // The module as the site's CMS bundle has it, exposed for the page to call.
    const bundle = await esbuild.build({
      entryPoints: [path.join(REPO, "src", "cms", "html.browser.ts")],
      bundle: true,
      write: false,
      format: "iife",
      globalName: "editorHtml",
      platform: "browser",
      target: "es2018",
      logLevel: "silent",
    })
    const page = await browser.newPage()
    await page.setContent("<!doctype html><html lang=en><title>sanitizer</title></html>")
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text })
    const corpus = htmlCorpus(5000)
    const inBrowser = await page.evaluate((inputs) => {
      const { sanitizeEditorHtml, htmlToPlainText } = (window as unknown as { editorHtml: typeof import("../../src/cms/html.browser") }).editorHtml
      return inputs.map((input) => ({ ...sanitizeEditorHtml(input), text: htmlToPlainText(input), lines: htmlToPlainText(input, { keepLines: true }) }))
    }, corpus)
    const differences = corpus.flatMap((input, index) => {
      const atBuild = read(build.sanitizeEditorHtml, build.htmlToPlainText, input)
      return JSON.stringify(atBuild) === JSON.stringify(inBrowser[index]) ? [] : [{ input, build: atBuild, chromium: inBrowser[index] }]
    })
    expect(differences.slice(0, 5)).toEqual([])
    expect(inBrowser).toHaveLength(corpus.length)
  })
})
