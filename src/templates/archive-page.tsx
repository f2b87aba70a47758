import * as React from "react"
import { graphql, type HeadProps, type PageProps } from "gatsby"
import ArchivePage from "../components/archive-page"
import SeoHead from "../components/seo-head"
import type { Episode, ShowPage as ShowPageData } from "../types"
import { byStart } from "../utils/schedule"
import { showTitle } from "../utils/show-title"
import type { SharedContext } from "./show-page"
import "../styles/openinfra-live.css"

interface Data {
  openInfraLivePage: ShowPageData
  allOpenInfraLiveEpisode: { nodes: Episode[] }
}

export interface ArchivePageContext extends SharedContext {
  episodeIds: string[]
  pageNumber: number
  pageCount: number
  previousPath: string
  nextPath: string | null
}

/**
 * Sorted here rather than in the query: Gatsby 4 writes `sort: { fields: [date], order: DESC }`
 * and Gatsby 5 `sort: { date: DESC }`, and neither form works on both.
 */
const newestFirst = (episodes: readonly Episode[]) => [...episodes].sort(byStart).reverse()

export const query = graphql`
  query OpenInfraLiveArchivePage($pageId: String!, $episodeIds: [String!]!) {
    openInfraLivePage(id: { eq: $pageId }) {
      ...OpenInfraLivePageFields
    }
    allOpenInfraLiveEpisode(filter: { id: { in: $episodeIds } }) {
      nodes { ...OpenInfraLiveEpisodeFields }
    }
  }
`

export default function ArchivePageTemplate({ data, pageContext }: PageProps<Data, ArchivePageContext>) {
  return (
    <ArchivePage
      page={data.openInfraLivePage}
      episodes={newestFirst(data.allOpenInfraLiveEpisode.nodes)}
      pageNumber={pageContext.pageNumber}
      pageCount={pageContext.pageCount}
      previousPath={pageContext.previousPath}
      nextPath={pageContext.nextPath}
    />
  )
}

export function Head({ data, pageContext }: HeadProps<Data, ArchivePageContext>) {
  const { seo } = data.openInfraLivePage
  const show = showTitle(data.openInfraLivePage)
  return (
    <SeoHead
      title={`Past episodes, page ${pageContext.pageNumber} of ${pageContext.pageCount} · ${show}`}
      description={seo.description}
      canonicalUrl={pageContext.canonicalUrl}
      imageUrl={null}
      twitterUsername={seo.twitterUsername}
      feeds={pageContext.feeds}
      showTitle={show}
    />
  )
}
