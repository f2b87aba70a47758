// gatsby-theme-openinfra-live/cms: what a site's CMS module (Decap CMS 3 or Netlify CMS 2) needs.
//   import CMS from "decap-cms-app"            // or "netlify-cms-app"
//   import { registerOpenInfraLive } from "gatsby-theme-openinfra-live/cms"
//   registerOpenInfraLive(CMS)
// The CMS module is built by gatsby-plugin-decap-cms or gatsby-plugin-netlify-cms, which compile the
// theme's TypeScript and apply the site's component shadows to the preview, as Gatsby does for pages.
export { registerOpenInfraLive, withEpisodeIds } from "./src/cms/register"
export { default as OpenInfraLivePreview, makeOpenInfraLivePreview } from "./src/cms/preview"
export { showCollection } from "./src/cms/collection"
