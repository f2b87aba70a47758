import * as React from "react"
import { withPrefix } from "gatsby"
import type { FeedLinks, PageSeo } from "../types"
import { jsonLdScript } from "../utils/json-ld"

export type { FeedLinks }

/** All of what the build decided for the page's <head> (src/node/seo.ts): shadow this component to change any of it. */
export type SeoHeadProps = PageSeo

/** A page's <head>: title, description, canonical URL, Open Graph and Twitter card tags, feeds, structured data. */
export default function SeoHead({ title, description, canonicalUrl, imageUrl, twitterUsername, ogType, feeds, showTitle, jsonLd }: SeoHeadProps) {
  return (
    <>
      <title>{title}</title>
      {description !== null && <meta name="description" content={description} />}
      {canonicalUrl !== null && <link rel="canonical" href={canonicalUrl} />}
      <meta property="og:type" content={ogType} />
      <meta property="og:title" content={title} />
      {description !== null && <meta property="og:description" content={description} />}
      {canonicalUrl !== null && <meta property="og:url" content={canonicalUrl} />}
      {imageUrl !== null && <meta property="og:image" content={imageUrl} />}
      <meta name="twitter:card" content={imageUrl !== null ? "summary_large_image" : "summary"} />
      {twitterUsername !== null && <meta name="twitter:site" content={twitterUsername} />}
      <meta name="twitter:title" content={title} />
      {description !== null && <meta name="twitter:description" content={description} />}
      {imageUrl !== null && <meta name="twitter:image" content={imageUrl} />}
      {feeds?.rss != null && <link rel="alternate" type="application/rss+xml" title={`${showTitle} (RSS)`} href={withPrefix(feeds.rss)} />}
      {feeds?.jsonFeed != null && <link rel="alternate" type="application/feed+json" title={`${showTitle} (JSON Feed)`} href={withPrefix(feeds.jsonFeed)} />}
      {feeds?.calendar != null && <link rel="alternate" type="text/calendar" title={`${showTitle} (calendar)`} href={withPrefix(feeds.calendar)} />}
      {jsonLd.map((data, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
      ))}
    </>
  )
}
