// Gatsby loads gatsby-node.js from a theme; the source is gatsby-node.ts, compiled to dist/ on `prepare`.
module.exports = require("./dist/gatsby-node")
