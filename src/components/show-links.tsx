import * as React from "react"
import { withPrefix } from "gatsby"
import type { ShowLink } from "../types"

export interface ShowLinksProps {
  /** In the order the content gives them; nothing is rendered for none. */
  links: ShowLink[]
  /** The list's accessible name. Default: "Listen and watch". */
  label?: string
}

/**
 * Where to listen to, watch or follow the show (its podcast, its channel, its page): one button a
 * link, with the platform's icon (the theme's own, drawn by the stylesheet, which a site can
 * restyle: `.oil-platform-icon--spotify { --oil-platform-glyph: url(…) }`) and its text, which is its name.
 */
export default function ShowLinks({ links, label = "Listen and watch" }: ShowLinksProps) {
  if (links.length === 0) return null
  return (
    <ul className="oil-show-links" aria-label={label}>
      {links.map((link, index) => {
        // A site path (the build made every other link an absolute http(s) URL) is served under the path prefix.
        const local = link.url.startsWith("/")
        return (
          <li key={index}>
            {/* Same tab, so no rel="noopener"; browsers send other sites the page's origin only (strict-origin-when-cross-origin). */}
            <a className={`oil-show-link oil-show-link--${link.platform}`} href={local ? withPrefix(link.url) : link.url}>
              {/* The platform's icon, drawn by the stylesheet (.oil-platform-icon--<platform>): decorative. */}
              <span className={`oil-platform-icon oil-platform-icon--${link.platform}`} aria-hidden="true" />
              <span className="oil-show-link__label">{link.label}</span>
            </a>
          </li>
        )
      })}
    </ul>
  )
}
