import * as React from "react"
import { jsonLdScript } from "../utils/json-ld"

/** Where a show's feeds and calendar are served (site paths), or null for those that are turned off. */
export interface FeedLinks {
  rss: string | null
  jsonFeed: string | null
  calendar: string | null
}

export interface SeoHeadProps {
  title: string
  /** Plain text. */
  description: string | null
  /** Absolute URL of the page, or null when the site's URL is unknown. */
  canonicalUrl: string | null
  /** Absolute URL of the share image, or null. */
  imageUrl: string | null
  twitterUsername: string | null
  /** Open Graph type. Default: "website". */
  ogType?: string
  /** Advertised with <link rel="alternate">. */
  feeds?: FeedLinks | null
  /** The show's name, for the feeds' titles. */
  showTitle?: string
  /** schema.org objects, each in its own <script type="application/ld+json">. */
  jsonLd?: Array<Record<string, unknown>>
}

/** A page's <head>: title, description, canonical URL, Open Graph and Twitter card tags, feeds, structured data. */
export default function SeoHead({ title, description, canonicalUrl, imageUrl, twitterUsername, ogType = "website", feeds = null, showTitle = title, jsonLd = [] }: SeoHeadProps) {
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
      {feeds?.rss != null && <link rel="alternate" type="application/rss+xml" title={`${showTitle} (RSS)`} href={feeds.rss} />}
      {feeds?.jsonFeed != null && <link rel="alternate" type="application/feed+json" title={`${showTitle} (JSON Feed)`} href={feeds.jsonFeed} />}
      {feeds?.calendar != null && <link rel="alternate" type="text/calendar" title={`${showTitle} (calendar)`} href={feeds.calendar} />}
      {jsonLd.map((data, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
      ))}
    </>
  )
}
