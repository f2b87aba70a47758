import type { ShowPageData } from "../types"

/**
 * The show's name, for documents, feeds and calendars: its seo.title, else its hero's title, else
 * "Live show". The one fallback the theme uses (an untitled episode is "<show> – 2021-07-22").
 */
export function showTitle(page: Pick<ShowPageData, "seo" | "hero">): string {
  return page.seo.title ?? page.hero.title ?? "Live show"
}

/** The show page's visible heading: the hero's title, else the show's name. */
export function heroTitle(page: Pick<ShowPageData, "seo" | "hero">): string {
  return page.hero.title ?? showTitle(page)
}
