/**
 * `<html lang>` for the theme's pages. `Head` can set it only from Gatsby 5.5 on
 * (Gatsby 4 drops it), so createPages marks each page's context with the
 * language, and gatsby-ssr's `onRenderBody` sets it on any supported Gatsby.
 */

/** The language of the theme's own words ("Live now", "Up next", "Past episodes"). */
export const THEME_LANG = "en"

/** The page-context key that holds it: namespaced, so no other page's context is mistaken for the theme's. */
export const LANG_CONTEXT_KEY = "openInfraLiveLang"

/** The language a page's context asks for, or null for a page that is not the theme's. */
export function pageLang(pageContext: unknown): string | null {
  if (typeof pageContext !== "object" || pageContext === null) return null
  const lang = (pageContext as Record<string, unknown>)[LANG_CONTEXT_KEY]
  return typeof lang === "string" && lang !== "" ? lang : null
}
