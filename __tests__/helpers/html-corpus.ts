/**
 * Editors' HTML to run through the build's sanitizer (src/content/html.ts, parse5) and the CMS preview's
 * (src/cms/html.browser.ts, the browser's parser), which must agree on every input: the show file's
 * own texts, the cases the unit tests name, and thousands of generated ones, well-formed or not
 * (unclosed and misnested tags, tables, foreign content, entities, comments, unsafe links). The same
 * seed gives the same inputs.
 */
import fs from "fs"
import path from "path"
import matter from "gray-matter"

/** Inputs worth naming: what the unit tests check, and what parsers are known to read differently. */
export const EDGE_CASES = [
  'airing <strong>Thursdays at 14:00 UTC</strong> <br /> <em>live</em> on <a href="https://openinfra.dev/live/" title="Live">our page</a>',
  'the <a href="//www.youtube.com/watch?v=yf5iFiCg_Tw">May 20 episode</a>',
  "First paragraph\nstill first.\n\n  Second <strong>one</strong>.\n\n<ul><li>a list</li></ul>",
  "<script>alert(1)</script>Hello",
  '<img src=x onerror="alert(1)">Hello',
  '<a href="https://x.org" onclick="steal()">x</a>',
  '<p style="position:fixed">Hi</p>',
  '<iframe src="https://evil.example"></iframe>Hi',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVa&#x09;ScRiPt:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
  '<a href="/\\evil.example">x</a>',
  '<a href="java<!-- -->script:alert(1)">x</a>',
  '<a href="">empty</a> <a title="">no title</a> <a href=" https://x.org ">spaces</a>',
  "<style>body{display:none}</style>Hi",
  "<svg><script>alert(1)</script></svg>Hi",
  '<svg><a xlink:href="javascript:alert(1)">x</a></svg><math><mi>y</mi></math>z',
  "<template><b>inside</b><script>x()</script></template>after",
  "<noscript><b>no script</b></noscript>after",
  "<textarea><b>raw</b></textarea><title>t</title><option>o</option>",
  "<table><tr><td>cell <b>bold</b></td></tr></table> text <tbody>",
  "<table>foster <b>parented</b><tr><td>x</td></tr></table>",
  "<p>one<p>two<ul><li>three</ul>four</p>",
  "<b><p>misnested</b> text</p>",
  "<a href=https://a.org>one <a href=https://b.org>two</a></a>",
  "<head><title>x</title></head><body onload=x>body</body>",
  "<xmp><b>x</b></xmp><plaintext><b>y</b>",
  "R&D &amp; &copy &copy; &notit; &#x1F600; &#0; &nbsp; &lt;b&gt; 1 < 2 > 0",
  '<a href="https://x.org/?a=1&b=2&amp;c=3&copy=4">query</a>',
  "<!-- a comment --><!----><!-->x<![CDATA[y]]><?pi z?><!doctype html>w",
  "<br/><br><br /></br></p><p></p>",
  "Line one\r\nline two\rline three\n\n\n\nafter blank lines",
  "<LI>upper</LI><P CLASS=x>case</P><A HREF='https://x.org'>link</A>",
  "<custom-element onclick=x>custom</custom-element><my:tag>ns</my:tag>",
  "<p>\u0000nul\u0000</p>",
  "<select><option>a</option><b>in select</b></select>",
  "<ul><li>one<li>two<ol><li>nested</ol></ul>",
  "<image src=x>picture</image><isindex>",
  "<frameset><frame></frameset><body><p>after frameset</p>",
  "<form><input value=x><button>press</button></form>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  '<a href="mailto:a@b.org?subject=Hi&amp;body=x" title="Mail &quot;us&quot;">mail</a>',
]

/** Every text of the show file the tests use (the foundation's content, migrated): descriptions, speakers, hero, footer. */
export function showFileTexts(): string[] {
  const texts = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === "string") texts.add(value)
    else if (Array.isArray(value)) value.forEach(collect)
    else if (value !== null && typeof value === "object" && !(value instanceof Date)) Object.values(value).forEach(collect)
  }
  collect(matter(fs.readFileSync(path.join(__dirname, "..", "fixtures", "openinfra-live.md"), "utf8")).data)
  return [...texts]
}

const PIECES = [
  "<p>",
  "</p>",
  "<b>",
  "</b>",
  "<strong>",
  "</strong>",
  "<em>",
  "</em>",
  "<i>",
  "</i>",
  "<u>",
  "</u>",
  '<a href="https://x.org/?a=1&amp;b=2">',
  '<a href="//y.org" title="T &amp; U">',
  '<a href="javascript:alert(1)">',
  '<a href=" JaVa&#x09;script:x">',
  "<a>",
  "</a>",
  "<ul>",
  "</ul>",
  "<ol>",
  "</ol>",
  "<li>",
  "</li>",
  "<br>",
  "<br />",
  "</br>",
  "<script>",
  "</script>",
  "<style>",
  "</style>",
  "<div>",
  "</div>",
  '<span class="c">',
  "</span>",
  "<h2>",
  "</h2>",
  "<blockquote>",
  "</blockquote>",
  "<table>",
  "<tr>",
  "<td>",
  "</td>",
  "</table>",
  "<svg>",
  "</svg>",
  "<math>",
  "<img src=x onerror=y>",
  "<option>",
  "<textarea>",
  "</textarea>",
  "<title>",
  "</title>",
  "<noscript>",
  "</noscript>",
  "<iframe>",
  "</iframe>",
  "<template>",
  "</template>",
  "<select>",
  "</select>",
  "<head>",
  "<body>",
  "<P>",
  "<B onclick=x>",
  "<!-- c -->",
  "text",
  " ",
  "words here",
  "&amp;",
  "&nbsp;",
  "&lt;",
  "&copy",
  "<",
  ">",
  '"',
  "&",
  "\n",
  "\n\n",
  "“quotes”",
  "😀",
]

/** `count` generated inputs: runs of 1 to 12 pieces of markup and text, in any order. */
export function generatedHtml(count: number, seed = 1): string[] {
  let state = seed
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const inputs: string[] = []
  for (let index = 0; index < count; index += 1) {
    let html = ""
    const length = 1 + Math.floor(random() * 12)
    for (let piece = 0; piece < length; piece += 1) html += PIECES[Math.floor(random() * PIECES.length)]
    inputs.push(html)
  }
  return inputs
}

/** The whole corpus. */
export function htmlCorpus(generated = 3000): string[] {
  return [...EDGE_CASES, ...showFileTexts(), ...generatedHtml(generated)]
}
