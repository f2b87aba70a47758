/**
 * src/content/html.ts in the browser: the same rules (src/utils/editor-html.ts) over the browser's own
 * HTML parser, which follows the same standard as the build's parse5. The theme's package.json
 * "browser" field puts this module in place of src/content/html.ts in a browser bundle (the site's CMS
 * module), which then carries neither parse5 nor any other parser.
 *
 * A <template> element parses without running anything: its content belongs to a document with no
 * window, where scripts do not run and images do not load.
 */
import { editorHtml, type HtmlTree } from "../utils/editor-html"

export type { SanitizedHtml } from "../utils/editor-html"

const ELEMENT_NODE = 1
const TEXT_NODE = 3

const domTree: HtmlTree<Node> = {
  parse: (html) => {
    const template = document.createElement("template")
    template.innerHTML = html
    return template.content.childNodes
  },
  tagName: (node) => (node.nodeType === ELEMENT_NODE ? (node as Element).localName : null),
  text: (node) => (node.nodeType === TEXT_NODE ? (node as Text).data : null),
  attributes: (node) => (node.nodeType === ELEMENT_NODE ? Array.from((node as Element).attributes, (attribute) => [attribute.name, attribute.value]) : []),
  children: (node) => {
    // A <template>'s content (another element's `content`, such as a <meta>'s, is text).
    const content = (node as Partial<HTMLTemplateElement>).content
    return typeof content === "object" && content !== null ? content.childNodes : node.childNodes
  },
}

const rules = editorHtml(domTree)

export const sanitizeEditorHtml = rules.sanitizeEditorHtml
export const htmlToPlainText = rules.htmlToPlainText
