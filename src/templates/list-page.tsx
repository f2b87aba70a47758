import * as React from "react"
import type { HeadProps, PageProps } from "gatsby"
import ListPage from "../components/list-page"
import SeoHead from "../components/seo-head"
import ThemeStyles from "../components/theme-styles"
import type { ListPageContext } from "../content/pages"
import type { Episode, ShowPageData } from "../types"
import { byStart } from "../utils/episode-time"

/** What the query in src/build/queries.ts (PAGE_QUERIES["list-page"]) gives. */
interface Data {
  openInfraLivePage: ShowPageData
  allOpenInfraLiveEpisode: { nodes: Episode[] }
}

/** A year's, a person's or a topic's episodes (sorted here: see the archive page's template). */
export default function ListPageTemplate({ data, pageContext, path }: PageProps<Data, ListPageContext>) {
  return (
    <ListPage
      page={data.openInfraLivePage}
      kind={pageContext.kind}
      title={pageContext.title}
      episodes={[...data.allOpenInfraLiveEpisode.nodes].sort(byStart).reverse()}
      meta={pageContext.meta}
      pageNumber={pageContext.pageNumber}
      pageCount={pageContext.pageCount}
      newerPath={pageContext.newerPath}
      olderPath={pageContext.olderPath}
      person={pageContext.person}
      browse={pageContext.browse}
      path={path}
      timeZone={pageContext.timeZone}
    />
  )
}

export function Head({ pageContext }: HeadProps<Data, ListPageContext>) {
  return (
    <>
      <SeoHead {...pageContext.seo} />
      <ThemeStyles css={pageContext.stylesheet} />
    </>
  )
}
