import * as React from "react"
import type { Episode, ShowPageData } from "../types"
import BrowseLinks from "./browse-links"
import EpisodeSearch from "./episode-search"
import EpisodeList from "./episode-list"
import type { BrowseLinks as Links } from "../content/pages"
import { showTitle } from "../utils/show-title"
import HydrateLater from "./hydrate-later"
import Layout from "./layout"
import PageHeader from "./page-header"
import Pagination from "./pagination"
import TimeZoneSwitch from "./time-zone-switch"

export interface ArchivePageProps {
  page: ShowPageData
  /** Newest first. */
  episodes: Episode[]
  /** 2 for the first archive page: the show page is page 1. */
  pageNumber: number
  pageCount: number
  /** The page of newer episodes (the show page for page 2), and of older ones (null on the last page). */
  newerPath: string
  olderPath: string | null
  /** The show's time zone, an IANA name (the `timeZone` option). Default "UTC". */
  timeZone?: string
  /** The archive's years, people and topics (none shown without). */
  browse?: Links
}

/** One page of older past episodes. */
export default function ArchivePage({ page, episodes, pageNumber, pageCount, newerPath, olderPath, timeZone = "UTC", browse }: ArchivePageProps) {
  return (
    <Layout>
      <PageHeader showPath={page.path} showTitle={showTitle(page)} title="Past episodes" meta={`Page ${pageNumber} of ${pageCount}`} />
      {browse !== undefined && <EpisodeSearch index={browse.search} showPath={page.path} />}
      <TimeZoneSwitch timeZone={timeZone} />
      <HydrateLater>
        <EpisodeList title={`Page ${pageNumber}`} id="oil-archive" episodes={episodes} layout="grid" showCalendarLinks={false} />
        <Pagination pageNumber={pageNumber} pageCount={pageCount} previousPath={newerPath} nextPath={olderPath} />
      </HydrateLater>
      {browse !== undefined && <BrowseLinks links={browse} />}
    </Layout>
  )
}
