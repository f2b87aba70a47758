// gatsby-theme-openinfra-live/decap-cms: for a site's gatsby-config, where gatsby-plugin-decap-cms builds /admin/.
//   const { bundleCmsDependencies } = require("gatsby-theme-openinfra-live/decap-cms")
//   { resolve: "gatsby-plugin-decap-cms", options: { modulePath, customizeWebpackConfig: bundleCmsDependencies } }
// The source is src/build/decap-cms-webpack.ts, compiled to dist/ on `prepare`.
module.exports = require("./dist/src/build/decap-cms-webpack")
