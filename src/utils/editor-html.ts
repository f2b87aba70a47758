/**
 * Editors' HTML (episode descriptions, the hero's description) made safe with one allow-list, and
 * turned into plain text where HTML cannot go: the rules, shared by the build and the CMS preview.
 *
 * Each side brings only a parser: the build parse5 (src/content/html.ts), the CMS preview the browser's
 * own (src/cms/html.browser.ts, which the theme's package.json "browser" field puts in the CMS bundle
 * in place of src/content/html.ts). Both follow the HTML standard's parsing algorithm in the same mode
 * (a fragment inside a <template>, scripting off), so they give the same tree, and this module turns
 * that tree into the same HTML and the same list of what was removed: the preview shows what the
 * build will publish, and reports what the build will report. __tests__/e2e/editor-html.e2e.test.ts
 * checks it in Chromium over thousands of inputs, well-formed or not.
 *
 * The output is built from the tree, never copied from the input: only allowed elements and
 * attributes are written, and every text and attribute value is escaped.
 */
import { withScheme } from "../content/urls"

/** Links, emphasis, line breaks, paragraphs and lists: nothing else survives. */
export const ALLOWED_TAGS: readonly string[] = ["a", "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li"]
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { a: ["href", "title"] }
/** The schemes a link may have (protocol-relative `//host/x` links become https). */
export const ALLOWED_SCHEMES: readonly string[] = ["http", "https", "mailto"]
/** Tags dropped together with everything inside them, which is not looked at: only the tag is reported. */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  "script",
  "style",
  "textarea",
  "option",
  "noscript",
  "iframe",
  "object",
  "template",
  "title",
  "svg",
  "math",
  "head",
  "select",
]
/**
 * <select>, which the HTML standard parses otherwise since 2025 (what it may hold, what closes it):
 * browsers follow at their own pace, parse5 later. Renamed before parsing, it is read as an element
 * like any other, the same way everywhere; it is reported, and dropped with what it holds, as <select>.
 */
const SELECT_TAG = /<(\/?)select(?=[\s/>]|$)/gi
const SELECT_STAND_IN = "oil-select"
/** A chunk that already starts with a block element is not wrapped in another <p>. */
const STARTS_WITH_BLOCK = /^<(p|ul|ol|div|blockquote|h[1-6])[\s>]/i
/** Markup that ends a line in plain text. */
const LINE_BREAKS = /<br\s*\/?>|<\/?(p|li|div|ul|ol|blockquote)\b[^>]*>/gi
/** Elements written without a closing tag. */
const VOID = new Set(["br"])

/** How one parser's tree is read. Both adapters leave comments, doctypes and the like out. */
export interface HtmlTree<N> {
  /** The nodes of `html`, parsed as the HTML standard parses the inside of a <template> element. */
  parse(html: string): ArrayLike<N>
  /** An element's local name (lower case for HTML elements), or null for any other node. */
  tagName(node: N): string | null
  /** A text node's text (entities decoded), or null for any other node. */
  text(node: N): string | null
  /** An element's attributes in the order written, by qualified name, their values decoded. */
  attributes(node: N): Array<[name: string, value: string]>
  /** An element's children: a <template>'s are those of its content. */
  children(node: N): ArrayLike<N>
}

export interface SanitizedHtml {
  /** Safe HTML, or null when nothing is left. */
  html: string | null
  /** What the allowlist took out, for the editor's warning: `<script>`, `onclick attribute on <a>`, `javascript: link`. */
  removed: string[]
}

export interface EditorHtml {
  /** Editors' HTML, sanitized to the allow-list, and what was taken out. */
  sanitizeEditorHtml(raw: string): SanitizedHtml
  /**
   * Text content of (sanitized or raw) HTML: for meta tags and speaker lists.
   * Line breaks, paragraphs and list items become new lines when `keepLines`
   * is set; otherwise all white space is folded to single spaces.
   */
  htmlToPlainText(html: string, options?: { keepLines?: boolean }): string
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, "&quot;")

/**
 * Why a link's href must go, in the warning's words, or null to keep it. Browsers ignore control
 * characters and white space inside a scheme ("java\tscript:"), and old ones comments, so the scheme
 * is read without them. `value` is the attribute's value as the parser decoded it, protocol-relative
 * links already made https: one left (`/\host`, `\\host`, which browsers read as //host) goes too.
 */
function unsafeHref(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- those characters are what this removes
  const compact = value.replace(/[\u0000-\u0020]+/g, "").replace(/<!--[\s\S]*?-->/g, "")
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase()
  if (scheme !== undefined) return ALLOWED_SCHEMES.includes(scheme) ? null : `${scheme}: link`
  return /^[/\\]{2}/.test(compact) ? `link to ${value.trim()}` : null
}

