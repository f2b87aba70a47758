import * as React from "react"

export interface NewsletterLineProps {
  /** Sanitized HTML (the theme sanitizes the content's `hero.newsletter` at build time), or null. */
  html: string | null
}

/** A line under the hero's description, such as where to subscribe for news of upcoming episodes. */
export default function NewsletterLine({ html }: NewsletterLineProps) {
  if (html === null) return null
  return <div className="oil-hero__newsletter" dangerouslySetInnerHTML={{ __html: html }} />
}
