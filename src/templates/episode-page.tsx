import * as React from "react"
import type { HeadProps, PageProps } from "gatsby"
import EpisodePage from "../components/episode-page"
import type { NeighbourEpisode } from "../components/episode-nav"
import SeoHead from "../components/seo-head"
import ThemeStyles from "../components/theme-styles"
import type { EpisodePageContext } from "../content/pages"
import type { Episode, ShowPageData } from "../types"

/** What the query in src/build/queries.ts (PAGE_QUERIES["episode-page"]) gives. */
interface Data {
  openInfraLivePage: ShowPageData
  episode: Episode
  older: NeighbourEpisode | null
  newer: NeighbourEpisode | null
}

export default function EpisodePageTemplate({ data, pageContext }: PageProps<Data, EpisodePageContext>) {
  // A null id matches any node in Gatsby's `eq`: only the ids the page plan gives count.
  return (
    <EpisodePage
      page={data.openInfraLivePage}
      episode={data.episode}
      previous={pageContext.olderId === null ? null : data.older}
      next={pageContext.newerId === null ? null : data.newer}
      builtAt={pageContext.builtAt}
      airingWindowMinutes={pageContext.airingWindowMinutes}
      timeZone={pageContext.timeZone}
      calendarLinks={pageContext.calendarLinks}
    />
  )
}

/** What the build decided for the <head> (src/content/seo.ts; shadow SeoHead to change it), and the theme's styles. */
export function Head({ pageContext }: HeadProps<Data, EpisodePageContext>) {
  return (
    <>
      <SeoHead {...pageContext.seo} />
      <ThemeStyles css={pageContext.stylesheet} />
    </>
  )
}
