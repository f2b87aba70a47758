// @ts-check
// Plain JavaScript on purpose: Gatsby finds a theme's SSR APIs by reading this file's exports
// statically, and bundles it (with what it imports) for the pages' HTML.
import { pageLang } from "./src/utils/page-lang"

/**
 * `<html lang>` on the theme's pages, on Gatsby 4 and 5 alike (Head sets it only from Gatsby 5.5).
 * A site's own onRenderBody runs after the theme's and can override it.
 * @type {import("gatsby").GatsbySSR["onRenderBody"]}
 */
export const onRenderBody = ({ pathname, loadPageDataSync, setHtmlAttributes }) => {
  const lang = pageLang(loadPageDataSync(pathname)?.result?.pageContext)
  if (lang !== null) setHtmlAttributes({ lang })
}
