import * as React from "react"
import type { HeadProps, PageProps } from "gatsby"
import SeoHead from "../components/seo-head"
import ThemeStyles from "../components/theme-styles"
import ShowPage from "../components/show-page"
import type { ShowPageContext } from "../content/pages"
import type { Episode, ShowPageData } from "../types"

interface Data {
  openInfraLivePage: ShowPageData
  allOpenInfraLiveEpisode: { nodes: Episode[] }
}

/** The data of the query in src/build/queries.ts (PAGE_QUERIES["show-page"]); not sorted there: ShowPage schedules the episodes itself. */
export default function ShowPageTemplate({ data, pageContext }: PageProps<Data, ShowPageContext>) {
  return (
    <ShowPage
      page={data.openInfraLivePage}
      episodes={data.allOpenInfraLiveEpisode.nodes}
      builtAt={pageContext.builtAt}
      airingWindowMinutes={pageContext.airingWindowMinutes}
      feeds={pageContext.feeds}
      timeZone={pageContext.timeZone}
      calendarLinks={pageContext.calendarLinks}
      subscribeLinks={pageContext.subscribeLinks}
      olderPath={pageContext.olderPath}
      pageCount={pageContext.pageCount}
      browseHtml={pageContext.browseHtml}
    />
  )
}

/** What the build decided for the <head> (src/content/seo.ts; shadow SeoHead to change it), and the theme's styles. */
export function Head({ pageContext }: HeadProps<Data, ShowPageContext>) {
  return (
    <>
      <SeoHead {...pageContext.seo} />
      <ThemeStyles css={pageContext.stylesheet} />
    </>
  )
}
