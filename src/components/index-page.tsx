import * as React from "react"
import { Link } from "gatsby"
import type { IndexEntry, BrowseLinks as Links } from "../content/pages"
import type { ShowPageData } from "../types"
import BrowseLinks from "./browse-links"
import EpisodeSearch from "./episode-search"
import { showTitle } from "../utils/show-title"
import Layout from "./layout"
import PageHeader from "./page-header"

export interface IndexPageProps {
  page: ShowPageData
  /** The index of the show's people, or of its topics. */
  kind: "people" | "topics"
  /** Sorted by name. */
  entries: IndexEntry[]
  browse: Links
  /** The page's own path, so that its link in `browse` is marked current. */
  path?: string
}

const count = (n: number) => (n === 1 ? "1 episode" : `${n} episodes`)

/** Everyone the show's speakers name, or every topic of its episodes, each linked to their page. */
export default function IndexPage({ page, kind, entries, browse, path }: IndexPageProps) {
  const title = kind === "people" ? "People" : "Topics"
  return (
    <Layout>
      <PageHeader
        showPath={page.path}
        showTitle={showTitle(page)}
        title={title}
        meta={kind === "people" ? `${entries.length} people on the show` : `${entries.length} topics`}
      />
      <EpisodeSearch index={browse.search} showPath={page.path} />
      <section className="oil-index" aria-labelledby="oil-index-title">
        <h2 className="oil-visually-hidden" id="oil-index-title">
          {kind === "people" ? "Everyone on the show, by name" : "Every topic, by name"}
        </h2>
        <ul className="oil-index__list">
          {entries.map((entry) => (
            <li key={entry.path} className="oil-index__entry">
              <Link className="oil-index__name" to={entry.path}>
                {entry.name}
              </Link>
              <span className="oil-index__meta">
                {entry.detail !== null && `${entry.detail} · `}
                {count(entry.episodeCount)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <BrowseLinks links={browse} currentPath={path} />
    </Layout>
  )
}
