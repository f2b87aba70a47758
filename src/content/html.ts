/**
 * Editors' HTML (episode descriptions, the hero's description) made safe in
 * Node (the build and the `check` command) with an allowlist, and turned into
 * plain text where HTML cannot go.
 *
 * The rules are src/utils/editor-html.ts, shared with the CMS preview; this module
 * parses with parse5, which follows the HTML standard as the browser's parser does
 * in the preview (src/cms/html.browser.ts, put in its place in the CMS bundle by the
 * theme's package.json "browser" field: the CMS does not carry parse5).
 */
import { parseFragment, type DefaultTreeAdapterMap } from "parse5"
import { editorHtml, type HtmlTree } from "../utils/editor-html"

export type { SanitizedHtml } from "../utils/editor-html"

type Node = DefaultTreeAdapterMap["childNode"]
type Element = DefaultTreeAdapterMap["element"]

const isElement = (node: Node): node is Element => "tagName" in node

const parse5Tree: HtmlTree<Node> = {
  // Without a context element, parse5 parses a fragment as the inside of a <template>. Browsers parse a template's
  // content with scripting off (it belongs to a document with no window): <noscript>'s content is markup there too.
  parse: (html) => parseFragment(html, { scriptingEnabled: false }).childNodes,
  tagName: (node) => (isElement(node) ? node.tagName : null),
  text: (node) => (node.nodeName === "#text" ? (node as DefaultTreeAdapterMap["textNode"]).value : null),
  attributes: (node) =>
    isElement(node) ? node.attrs.map((attribute) => [attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name, attribute.value]) : [],
  children: (node) => {
    if (!isElement(node)) return []
    const content = (node as DefaultTreeAdapterMap["template"]).content as DefaultTreeAdapterMap["documentFragment"] | undefined
    return content === undefined ? node.childNodes : content.childNodes
  },
}

const rules = editorHtml(parse5Tree)

export const sanitizeEditorHtml = rules.sanitizeEditorHtml
export const htmlToPlainText = rules.htmlToPlainText
