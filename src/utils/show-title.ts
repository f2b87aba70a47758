import type { ShowPage } from "../types"

/** The show's name: its seo.title, else its hero's title, else "Live show". */
export function showTitle(page: Pick<ShowPage, "seo" | "hero">): string {
  return page.seo.title ?? page.hero.title ?? "Live show"
}
