import * as React from "react"
import { Link } from "gatsby"
import type { BrowseLinks as Links } from "../content/pages"

export interface BrowseLinksProps {
  links: Links
  /** The page shown, so that its own link is marked as the current page. */
  currentPath?: string
}

/**
 * The archive's ways in, on every page of it: each year, the people and the topics. Plain links, so
 * they reach every episode without JavaScript.
 */
export default function BrowseLinks({ links, currentPath }: BrowseLinksProps) {
  // Whatever the trailingSlash option made of the page's path.
  const current = currentPath?.replace(/\/+$/, "")
  const item = (name: string, path: string) => (
    <li key={path}>
      <Link className="oil-link" to={path} aria-current={path.replace(/\/+$/, "") === current ? "page" : undefined}>
        {name}
      </Link>
    </li>
  )
  const more = [...(links.people === null ? [] : [item("People", links.people)]), ...(links.topics === null ? [] : [item("Topics", links.topics)])]
  if (links.years.length === 0 && more.length === 0) return null
  return (
    <nav className="oil-browse" aria-labelledby="oil-browse-title">
      <h2 className="oil-browse__title" id="oil-browse-title">
        Browse the episodes
      </h2>
      {links.years.length > 0 && (
        <ul className="oil-links" aria-label="By year">
          {links.years.map((year) => item(year.name, year.path))}
        </ul>
      )}
      {more.length > 0 && <ul className="oil-links">{more}</ul>}
    </nav>
  )
}
