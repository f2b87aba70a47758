import * as React from "react"
import { Link } from "gatsby"

export interface PageHeaderProps {
  /** The show page's path and the show's name, for the link back. */
  showPath: string
  showTitle: string
  /** The page's h1, or null when the page's main content holds it. */
  title: string | null
  /** A line under the title, such as "Page 2 of 5" or "Upcoming episode". */
  meta: string
}

/** The banner of an episode page or an archive page: a link back to the show, and what the page is. */
export default function PageHeader({ showPath, showTitle, title, meta }: PageHeaderProps) {
  return (
    <header className="oil-page-header">
      <div className="oil-page-header__inner">
        <Link className="oil-page-header__back" to={showPath}>
          {showTitle}
        </Link>
        {title !== null && <h1 className="oil-page-header__title">{title}</h1>}
        <p className="oil-page-header__meta">{meta}</p>
      </div>
    </header>
  )
}
