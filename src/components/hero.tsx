import * as React from "react"

export interface HeroProps {
  title: string | null
  /** Sanitized HTML (the theme sanitizes it at build time). */
  description: string | null
}

/** The page's opening: its only h1, and the show's description. */
export default function Hero({ title, description }: HeroProps) {
  return (
    <header className="oil-hero">
      <div className="oil-hero__inner">
        {title !== null && <h1 className="oil-hero__title">{title}</h1>}
        {description !== null && <div className="oil-hero__description" dangerouslySetInnerHTML={{ __html: description }} />}
      </div>
    </header>
  )
}
