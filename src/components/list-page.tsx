import * as React from "react"
import { Link } from "gatsby"
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
  /** Newest first. */
  episodes: Episode[]
  /** The episodes of the list, on all its pages. */
  episodeCount: number
  /** 1-based, among the list's pages. */
  pageNumber: number
  pageCount: number
  newerPath: string | null
  olderPath: string | null
  /** What the content says of the person, on a person's page; else null. */
  person: ListPerson | null
  /** The archive's years, people and topics. */
  browse: Links
  /** The page's own path, so that its link in `browse` is marked current. */
  path?: string
  /** The show's time zone, an IANA name (the `timeZone` option). Default "UTC". */
  timeZone?: string
}

const episodesText = (n: number) => (n === 1 ? "1 episode" : `${n} episodes`)
const META: Record<ListKind, (count: string) => string> = {
  year: (count) => `${count} this year`,
  person: (count) => `On ${count}`,
  topic: (count) => `${count} on this topic`,
}

/** The episodes of a year, a person or a topic, newest first, in pages as the archive's. */
export default function ListPage(props: ListPageProps) {
  const { page, kind, title, episodes, episodeCount, pageNumber, pageCount, newerPath, olderPath, person, browse, path, timeZone = "UTC" } = props
  const pages = pageCount > 1 ? ` · page ${pageNumber} of ${pageCount}` : ""
  const details = person === null ? [] : [...person.affiliations, ...person.roles]
  return (
    <Layout>
      <PageHeader showPath={page.path} showTitle={showTitle(page)} title={title} meta={`${META[kind](episodesText(episodeCount))}${pages}`} />
      {person !== null && (details.length > 0 || person.url !== null || person.elsewhere.length > 0) && (
        <div className="oil-person">
          {details.length > 0 && <p className="oil-person__details">{details.join(" · ")}</p>}
          {(person.url !== null || person.elsewhere.length > 0) && (
            <ul className="oil-links">
              {person.elsewhere.map((other) => (
                <li key={other.path}>
                  <Link className="oil-link" to={other.path}>
                    On {other.show}: {episodesText(other.episodeCount)}
                  </Link>
                </li>
              ))}
              {person.url !== null && (
                <li>
                  <a className="oil-link" href={person.url} rel="me noopener">
                    {title}’s page
                  </a>
                </li>
              )}
            </ul>
          )}
        </div>
      )}
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
