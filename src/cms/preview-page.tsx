/**
 * The show page as the CMS preview shows it: the theme's ShowPage (the site's shadows of its parts
 * included), without the `layout` component. A site's shadow of `layout` puts the page in the
 * site's own header and footer, and often needs what only the site's pages have (the foundation's
 * uses Redux's `connect`, with the store of its gatsby-browser.js `wrapRootElement`). The preview is
 * the page's content, as the CMSs' own previews are: it keeps the theme's wrapper, whose classes
 * carry the styles, and leaves the site's chrome out.
 *
 * Each part of the page (hero, next episode, lists, footer…) renders inside its own error boundary:
 * a shadow that fails in the CMS is named in place of its part, and the rest of the page still shows.
 */
import * as React from "react"
import EpisodeList from "../components/episode-list"
import FeaturedEpisode from "../components/featured-episode"
import Hero from "../components/hero"
import HydrateLater from "../components/hydrate-later"
import JoinFooter from "../components/join-footer"
// In the CMS bundle, as on the site's pages, these are the site's shadows where it has some.
import Layout from "../components/layout"
import Pagination from "../components/pagination"
import CallToAction from "../components/call-to-action"
import ShowPage, { type ShowPageProps } from "../components/show-page"
import SubscribeLinks from "../components/subscribe-links"
import TimeZoneSwitch from "../components/time-zone-switch"
import { PreviewBoundary } from "./preview-boundary"

/**
 * The parts ShowPage is made of, by the file name a site shadows them with: the name a failure
 * message gives. A part missing here still gets its boundary, with a vaguer message.
 */
export const SHOW_PAGE_PARTS = new Map<unknown, string>([
  [Hero, "hero"],
  [FeaturedEpisode, "featured-episode"],
  [TimeZoneSwitch, "time-zone-switch"],
  [EpisodeList, "episode-list"],
  [SubscribeLinks, "subscribe-links"],
  [CallToAction, "call-to-action"],
  [Pagination, "pagination"],
  [JoinFooter, "join-footer"],
])

/**
 * The markup of the theme's own src/components/layout.tsx, which a site's shadow replaces everywhere,
 * this module's import included. __tests__/components/cms-preview.test.tsx checks that they match.
 */
export function ThemeWrapper({ children }: { children: React.ReactNode }) {
  return (
    <div className="oil">
      <main className="oil-main" id="main">
        {children}
      </main>
    </div>
  )
}

/** Puts each element of `children` in a boundary named after its part; goes inside HydrateLater and fragments. */
function withBoundaries(children: React.ReactNode, resetKey: unknown): React.ReactNode {
  return React.Children.map(children, (child) => {
    if (!React.isValidElement<{ children?: React.ReactNode }>(child)) return child
    if (child.type === HydrateLater || child.type === React.Fragment) {
      return React.cloneElement(child, undefined, withBoundaries(child.props.children, resetKey))
    }
    return (
      <PreviewBoundary component={SHOW_PAGE_PARTS.get(child.type) ?? null} resetKey={resetKey}>
        {child}
      </PreviewBoundary>
    )
  })
}

/** A function component (not a class, memo or forwardRef object), which can be called for the elements it renders. */
function isPlainFunctionComponent(component: unknown): component is (props: ShowPageProps) => React.ReactNode {
  return typeof component === "function" && !(component as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent
}

export interface PreviewShowPageProps extends ShowPageProps {
  /** Changes with the entry: a part that failed is tried again at the next edit. */
  resetKey: unknown
}

/**
 * ShowPage's content in the theme's wrapper. ShowPage is called for its elements, as React would call
 * it (its hooks are this component's), and its root, the `layout` component, is left out. A site's
 * shadow of show-page itself that is not laid out that way is rendered as it is.
 */
export function PreviewShowPage({ resetKey, ...props }: PreviewShowPageProps) {
  const Page: unknown = ShowPage
  if (!isPlainFunctionComponent(Page)) {
    const Shadow = Page as React.ComponentType<ShowPageProps>
    return <Shadow {...props} />
  }
  const page = Page(props)
  if (!React.isValidElement<{ children?: React.ReactNode }>(page) || page.type !== Layout) return <>{page}</>
  return <ThemeWrapper>{withBoundaries(page.props.children, resetKey)}</ThemeWrapper>
}
