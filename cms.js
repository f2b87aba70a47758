// gatsby-theme-openinfra-live/cms: what a site's CMS module needs (the source, and its documentation, is src/cms/index.ts).
// An ES module in TypeScript that the site's webpack compiles (gatsby-plugin-decap-cms or gatsby-plugin-netlify-cms), so that
// the site's component shadows apply to the preview as they do to the pages. Its types: cms.d.ts.
export * from "./src/cms/index"
