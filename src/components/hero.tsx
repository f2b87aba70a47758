import * as React from "react"
import type { Logo, ShowLink } from "../types"
import NewsletterLine from "./newsletter-line"
import ShowLinks from "./show-links"
import ShowLogo from "./show-logo"

export interface HeroProps {
  title: string | null
  /** Sanitized HTML (the theme sanitizes it at build time). */
  description: string | null
  /** The show's logo, above the title; none when null or left out. */
  logo?: Logo | null
  /** Sanitized HTML: a line under the description (where to subscribe); none when null or left out. */
  newsletter?: string | null
  /** Where else to listen and watch, as buttons under the text; none when empty or left out. */
  links?: ShowLink[]
}

/** The page's opening: the show's logo, its only h1, the show's description, the newsletter line and the show's links. */
export default function Hero({ title, description, logo = null, newsletter = null, links = [] }: HeroProps) {
  return (
    <header className="oil-hero">
      <div className="oil-hero__inner">
        {logo !== null && <ShowLogo {...logo} />}
        {title !== null && <h1 className="oil-hero__title">{title}</h1>}
        {description !== null && <div className="oil-hero__description" dangerouslySetInnerHTML={{ __html: description }} />}
        <NewsletterLine html={newsletter} />
        <ShowLinks links={links} />
      </div>
    </header>
  )
}
