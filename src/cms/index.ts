/**
 * gatsby-theme-openinfra-live/cms: what a site's CMS module (Decap CMS 3 or Netlify CMS 2) needs.
 *   import CMS from "decap-cms-app"            // or "netlify-cms-app"
 *   import { registerOpenInfraLive } from "gatsby-theme-openinfra-live/cms"
 *   registerOpenInfraLive(CMS)
 * The CMS module is built by gatsby-plugin-decap-cms or gatsby-plugin-netlify-cms, which compile the
 * theme's TypeScript and apply the site's component shadows to the preview, as Gatsby does for pages.
 * Runs in the browser (the CMS page); `showCollection` also at build time, in the CLI.
 */
export { registerOpenInfraLive, withEpisodeIds, type CmsApi, type EpisodeIdMode, type RegisterOptions } from "./register"
export { default as OpenInfraLivePreview, makeOpenInfraLivePreview, type CmsPreviewProps, type PreviewOptions } from "./preview"
export { showCollection, type CollectionOptions } from "./collection"
export { TopicsControl, TopicsPreview, type TopicsControlProps } from "./topics-widget"
export { TOPICS_WIDGET } from "./topics-field"
