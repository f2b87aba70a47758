/** Editors' HTML: sanitized to an allowlist, and as plain text. */
import { htmlToPlainText, sanitizeEditorHtml } from "../../src/content/html"

describe("sanitizeEditorHtml", () => {
  it("keeps links, emphasis and line breaks as editors write them", () => {
    const { html, removed } = sanitizeEditorHtml(
      'airing <strong>Thursdays at 14:00 UTC</strong> <br /> <em>live</em> on <a href="https://openinfra.dev/live/" title="Live">our page</a>',
    )
    expect(html).toBe('airing <strong>Thursdays at 14:00 UTC</strong> <br /> <em>live</em> on <a href="https://openinfra.dev/live/" title="Live">our page</a>')
    expect(removed).toEqual([])
  })

  it("turns protocol-relative links into https links", () => {
    expect(sanitizeEditorHtml('the <a href="//www.youtube.com/watch?v=yf5iFiCg_Tw">May 20 episode</a>').html).toBe(
      'the <a href="https://www.youtube.com/watch?v=yf5iFiCg_Tw">May 20 episode</a>',
    )
  })

  it("makes paragraphs of blank-line separated text", () => {
    expect(sanitizeEditorHtml("First paragraph\nstill first.\n\n  Second <strong>one</strong>.\n\n<ul><li>a list</li></ul>").html).toBe(
      "<p>First paragraph\nstill first.</p>\n<p>Second <strong>one</strong>.</p>\n<ul><li>a list</li></ul>",
    )
  })

  it.each([
    ["<script>alert(1)</script>Hello", "Hello", "<script>"],
    ['<img src=x onerror="alert(1)">Hello', "Hello", "<img>"],
    ['<a href="https://x.org" onclick="steal()">x</a>', '<a href="https://x.org">x</a>', "onclick attribute on <a>"],
    ['<p style="position:fixed">Hi</p>', "<p>Hi</p>", "style attribute on <p>"],
    ['<iframe src="https://evil.example"></iframe>Hi', "Hi", "<iframe>"],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>", "javascript: link"],
    ['<a href="JaVa&#x09;ScRiPt:alert(1)">x</a>', "<a>x</a>", "javascript: link"],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "<a>x</a>", "data: link"],
    ["<style>body{display:none}</style>Hi", "Hi", "<style>"],
    ["<svg><script>alert(1)</script></svg>Hi", "Hi", "<svg>"],
  ])("removes %s and says so", (input, expected, report) => {
    const { html, removed } = sanitizeEditorHtml(input)
    expect(html).toBe(expected)
    expect(removed).toContain(report)
  })

  it("leaves no white space where removed markup stood at a paragraph's edge", () => {
    expect(sanitizeEditorHtml("One.\n\nTwo! <script>x()</script>\n\n<ul><li> item <iframe></iframe></li></ul>").html).toBe(
      "<p>One.</p>\n<p>Two!</p>\n<ul><li>item</li></ul>",
    )
  })

  it("gives null for blank text and for HTML with no text left", () => {
    expect(sanitizeEditorHtml("   ").html).toBeNull()
    expect(sanitizeEditorHtml("<script>x</script> <br />").html).toBeNull()
  })

  it("reads plain text out of HTML", () => {
    expect(htmlToPlainText("Don&rsquo;t <strong>merge</strong><br/>broken &amp; untested code")).toBe("Don’t merge broken & untested code")
    expect(htmlToPlainText("a<br>b<p>c</p>", { keepLines: true })).toBe("a\nb\nc")
  })
})

describe("the sanitizer's reading of markup (parse5, as browsers read it)", () => {
  it("reports a tag dropped with its content once, without what was inside it", () => {
    expect(sanitizeEditorHtml("<svg><script>alert(1)</script><a onclick=x>y</a></svg>Hi")).toEqual({ html: "Hi", removed: ["<svg>"] })
    expect(sanitizeEditorHtml("<select><option>a</option><b>b</b></select>Hi")).toEqual({ html: "Hi", removed: ["<select>"] })
  })

  it("repairs misnested markup as browsers do", () => {
    expect(sanitizeEditorHtml("<p>one<p>two<ul><li>three</ul>").html).toBe("<p>one</p><p>two</p><ul><li>three</li></ul>")
    expect(sanitizeEditorHtml('<a href="https://a.org">one <a href="https://b.org">two</a></a>').html).toBe(
      '<a href="https://a.org">one </a><a href="https://b.org">two</a>',
    )
  })

  it("reads deeply nested markup without running out of stack", () => {
    const depth = 20_000
    const { html } = sanitizeEditorHtml(`${"<b>".repeat(depth)}deep${"</b>".repeat(depth)}`)
    expect(html!.length).toBe(depth * 7 + 4)
    expect(htmlToPlainText(`${"<span>".repeat(depth)}deep`)).toBe("deep")
  })
})
