import * as React from "react"
import { graphql, type HeadProps, type PageProps } from "gatsby"
import EpisodePage from "../components/episode-page"
import SeoHead from "../components/seo-head"
import type { Episode, ShowPage as ShowPageData } from "../types"
import { episodeJsonLd } from "../utils/json-ld"
import { showTitle } from "../utils/show-title"
import { plainSummary } from "../utils/summary"
import type { SharedContext } from "./show-page"
import "../styles/openinfra-live.css"

type NeighbourEpisode = Pick<Episode, "title" | "path" | "date" | "dateOnly">

interface Data {
  openInfraLivePage: ShowPageData
  episode: Episode
  previous: NeighbourEpisode | null
  next: NeighbourEpisode | null
}

export interface EpisodePageContext extends SharedContext {
  id: string
  previousId: string | null
  nextId: string | null
}

export const query = graphql`
  fragment OpenInfraLiveNeighbourFields on OpenInfraLiveEpisode {
    title
    path
    date
    dateOnly
  }

  query OpenInfraLiveEpisodePage($id: String!, $pageId: String!, $previousId: String, $nextId: String) {
    openInfraLivePage(id: { eq: $pageId }) {
      ...OpenInfraLivePageFields
    }
    episode: openInfraLiveEpisode(id: { eq: $id }) {
      ...OpenInfraLiveEpisodeFields
      descriptionText
    }
    previous: openInfraLiveEpisode(id: { eq: $previousId }) {
      ...OpenInfraLiveNeighbourFields
    }
    next: openInfraLiveEpisode(id: { eq: $nextId }) {
      ...OpenInfraLiveNeighbourFields
    }
  }
`

export default function EpisodePageTemplate({ data, pageContext }: PageProps<Data, EpisodePageContext>) {
  return (
    <EpisodePage
      page={data.openInfraLivePage}
      episode={data.episode}
      previous={pageContext.previousId === null ? null : data.previous}
      next={pageContext.nextId === null ? null : data.next}
      builtAt={pageContext.builtAt}
      airingWindowMinutes={pageContext.airingWindowMinutes}
    />
  )
}

export function Head({ data, pageContext }: HeadProps<Data, EpisodePageContext>) {
  const { seo } = data.openInfraLivePage
  const { episode } = data
  const show = showTitle(data.openInfraLivePage)
  const jsonLd = episodeJsonLd(episode, {
    siteUrl: pageContext.siteUrl,
    now: Date.parse(pageContext.builtAt),
    airingWindowMinutes: pageContext.airingWindowMinutes,
    showTitle: show,
  })
  return (
    <SeoHead
      title={`${episode.title} · ${show}`}
      description={plainSummary(episode.descriptionText, 300)}
      canonicalUrl={pageContext.canonicalUrl}
      imageUrl={episode.youtube?.thumbnailUrl ?? null}
      twitterUsername={seo.twitterUsername}
      ogType={episode.youtube === null ? "website" : "video.other"}
      feeds={pageContext.feeds}
      showTitle={show}
      jsonLd={[jsonLd]}
    />
  )
}
