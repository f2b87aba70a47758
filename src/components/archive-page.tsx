import * as React from "react"
import type { Episode, ShowPage as ShowPageData } from "../types"
import EpisodeList from "./episode-list"
import Layout from "./layout"
import Pagination from "./pagination"

export interface ArchivePageProps {
  page: ShowPageData
  /** Newest first. */
  episodes: Episode[]
  /** 2 for the first archive page: the show page is page 1. */
  pageNumber: number
  pageCount: number
  previousPath: string
  nextPath: string | null
}

/** One page of older past episodes. */
export default function ArchivePage({ page, episodes, pageNumber, pageCount, previousPath, nextPath }: ArchivePageProps) {
  const show = page.seo.title ?? page.hero.title ?? "Live show"
  return (
    <Layout>
      <header className="oil-page-header">
        <div className="oil-page-header__inner">
          <a className="oil-page-header__back" href={page.path}>
            {show}
          </a>
          <h1 className="oil-page-header__title">Past episodes</h1>
          <p className="oil-page-header__meta">
            Page {pageNumber} of {pageCount}
          </p>
        </div>
      </header>
      <EpisodeList title={`Page ${pageNumber}`} id="oil-archive" episodes={episodes} layout="grid" showCalendarLinks={false} />
      <Pagination pageNumber={pageNumber} pageCount={pageCount} previousPath={previousPath} nextPath={nextPath} />
    </Layout>
  )
}
