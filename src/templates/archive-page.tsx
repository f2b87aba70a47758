import * as React from "react"
import { graphql, type HeadProps, type PageProps } from "gatsby"
import ArchivePage from "../components/archive-page"
import SeoHead from "../components/seo-head"
import type { Episode, ShowPage as ShowPageData } from "../types"
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

export const query = graphql`
  query OpenInfraLiveArchivePage($pageId: String!, $episodeIds: [String!]!) {
    openInfraLivePage(id: { eq: $pageId }) {
      ...OpenInfraLivePageFields
    }
    allOpenInfraLiveEpisode(filter: { id: { in: $episodeIds } }, sort: [{ date: DESC }, { number: DESC }]) {
      nodes { ...OpenInfraLiveEpisodeFields }
    }
  }
`

export default function ArchivePageTemplate({ data, pageContext }: PageProps<Data, ArchivePageContext>) {
  return (
    <ArchivePage
      page={data.openInfraLivePage}
      episodes={data.allOpenInfraLiveEpisode.nodes}
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
