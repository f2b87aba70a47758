import * as React from "react"
import { graphql, type HeadProps, type PageProps } from "gatsby"
import SeoHead, { type FeedLinks } from "../components/seo-head"
import ShowPage from "../components/show-page"
import type { Episode, ShowPage as ShowPageData } from "../types"
import { itemListJsonLd } from "../utils/json-ld"
import { byStart } from "../utils/schedule"
import { showTitle } from "../utils/show-title"
import "../styles/openinfra-live.css"

interface Data {
  openInfraLivePage: ShowPageData
  allOpenInfraLiveEpisode: { nodes: Episode[] }
}

/** What createPages gives every page of a show. */
export interface SharedContext {
  /** The show page's node. */
  pageId: string
  /** When the site was built (ISO 8601): the moment the static HTML's schedule is computed for. */
  builtAt: string
  /** The theme's airingWindowMinutes option. */
  airingWindowMinutes: number
  /** The site's origin, or null when unknown. */
  siteUrl: string | null
  feeds: FeedLinks
  /** Absolute URL of this page, or null when the site's URL is unknown. */
  canonicalUrl: string | null
}

export interface ShowPageContext extends SharedContext {
  id: string
  imageUrl: string | null
  /** The episodes on this page: the one on air or next, the upcoming ones, the most recent past ones. */
  episodeIds: string[]
  olderPath: string | null
  pageCount: number
}

// Not sorted in the query (Gatsby 4 and 5 take different `sort` syntaxes, and neither works on both):
// ShowPage schedules the episodes itself, and Head sorts the list it describes.
export const query = graphql`
  # What the episode cards render: the lists ship no more (the episode page adds descriptionText for its Head).
  fragment OpenInfraLiveEpisodeFields on OpenInfraLiveEpisode {
    slug
    path
    number
    title
    date
    dateOnly
    description
    speakers { name affiliation role }
    youtube { id watchUrl embedUrl thumbnailUrl thumbnail { src srcSet webpSrcSet width height } }
    links { youtube facebook linkedin superuserRecap spotify applePodcasts }
    calendarInvite
    inviteGenerated
  }

  fragment OpenInfraLivePageFields on OpenInfraLivePage {
    path
    seo { title description url image twitterUsername }
    hero { title description }
    footer { title subTitle buttonText button display }
  }

  query OpenInfraLiveShowPage($id: String!, $episodeIds: [String!]!) {
    openInfraLivePage(id: { eq: $id }) {
      ...OpenInfraLivePageFields
    }
    allOpenInfraLiveEpisode(filter: { id: { in: $episodeIds } }) {
      nodes { ...OpenInfraLiveEpisodeFields }
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

export function Head({ data, pageContext }: HeadProps<Data, ShowPageContext>) {
  const { seo, path } = data.openInfraLivePage
  const title = showTitle(data.openInfraLivePage)
  return (
    <SeoHead
      title={title}
      description={seo.description}
      canonicalUrl={pageContext.canonicalUrl}
      imageUrl={pageContext.imageUrl}
      twitterUsername={seo.twitterUsername}
      feeds={pageContext.feeds}
      jsonLd={[itemListJsonLd([...data.allOpenInfraLiveEpisode.nodes].sort(byStart), { siteUrl: pageContext.siteUrl, name: title, showPath: path })]}
    />
  )
}
