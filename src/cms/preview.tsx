/**
 * The CMS preview of the show's file: the entry as it is being edited, read by
 * the build's own normalizing and sanitizing, rendered by the theme's
 * components (a site's shadows included, when its CMS bundle is built by
 * gatsby-plugin-decap-cms or gatsby-plugin-netlify-cms), under the list of
 * every problem the build would report, in the build's words.
 */
import * as React from "react"
import PreviewProblems from "../components/preview-problems"
import ShowPage from "../components/show-page"
import { normalizeContent } from "../node/normalize"
import { DEFAULTS, normalizeBasePath } from "../node/options"
import { subscriptionPaths } from "../node/outputs"
import { planPages } from "../node/pages"
import "../styles/openinfra-live.css"

/** What Decap CMS 3 and Netlify CMS 2 hand a preview template (Immutable.js values). */
export interface CmsPreviewProps {
  entry: { getIn: (path: string[]) => unknown; get: (key: string) => unknown }
}

export interface PreviewOptions {
  /** The theme options the site uses, where they change what the page shows. */
  basePath?: string
  airingWindowMinutes?: number
  episodesPerPage?: number
  calendar?: boolean
  feed?: boolean
}

function plain(value: unknown): unknown {
  return value !== null && typeof value === "object" && typeof (value as { toJS?: unknown }).toJS === "function"
    ? (value as { toJS: () => unknown }).toJS()
    : value
}

/** Makes the preview template for a site's theme options. */
export function makeOpenInfraLivePreview(options: PreviewOptions = {}) {
  const airingWindowMinutes = options.airingWindowMinutes ?? DEFAULTS.airingWindowMinutes
  const episodesPerPage = options.episodesPerPage ?? DEFAULTS.episodesPerPage
  const outputs = { calendar: options.calendar ?? DEFAULTS.calendar, feed: options.feed ?? DEFAULTS.feed }
  function OpenInfraLivePreview({ entry }: CmsPreviewProps) {
    const frontmatter = plain(entry.getIn(["data"]))
    const file = typeof entry.get("path") === "string" ? (entry.get("path") as string) : "the show's file"
    const { page, episodes, drafts, problems } = normalizeContent(frontmatter, {
      file,
      basePath: options.basePath === undefined ? null : normalizeBasePath(options.basePath),
      generateInvites: outputs.calendar,
      episodePages: true,
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
        <ShowPage
          page={page}
          episodes={episodes.filter((episode) => onShowPage.has(episode.uid))}
          builtAt={builtAt}
          airingWindowMinutes={airingWindowMinutes}
          feeds={subscriptionPaths(page.path, outputs)}
          siteUrl={null}
          olderPath={plan.show.olderPath}
          pageCount={plan.show.pageCount}
        />
      </div>
    )
  }
  return OpenInfraLivePreview
}

/** The preview with the theme's default options. */
const OpenInfraLivePreview = makeOpenInfraLivePreview()
export default OpenInfraLivePreview
