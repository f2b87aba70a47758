/**
 * A last pass over what a build wrote for the theme. React 18's streaming renderer, which Gatsby 5
 * uses to write pages' HTML, can split a multi-byte UTF-8 character at its buffer's edge and leave NUL
 * bytes beside it (reported upstream against react-dom); any content change can move that onto
 * another page. NUL (U+0000) is never valid in HTML (a parse error, HTML Living Standard 13.2.5),
 * in XML 1.0 (section 2.2) or in iCalendar text (RFC 5545, 3.3.11), so every file the theme's pages
 * and outputs produce is written without one, whatever wrote it.
 */
import path from "path"

export interface Cleaned {
  text: string
  /** How many NUL characters were taken out. */
  removed: number
}

/** The text without any U+0000. */
export function withoutNul(text: string): Cleaned {
  let removed = 0
  // eslint-disable-next-line no-control-regex -- NUL is what this takes out
  const cleaned = text.replace(/\u0000/g, () => {
    removed += 1
    return ""
  })
  return { text: cleaned, removed }
}

/** Where `gatsby build` writes a page's HTML: `public/live/x/index.html` (as gatsby-core-utils' generateHtmlPath). */
export function htmlFileOf(publicDirectory: string, pagePath: string): string {
  const relative = pagePath.replace(/^[/\\]+/, "")
  return path.join(publicDirectory, /\.html?$/i.test(pagePath) ? relative : path.join(relative, "index.html"))
}
