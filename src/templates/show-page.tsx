import * as React from "react"
import { graphql, type HeadProps, type PageProps } from "gatsby"
import SeoHead from "../components/seo-head"
import ShowPage from "../components/show-page"
import type { Episode, ShowPage as ShowPageData } from "../types"
import "../styles/openinfra-live.css"

interface Data {
  openInfraLivePage: ShowPageData & { episodes: Episode[] }
}

export interface ShowPageContext {
  id: string
  /** When the site was built (ISO 8601): the moment that splits upcoming from past in the static HTML. */
  builtAt: string
  /** The theme's airingWindowMinutes option. */
  airingWindowMinutes: number
  siteUrl: string | null
  canonicalUrl: string | null
  imageUrl: string | null
}

export const query = graphql`
  fragment OpenInfraLiveEpisodeFields on OpenInfraLiveEpisode {
    slug
    number
    title
    date
    dateOnly
    description
    speakers { name affiliation role }
    speakersText
    youtube { id watchUrl embedUrl thumbnailUrl }
    links { youtube facebook linkedin superuserRecap spotify applePodcasts }
    calendarInvite
  }

  query OpenInfraLiveShowPage($id: String!) {
    openInfraLivePage(id: { eq: $id }) {
      path
      seo { title description url image twitterUsername }
      hero { title description }
      footer { title subTitle buttonText button display }
      episodes { ...OpenInfraLiveEpisodeFields }
    }
  }
`

export default function ShowPageTemplate({ data, pageContext }: PageProps<Data, ShowPageContext>) {
  const { episodes, ...page } = data.openInfraLivePage
  return <ShowPage page={page} episodes={episodes} builtAt={pageContext.builtAt} airingWindowMinutes={pageContext.airingWindowMinutes} />
}

export function Head({ data, pageContext }: HeadProps<Data, ShowPageContext>) {
  const { seo, hero } = data.openInfraLivePage
  return <SeoHead seo={seo} canonicalUrl={pageContext.canonicalUrl} imageUrl={pageContext.imageUrl} fallbackTitle={hero.title} />
}
