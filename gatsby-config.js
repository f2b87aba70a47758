// Gatsby loads gatsby-config.js from a theme; the source is gatsby-config.ts, compiled to dist/ on `prepare`.
module.exports = require("./dist/gatsby-config")
