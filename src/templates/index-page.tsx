import * as React from "react"
import type { HeadProps, PageProps } from "gatsby"
import IndexPage from "../components/index-page"
import SeoHead from "../components/seo-head"
import ThemeStyles from "../components/theme-styles"
import type { IndexPageContext } from "../content/pages"
import type { ShowPageData } from "../types"

/** What the query in src/build/queries.ts (PAGE_QUERIES["index-page"]) gives. */
interface Data {
  openInfraLivePage: ShowPageData
}

/** The index of the show's people or topics. */
export default function IndexPageTemplate({ data, pageContext, path }: PageProps<Data, IndexPageContext>) {
  return <IndexPage page={data.openInfraLivePage} kind={pageContext.kind} entries={pageContext.entries} browse={pageContext.browse} path={path} />
}

export function Head({ pageContext }: HeadProps<Data, IndexPageContext>) {
  return (
    <>
      <SeoHead {...pageContext.seo} />
      <ThemeStyles css={pageContext.stylesheet} />
    </>
  )
}
