import * as React from "react"
import { graphql, type HeadProps, type PageProps } from "gatsby"
import ArchivePage from "../components/archive-page"
import SeoHead from "../components/seo-head"
import type { ArchivePageContext } from "../node/pages"
import type { Episode, ShowPageData } from "../types"
import { byStart } from "../utils/schedule"
import "../styles/openinfra-live.css"

interface Data {
  openInfraLivePage: ShowPageData
  allOpenInfraLiveEpisode: { nodes: Episode[] }
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
      nodes {
        ...OpenInfraLiveEpisodeFields
      }
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
      newerPath={pageContext.newerPath}
      olderPath={pageContext.olderPath}
    />
  )
}

/** What the build decided for the <head> (src/node/seo.ts); shadow SeoHead to change it. */
export function Head({ pageContext }: HeadProps<Data, ArchivePageContext>) {
  return <SeoHead {...pageContext.seo} />
}
