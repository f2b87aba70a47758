import * as React from "react"
import type { ListKind, ListPerson, BrowseLinks as Links } from "../content/pages"
import type { Episode, ShowPageData } from "../types"
import BrowseLinks from "./browse-links"
import EpisodeSearch from "./episode-search"
import EpisodeList from "./episode-list"
import { showTitle } from "../utils/show-title"
import HydrateLater from "./hydrate-later"
import Layout from "./layout"
import PageHeader from "./page-header"
import Pagination from "./pagination"
import TimeZoneSwitch from "./time-zone-switch"

export interface ListPageProps {
  page: ShowPageData
  /** What the page lists: a year's episodes, a person's, a topic's. */
  kind: ListKind
  /** "2024", the person's name, the topic's name. */
  title: string
  /** The line under the title, made at build time: "On 5 episodes · page 1 of 3" (listMeta in src/content/pages.ts). */
  meta: string
  /** Newest first. */
  episodes: Episode[]
  /** 1-based, among the list's pages. */
  pageNumber: number
  pageCount: number
  newerPath: string | null
  olderPath: string | null
  /** What the content says of the person, on a person's page (its `html` made at build time); else null. */
  person: ListPerson | null
  /** The archive's years, people and topics. */
  browse: Links
  /** The page's own path, so that its link in `browse` is marked current. */
  path?: string
  /** The show's time zone, an IANA name (the `timeZone` option). Default "UTC". */
  timeZone?: string
}

/** The episodes of a year, a person or a topic, newest first, in pages as the archive's. */
export default function ListPage({
  page,
  title,
  meta,
  episodes,
  pageNumber,
  pageCount,
  newerPath,
  olderPath,
  person,
  browse,
  path,
  timeZone = "UTC",
}: ListPageProps) {
  return (
    <Layout>
      <PageHeader showPath={page.path} showTitle={showTitle(page)} title={title} meta={meta} />
      {person?.html != null && <div className="oil-person" dangerouslySetInnerHTML={{ __html: person.html }} />}
      <EpisodeSearch index={browse.search} showPath={page.path} />
      <TimeZoneSwitch timeZone={timeZone} />
      <HydrateLater>
        <EpisodeList title={pageCount > 1 ? `Page ${pageNumber}` : "Episodes"} id="oil-list" episodes={episodes} layout="grid" showCalendarLinks={false} />
        <Pagination pageNumber={pageNumber} pageCount={pageCount} previousPath={newerPath} nextPath={olderPath} />
      </HydrateLater>
      <BrowseLinks links={browse} currentPath={path} />
    </Layout>
  )
}
