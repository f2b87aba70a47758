/**
 * gatsby-theme-openinfra-live: the theme's public API for a site's own code, in one import path.
 *   import type { Episode, ThemeOptions, EpisodeCardProps } from "gatsby-theme-openinfra-live"
 *   import { useScheduleNow } from "gatsby-theme-openinfra-live"
 * - The data the pages receive (the GraphQL types' shapes), the page contexts, and the options.
 * - Each component's props, for a site's shadow of it (src/<theme>/components/<file>.tsx).
 * - The hooks the components use, for a shadow that wants the same clock.
 * An ES module for the site's webpack (the hooks run in the browser); its types are index.d.ts.
 * The CMS's entry is gatsby-theme-openinfra-live/cms; gatsby-config's, gatsby-theme-openinfra-live/decap-cms.
 */
export type {
  ShowLinkPlatform,
  Speaker,
  Thumbnail,
  YouTubeVideo,
  DateText,
  EpisodeLinks,
  Episode,
  EpisodeRecord,
  Seo,
  Logo,
  ShowLink,
  Hero,
  CallToAction,
  Footer,
  ShowPageData,
  FeedLinks,
  JsonLd,
  PageSeo,
} from "./types"
export type { ThemeOptions, ColorScheme } from "./content/options"
export type { ShowPageContext, ArchivePageContext, EpisodePageContext, SharedContext } from "./content/pages"
export type { ShareImageProps } from "./content/share-image"

export type { ArchivePageProps } from "./components/archive-page"
export type { CallToActionProps } from "./components/call-to-action"
export type { EpisodeCardProps } from "./components/episode-card"
export type { EpisodeDateProps } from "./components/episode-date"
export type { EpisodeLinksProps } from "./components/episode-links"
export type { EpisodeListProps } from "./components/episode-list"
export type { EpisodeNavProps, NeighbourEpisode } from "./components/episode-nav"
export type { EpisodePageProps } from "./components/episode-page"
export type { EpisodeVideoProps } from "./components/episode-video"
export type { FeaturedEpisodeProps } from "./components/featured-episode"
export type { HeroProps } from "./components/hero"
export type { HydrateLaterProps } from "./components/hydrate-later"
export type { JoinFooterProps } from "./components/join-footer"
export type { LayoutProps } from "./components/layout"
export type { NewsletterLineProps } from "./components/newsletter-line"
export type { PageHeaderProps } from "./components/page-header"
export type { PaginationProps } from "./components/pagination"
export type { PreviewProblem, PreviewProblemsProps } from "./components/preview-problems"
export type { SeoHeadProps } from "./components/seo-head"
export type { ShowLinksProps } from "./components/show-links"
export type { ShowLogoProps } from "./components/show-logo"
export type { ShowPageProps } from "./components/show-page"
export type { SpeakerListProps } from "./components/speaker-list"
export type { SubscribeLinksProps } from "./components/subscribe-links"
export type { ThemeStylesProps } from "./components/theme-styles"

export { useHydrated } from "./hooks/use-hydrated"
export { useNow } from "./hooks/use-now"
export { useScheduleNow } from "./hooks/use-schedule-now"
