/**
 * The CMS preview of the show's file: the entry as it is being edited, read by
 * the build's own normalizing and sanitizing, rendered by the theme's
 * components (a site's shadows of them included, when its CMS bundle is built by
 * gatsby-plugin-decap-cms or gatsby-plugin-netlify-cms), under the list of
 * every problem the build would report, in the build's words.
 *
 * The page is shown without the `layout` component: the page's chrome is the
 * site's (see preview-page.tsx). A part that fails in the CMS (typically a
 * shadow that needs a provider of the site's wrapRootElement) shows a message
 * in its place, and the rest of the preview still works (preview-boundary.tsx).
 *
 * The CMS bundle carries no build-only code: no parser (src/content/html.ts is
 * src/cms/html.browser.ts there), no YAML, no file system.
 * __tests__/unit/cms-weight.test.ts keeps its weight within a budget.
 */
import * as React from "react"
import PreviewProblems from "../components/preview-problems"
import { normalizeContent } from "../content/normalize"
import { withDefaults, type ThemeOptions } from "../content/options"
import { subscriptionPaths } from "../content/outputs"
import { planPages } from "../content/pages"
import { PreviewBoundary } from "./preview-boundary"
import { PreviewShowPage } from "./preview-page"
import "../styles/openinfra-live.css"

/** What Decap CMS 3 and Netlify CMS 2 hand a preview template (Immutable.js values). */
export interface CmsPreviewProps {
  entry: { getIn: (path: string[]) => unknown; get: (key: string) => unknown }
}

/** The theme options the site uses, where they change what the page shows (read as the build reads them), and the preview's own. */
export interface PreviewOptions extends Pick<ThemeOptions, "basePath" | "airingWindowMinutes" | "episodesPerPage" | "calendar" | "feed" | "timeZone"> {
  /**
   * What the site's gatsby-browser.js `wrapRootElement` puts around its pages (a Redux store's
   * Provider, a theme provider), for shadows that need it in the CMS too; the site's own function
   * can be passed as it is. None by default.
   */
  wrapRootElement?: (args: { element: React.ReactElement }) => React.ReactElement
}

function plain(value: unknown): unknown {
  return value !== null && typeof value === "object" && typeof (value as { toJS?: unknown }).toJS === "function"
    ? (value as { toJS: () => unknown }).toJS()
    : value
}

/** Makes the preview template for a site's theme options. */
export function makeOpenInfraLivePreview(options: PreviewOptions = {}) {
  const { basePath, airingWindowMinutes, episodesPerPage, calendar, feed, timeZone } = withDefaults(options)
  const outputs = { calendar, feed }
  function PreviewContent({ entry }: CmsPreviewProps) {
    const data = entry.getIn(["data"])
    const frontmatter = plain(data)
    const file = typeof entry.get("path") === "string" ? (entry.get("path") as string) : "the show's file"
    const { page, episodes, drafts, problems } = normalizeContent(frontmatter, {
      file,
      basePath,
      generateInvites: outputs.calendar,
      episodePages: true,
      timeZone,
    })
    const builtAt = new Date().toISOString()
    // The show page holds what the build would put on it: the on-air or next episode, the upcoming ones, the latest past ones.
    const plan = planPages(
      episodes.map((episode) => ({ ...episode, id: episode.uid })),
      { basePath: page.path, builtAt: Date.parse(builtAt), airingWindowMinutes, episodesPerPage, episodePages: true },
    )
    const onShowPage = new Set(plan.show.episodeIds)
    return (
      <div className="oil-preview">
        <PreviewProblems problems={problems.map(({ level, text }) => ({ level, text }))} episodeCount={episodes.length} draftCount={drafts} />
        <PreviewBoundary component="show-page" resetKey={data}>
          <PreviewShowPage
            resetKey={data}
            page={page}
            episodes={episodes.filter((episode) => onShowPage.has(episode.uid))}
            builtAt={builtAt}
            airingWindowMinutes={airingWindowMinutes}
            feeds={subscriptionPaths(page.path, outputs)}
            timeZone={timeZone}
            olderPath={plan.show.olderPath}
            pageCount={plan.show.pageCount}
          />
        </PreviewBoundary>
      </div>
    )
  }

  /** The preview inside the site's wrapRootElement, when it gives one. */
  function WrappedContent({ entry }: CmsPreviewProps) {
    const content = <PreviewContent entry={entry} />
    return options.wrapRootElement ? options.wrapRootElement({ element: content }) : content
  }

  /** The template the CMS renders at every edit: a failure anywhere, the site's wrapper's included, is shown, never a blank pane. */
  function OpenInfraLivePreview({ entry }: CmsPreviewProps) {
    return (
      <PreviewBoundary component={null} resetKey={entry.getIn(["data"])}>
        <WrappedContent entry={entry} />
      </PreviewBoundary>
    )
  }
  return OpenInfraLivePreview
}

/** The preview with the theme's default options. */
const OpenInfraLivePreview = makeOpenInfraLivePreview()
export default OpenInfraLivePreview
