import * as React from "react"
import { withPrefix } from "gatsby"
import type { FeedLinks, PageSeo } from "../types"
import { jsonLdScript } from "../utils/json-ld"

export type { FeedLinks }

/** All of what the build decided for the page's <head> (src/content/seo.ts): shadow this component to change any of it. */
export type SeoHeadProps = PageSeo

type Meta = [attribute: "name" | "property", key: string, content: string | null]

/** A page's <head>: title, description, canonical URL, Open Graph and Twitter card tags, feeds, structured data. */
export default function SeoHead({ title, description, canonicalUrl, imageUrl, twitterUsername, ogType, feeds, showTitle, jsonLd }: SeoHeadProps) {
  // What is unknown (null) is left out rather than written as an empty tag.
  const meta: Meta[] = [
    ["name", "description", description],
    ["property", "og:type", ogType],
    ["property", "og:title", title],
    ["property", "og:description", description],
    ["property", "og:url", canonicalUrl],
    ["property", "og:image", imageUrl],
    ["name", "twitter:card", imageUrl !== null ? "summary_large_image" : "summary"],
    ["name", "twitter:site", twitterUsername],
    // No twitter:title, twitter:description or twitter:image: X reads og:title, og:description and og:image in their absence.
  ]
  const alternates: Array<[type: string, label: string, path: string | null]> =
    feeds === null
      ? []
      : [
          ["application/rss+xml", "RSS", feeds.rss],
          ["application/feed+json", "JSON Feed", feeds.jsonFeed],
          ["text/calendar", "calendar", feeds.calendar],
        ]
  return (
    <>
      <title>{title}</title>
      {canonicalUrl !== null && <link rel="canonical" href={canonicalUrl} />}
      {meta.map(([attribute, key, content]) => content !== null && <meta key={key} {...{ [attribute]: key }} content={content} />)}
      {alternates.map(
        ([type, label, path]) => path !== null && <link key={type} rel="alternate" type={type} title={`${showTitle} (${label})`} href={withPrefix(path)} />,
      )}
      {jsonLd.map((data, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
      ))}
    </>
  )
}
