import * as React from "react"
import { graphql, type HeadProps, type PageProps } from "gatsby"
import SeoHead from "../components/seo-head"
import ShowPage from "../components/show-page"
import type { ShowPageContext } from "../node/pages"
import type { Episode, ShowPageData } from "../types"
import "../styles/openinfra-live.css"

interface Data {
  openInfraLivePage: ShowPageData
  allOpenInfraLiveEpisode: { nodes: Episode[] }
}

// Not sorted in the query (Gatsby 4 and 5 take different `sort` syntaxes, and neither works on both):
// ShowPage schedules the episodes itself. The fragments are in src/queries/fragments.ts.
export const query = graphql`
  query OpenInfraLiveShowPage($id: String!, $episodeIds: [String!]!) {
    openInfraLivePage(id: { eq: $id }) {
      ...OpenInfraLivePageFields
    }
    allOpenInfraLiveEpisode(filter: { id: { in: $episodeIds } }) {
      nodes {
        ...OpenInfraLiveEpisodeFields
      }
    }
  }
`

export default function ShowPageTemplate({ data, pageContext }: PageProps<Data, ShowPageContext>) {
  return (
    <ShowPage
      page={data.openInfraLivePage}
      episodes={data.allOpenInfraLiveEpisode.nodes}
      builtAt={pageContext.builtAt}
      airingWindowMinutes={pageContext.airingWindowMinutes}
      feeds={pageContext.feeds}
      siteUrl={pageContext.siteUrl}
      olderPath={pageContext.olderPath}
      pageCount={pageContext.pageCount}
    />
  )
}

/** What the build decided for the <head> (src/node/seo.ts); shadow SeoHead to change it. */
export function Head({ pageContext }: HeadProps<Data, ShowPageContext>) {
  return <SeoHead {...pageContext.seo} />
}
