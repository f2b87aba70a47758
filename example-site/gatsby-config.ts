import type { GatsbyConfig } from "gatsby"
import { bundleCmsDependencies } from "gatsby-theme-openinfra-live/decap-cms"

/**
 * Laid out like the foundation's own site: it sources src/pages itself and
 * runs gatsby-transformer-remark for every markdown page, whatever its templateKey.
 */
const config: GatsbyConfig = {
  siteMetadata: {
    title: "Open Infrastructure Foundation (example)",
    siteUrl: "https://openinfra.dev",
  },
  plugins: [
    // /admin/: Decap CMS on its in-browser test backend (no network, no login), with the theme's preview.
    // React 19 has no UMD files for the plugin to copy: React, ReactDOM and Decap CMS go in the CMS module.
    {
      resolve: "gatsby-plugin-decap-cms",
      options: {
        modulePath: `${__dirname}/src/cms/cms.ts`,
        manualInit: true,
        customizeWebpackConfig: (config: Parameters<typeof bundleCmsDependencies>[0]) => {
          bundleCmsDependencies(config)
          // The tests' builds leave the 5 MB module unminified and without a source map (most of the
          // build's time otherwise): what they check of /admin/ does not depend on either.
          if (process.env.OPENINFRA_LIVE_QUICK_CMS === "1") Object.assign(config, { devtool: false, optimization: { minimize: false } })
        },
      },
    },
    { resolve: "gatsby-source-filesystem", options: { name: "pages", path: `${__dirname}/src/pages` } },
    "gatsby-transformer-remark",
    {
      resolve: "gatsby-theme-openinfra-live",
      options: {
        // Not needed here (the site sources src/pages already); set to show that
        // sourcing the same file twice still gives one page and one node per episode.
        contentPath: "src/pages/openinfra-live",
        // This site's own CSS follows the visitor's light or dark setting, so the show's pages do too.
        colorScheme: "light dark",
        // The tests (and `npm run test:e2e`) build with a local stand-in for YouTube's image host;
        // otherwise the thumbnails come from YouTube's (the theme's default).
        ...(process.env.OPENINFRA_LIVE_THUMBNAIL_MIRROR ? { thumbnailBaseUrl: process.env.OPENINFRA_LIVE_THUMBNAIL_MIRROR } : {}),
      },
    },
  ],
}

export default config
