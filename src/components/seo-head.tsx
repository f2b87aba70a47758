import * as React from "react"
import type { Seo } from "../types"

export interface SeoHeadProps {
  seo: Seo
  /** Absolute URL of the page, or null when the site's URL is unknown. */
  canonicalUrl: string | null
  /** Absolute URL of the share image, or null. */
  imageUrl: string | null
  /** Used when the content has no seo.title. */
  fallbackTitle: string | null
}

/** The page's <head>: title, description, canonical URL, Open Graph and Twitter card tags. */
export default function SeoHead({ seo, canonicalUrl, imageUrl, fallbackTitle }: SeoHeadProps) {
  const title = seo.title ?? fallbackTitle ?? "Live show"
  return (
    <>
      <html lang="en" />
      <title>{title}</title>
      {seo.description !== null && <meta name="description" content={seo.description} />}
      {canonicalUrl !== null && <link rel="canonical" href={canonicalUrl} />}
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      {seo.description !== null && <meta property="og:description" content={seo.description} />}
      {canonicalUrl !== null && <meta property="og:url" content={canonicalUrl} />}
      {imageUrl !== null && <meta property="og:image" content={imageUrl} />}
      <meta name="twitter:card" content={imageUrl !== null ? "summary_large_image" : "summary"} />
      {seo.twitterUsername !== null && <meta name="twitter:site" content={seo.twitterUsername} />}
      <meta name="twitter:title" content={title} />
      {seo.description !== null && <meta name="twitter:description" content={seo.description} />}
      {imageUrl !== null && <meta name="twitter:image" content={imageUrl} />}
    </>
  )
}
