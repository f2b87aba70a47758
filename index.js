// A Gatsby theme has no runtime entry point: see gatsby-config.js and gatsby-node.js.
