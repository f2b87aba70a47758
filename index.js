// gatsby-theme-openinfra-live: the theme's public API for a site's code (the source, and its documentation, is src/index.ts):
// its types (index.d.ts) and the hooks its components use. An ES module in TypeScript that the site's webpack compiles.
// Gatsby itself reads the theme's gatsby-config.js, gatsby-node.js and gatsby-ssr.js, not this file.
export * from "./src/index"
