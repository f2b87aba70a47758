/** The theme's package name: prefixes its messages and error ids, and names calendar UIDs' host when the site has none. */
export const PLUGIN_NAME = "gatsby-theme-openinfra-live"
