import * as React from "react"
import type { HeadProps, PageProps } from "gatsby"
import ArchivePage from "../components/archive-page"
import SeoHead from "../components/seo-head"
import ThemeStyles from "../components/theme-styles"
import type { ArchivePageContext } from "../content/pages"
import type { Episode, ShowPageData } from "../types"
import { byStart } from "../utils/episode-time"

/** What the query in src/build/queries.ts (PAGE_QUERIES["archive-page"]) gives. */
interface Data {
  openInfraLivePage: ShowPageData
  allOpenInfraLiveEpisode: { nodes: Episode[] }
}

/**
 * Sorted here rather than in the query: Gatsby 4 writes `sort: { fields: [date], order: DESC }`
 * and Gatsby 5 `sort: { date: DESC }`, and neither form works on both.
 */
const newestFirst = (episodes: readonly Episode[]) => [...episodes].sort(byStart).reverse()

export default function ArchivePageTemplate({ data, pageContext }: PageProps<Data, ArchivePageContext>) {
  return (
    <ArchivePage
      page={data.openInfraLivePage}
      episodes={newestFirst(data.allOpenInfraLiveEpisode.nodes)}
      pageNumber={pageContext.pageNumber}
      pageCount={pageContext.pageCount}
      newerPath={pageContext.newerPath}
      olderPath={pageContext.olderPath}
      timeZone={pageContext.timeZone}
      browse={pageContext.browse}
    />
  )
}

/** What the build decided for the <head> (src/content/seo.ts; shadow SeoHead to change it), and the theme's styles. */
export function Head({ pageContext }: HeadProps<Data, ArchivePageContext>) {
  return (
    <>
      <SeoHead {...pageContext.seo} />
      <ThemeStyles css={pageContext.stylesheet} />
    </>
  )
}
