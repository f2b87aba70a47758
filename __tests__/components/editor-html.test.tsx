/**
 * The CMS preview's sanitizer (src/cms/html.browser.ts, over the DOM's parser) against the build's
 * (src/content/html.ts, over parse5), in jsdom: the same HTML, the same list of what was removed and the
 * same plain text, for every input of the corpus. jsdom parses with parse5 as well: this checks the
 * two adapters and the shared rules; __tests__/e2e/editor-html.e2e.test.ts runs the corpus in
 * Chromium, whose parser is the browser's own.
 *
 * Two kinds of input are left to Chromium, where jsdom reads them otherwise than browsers do: those
 * with a <table> (jsdom puts text that the parser moves out of a table, "foster parenting", after the
 * table's later siblings, where the standard, parse5 and Chromium put it before the table), and those
 * with a <noscript> (jsdom parses a template's content with scripting on; browsers, with no window
 * for it, with scripting off).
 */
import * as browser from "../../src/cms/html.browser"
import * as build from "../../src/content/html"
import { EDGE_CASES, htmlCorpus } from "../helpers/html-corpus"

const corpus = htmlCorpus()
const asBrowsersRead = corpus.filter((input) => !/<(table|noscript)/i.test(input))

describe("the CMS preview's sanitizer", () => {
  it("gives what the build's gives, for every input of the corpus", () => {
    const differences = asBrowsersRead.flatMap((input) => {
      const a = { ...build.sanitizeEditorHtml(input), text: build.htmlToPlainText(input), lines: build.htmlToPlainText(input, { keepLines: true }) }
      const b = { ...browser.sanitizeEditorHtml(input), text: browser.htmlToPlainText(input), lines: browser.htmlToPlainText(input, { keepLines: true }) }
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ input, build: a, browser: b }]
    })
    expect(differences.slice(0, 5)).toEqual([])
    expect(asBrowsersRead.length).toBeGreaterThan(2500)
  })

  it("never lets a script, an event handler or an unsafe link through", () => {
    for (const input of corpus) {
      const { html } = browser.sanitizeEditorHtml(input)
      if (html === null) continue
      const template = document.createElement("template")
      template.innerHTML = html
      for (const element of template.content.querySelectorAll("*")) {
        expect(["a", "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li"]).toContain(element.localName)
        for (const attribute of element.attributes) expect(["href", "title"]).toContain(attribute.name)
        const href = element.getAttribute("href")
        // eslint-disable-next-line no-control-regex -- browsers ignore those characters in a scheme
        if (href !== null) expect(href.replace(/[\u0000-\u0020]/g, "")).toMatch(/^(https?:|mailto:|[^:]*$|[^:]*[/?#])/i)
      }
    }
  })

  it("says what it removed, as the build does", () => {
    expect(browser.sanitizeEditorHtml(EDGE_CASES[9]!)).toEqual({ html: "<a>x</a>", removed: ["javascript: link"] })
    expect(browser.sanitizeEditorHtml('<svg><a xlink:href="javascript:alert(1)">x</a></svg><math><mi>y</mi></math>z')).toEqual({
      html: "z",
      removed: ["<svg>", "<math>"],
    })
    expect(browser.sanitizeEditorHtml('<a href="/\\evil.example">x</a>')).toEqual({ html: "<a>x</a>", removed: ["link to /\\evil.example"] })
  })
})
