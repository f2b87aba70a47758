import * as React from "react"

export interface ThemeStylesProps {
  /** The theme's minified CSS, as the build made it for the colorScheme option (page context `stylesheet`). */
  css: string
}

/**
 * The theme's stylesheet, in the <head> of the theme's pages only (rendered from the templates' Head):
 * the site's other pages, and its CSS pipeline (purgecss, its global styles.css), never carry it.
 * Shadow this component to load the styles another way, or to add rules after them.
 */
export default function ThemeStyles({ css }: ThemeStylesProps) {
  return <style data-openinfra-live="" dangerouslySetInnerHTML={{ __html: css }} />
}
