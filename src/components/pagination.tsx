import * as React from "react"
import { Link } from "gatsby"

export interface PaginationProps {
  /** The page shown, 1 being the show page. */
  pageNumber: number
  pageCount: number
  previousPath: string | null
  nextPath: string | null
}

/** Newer and older pages of past episodes. */
export default function Pagination({ pageNumber, pageCount, previousPath, nextPath }: PaginationProps) {
  if (previousPath === null && nextPath === null) return null
  return (
    <nav className="oil-pagination" aria-label="Past episodes, by page">
      {previousPath !== null && (
        <Link className="oil-link" to={previousPath} rel="prev">
          ← Newer episodes
        </Link>
      )}
      {pageCount > 1 && (
        <span className="oil-pagination__status">
          Page {pageNumber} of {pageCount}
        </span>
      )}
      {nextPath !== null && (
        <Link className="oil-link" to={nextPath} rel="next">
          Older episodes →
        </Link>
      )}
    </nav>
  )
}
