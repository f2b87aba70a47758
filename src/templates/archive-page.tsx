import * as React from "react"
import type { HeadProps, PageProps } from "gatsby"
import ArchivePage from "../components/archive-page"
import IndexPage from "../components/index-page"
import ListPage from "../components/list-page"
import SeoHead from "../components/seo-head"
import ThemeStyles from "../components/theme-styles"
import type { ArchivePageContext, IndexPageContext, ListPageContext } from "../content/pages"
import type { Episode, ShowPageData } from "../types"
import { byStart } from "../utils/episode-time"

/** What the query in src/build/queries.ts (PAGE_QUERIES["archive-page"]) gives. */
interface Data {
  openInfraLivePage: ShowPageData
  allOpenInfraLiveEpisode: { nodes: Episode[] }
}

/** The archive's pages share one template (one chunk, which every page's runtime lists): numbered pages, year, person and topic pages, indexes. */
type Context = ArchivePageContext | ListPageContext | IndexPageContext

/**
 * Sorted here rather than in the query: Gatsby 4 writes `sort: { fields: [date], order: DESC }`
 * and Gatsby 5 `sort: { date: DESC }`, and neither form works on both.
 */
const newestFirst = (episodes: readonly Episode[]) => [...episodes].sort(byStart).reverse()

export default function ArchivePageTemplate({ data, pageContext, path }: PageProps<Data, Context>) {
  const page = data.openInfraLivePage
  if ("entries" in pageContext) return <IndexPage page={page} kind={pageContext.kind} entries={pageContext.entries} browse={pageContext.browse} path={path} />
  const episodes = newestFirst(data.allOpenInfraLiveEpisode.nodes)
  if ("meta" in pageContext)
    return (
      <ListPage
        page={page}
        kind={pageContext.kind}
        title={pageContext.title}
        episodes={episodes}
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
  return (
    <ArchivePage
      page={page}
      episodes={episodes}
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
export function Head({ pageContext }: HeadProps<Data, Context>) {
  return (
    <>
      <SeoHead {...pageContext.seo} />
      <ThemeStyles css={pageContext.stylesheet} />
    </>
  )
}
