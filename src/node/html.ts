/**
 * Editors' HTML (episode descriptions, the hero's description) made safe at
 * build time with an allowlist, and turned into plain text where HTML cannot go.
 */
import sanitizeHtml from "sanitize-html"
import { Parser } from "htmlparser2"
import { decodeEntities } from "./text"
import { withScheme } from "./urls"

/** Links, emphasis, line breaks, paragraphs and lists: nothing else survives. */
const ALLOWED_TAGS = ["a", "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li"]
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ["href", "title"] }
const ALLOWED_SCHEMES = ["http", "https", "mailto"]
/** Tags dropped together with everything inside them. */
const DROPPED_WITH_CONTENT = ["script", "style", "textarea", "option", "noscript", "iframe", "object", "template", "title", "svg", "math", "head"]
/** A chunk that already starts with a block element is not wrapped in another <p>. */
const STARTS_WITH_BLOCK = /^<(p|ul|ol|div|blockquote|h[1-6])[\s>]/i

export interface SanitizedHtml {
  /** Safe HTML, or null when nothing is left. */
  html: string | null
  /** What the allowlist took out, for the editor's warning: `<script>`, `onclick attribute on <a>`. */
  removed: string[]
}

function schemeOf(url: string): string | null {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- those characters are what this removes
  const compact = decodeEntities(url).replace(/[\u0000-\u0020]/g, "")
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact)
  return match ? match[1]!.toLowerCase() : null
}

/** Lists what the allowlist will take out of `html`, without changing it. */
function findRemoved(html: string): string[] {
  const removed = new Set<string>()
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!ALLOWED_TAGS.includes(name)) {
          removed.add(`<${name}>`)
          return
        }
        const allowed = ALLOWED_ATTRIBUTES[name] ?? []
        for (const [attribute, value] of Object.entries(attributes)) {
          if (!allowed.includes(attribute)) {
            removed.add(`${attribute} attribute on <${name}>`)
          } else if (attribute === "href") {
            const scheme = schemeOf(withScheme(value))
            if (scheme !== null && !ALLOWED_SCHEMES.includes(scheme)) removed.add(`${scheme}: link`)
          }
        }
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return [...removed]
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

export function sanitizeEditorHtml(raw: string): SanitizedHtml {
  const text = raw.trim()
  if (text === "") return { html: null, removed: [] }
  const source = wrapParagraphs(text)
  const removed = findRemoved(source)
  const html = sanitizeHtml(source, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ALLOWED_SCHEMES,
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    nonTextTags: DROPPED_WITH_CONTENT,
    transformTags: {
      a: (tagName, attributes) => {
        const href = attributes.href
        return {
          tagName,
          attribs: href === undefined ? attributes : { ...attributes, href: withScheme(href) },
        }
      },
    },
  })
    // White space left at the inner edges of a paragraph or list item (where removed markup stood).
    .replace(/(<(?:p|li)>)\s+/g, "$1")
    .replace(/\s+(<\/(?:p|li)>)/g, "$1")
    .trim()
  return { html: htmlToPlainText(html) === "" ? null : html, removed }
}

/**
 * Text content of (sanitized or raw) HTML: for meta tags and speaker lists.
 * Line breaks, paragraphs and list items become new lines when `keepLines`
 * is set; otherwise all white space is folded to single spaces.
 */
export function htmlToPlainText(html: string, { keepLines = false } = {}): string {
  const withBreaks = html.replace(/<br\s*\/?>|<\/?(p|li|div|ul|ol|blockquote)\b[^>]*>/gi, "\n")
  const text = decodeEntities(sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {}, nonTextTags: DROPPED_WITH_CONTENT }))
  if (!keepLines) return text.replace(/\s+/g, " ").trim()
  return text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n")
}