/**
 * Blank-line paragraphs become <p> elements: editors separate paragraphs with
 * an empty line, which HTML would otherwise fold into one.
 */
function wrapParagraphs(text: string): string {
  const chunks = text
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
  if (chunks.length < 2) return text
  return chunks.map((chunk) => (STARTS_WITH_BLOCK.test(chunk) ? chunk : `<p>${chunk}</p>`)).join("\n")
}

/** One step of a walk over the tree: a node, or a closing tag to write. */
type Step<N> = { node: N } | { close: string }

/** Pushes `nodes` so that they are taken in document order. The walks use a stack, not recursion: deep nesting cannot overflow it. */
function pushChildren<N>(stack: Step<N>[], nodes: ArrayLike<N>): void {
  for (let index = nodes.length - 1; index >= 0; index -= 1) stack.push({ node: nodes[index]! })
}

/** The sanitizer and the plain-text reader over one parser. */
export function editorHtml<N>(tree: HtmlTree<N>): EditorHtml {
  const parse = (html: string) => tree.parse(html.replace(SELECT_TAG, `<$1${SELECT_STAND_IN}`))
  /** An element's name, as written (a renamed <select> is a select). */
  const tagName = (node: N) => {
    const name = tree.tagName(node)
    return name === SELECT_STAND_IN ? "select" : name
  }

  /** The allowed part of `nodes`, as HTML, and (in document order) what was not allowed. */
  function sanitizeNodes(nodes: ArrayLike<N>): { html: string; removed: string[] } {
    const removed = new Set<string>()
    let html = ""
    const stack: Step<N>[] = []
    pushChildren(stack, nodes)
    while (stack.length > 0) {
      const step = stack.pop()!
      if ("close" in step) {
        html += step.close
        continue
      }
      const text = tree.text(step.node)
      if (text !== null) {
        html += escapeText(text)
        continue
      }
      const tag = tagName(step.node)
      if (tag === null) continue
      if (!ALLOWED_TAGS.includes(tag)) {
        removed.add(`<${tag}>`)
        // A tag that is not allowed goes; what is inside stays, unless it goes with it.
        if (!DROPPED_WITH_CONTENT.includes(tag)) pushChildren(stack, tree.children(step.node))
        continue
      }
      let attributes = ""
      const allowed = ALLOWED_ATTRIBUTES[tag] ?? []
      for (const [name, written] of tree.attributes(step.node)) {
        if (!allowed.includes(name)) {
          removed.add(`${name} attribute on <${tag}>`)
          continue
        }
        const value = name === "href" ? withScheme(written) : written
        const unsafe = name === "href" ? unsafeHref(value) : null
        if (unsafe !== null) removed.add(unsafe)
        // An empty href or title says nothing: it is left out, as is an unsafe link.
        else if (value !== "") attributes += ` ${name}="${escapeAttribute(value)}"`
      }
      if (VOID.has(tag)) {
        html += `<${tag}${attributes} />`
      } else {
        html += `<${tag}${attributes}>`
        stack.push({ close: `</${tag}>` })
        pushChildren(stack, tree.children(step.node))
      }
    }
    return { html, removed: [...removed] }
  }

  /** The text of `nodes`, without what is dropped with its tag. */
  function textOf(nodes: ArrayLike<N>): string {
    let text = ""
    const stack: Step<N>[] = []
    pushChildren(stack, nodes)
    while (stack.length > 0) {
      const step = stack.pop()!
      if ("close" in step) continue
      const own = tree.text(step.node)
      if (own !== null) text += own
      else if (!DROPPED_WITH_CONTENT.includes(tagName(step.node) ?? "")) pushChildren(stack, tree.children(step.node))
    }
    return text
  }

  function htmlToPlainText(html: string, { keepLines = false }: { keepLines?: boolean } = {}): string {
    const text = textOf(parse(html.replace(LINE_BREAKS, "\n")))
    if (!keepLines) return text.replace(/\s+/g, " ").trim()
    return text
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n")
  }

  function sanitizeEditorHtml(raw: string): SanitizedHtml {
    const text = raw.trim()
    if (text === "") return { html: null, removed: [] }
    const { html, removed } = sanitizeNodes(parse(wrapParagraphs(text)))
    const tidy = html
      // White space left at the inner edges of a paragraph or list item (where removed markup stood).
      .replace(/(<(?:p|li)>)\s+/g, "$1")
      .replace(/\s+(<\/(?:p|li)>)/g, "$1")
      .trim()
    return { html: htmlToPlainText(tidy) === "" ? null : tidy, removed }
  }

  return { sanitizeEditorHtml, htmlToPlainText }
}
