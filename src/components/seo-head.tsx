import * as React from "react"
import { withPrefix } from "gatsby"
import type { FeedLinks, PageSeo } from "../types"
import { jsonLdScript } from "../utils/json-ld"

export type { FeedLinks }

/** All of what the build decided for the page's <head> (src/content/seo.ts): shadow this component to change any of it. */
export type SeoHeadProps = PageSeo

type Meta = [attribute: "name" | "property", key: string, content: string | null]

/** A page's <head>: title, description, canonical URL, Open Graph and Twitter card tags, feeds, structured data. */
export default function SeoHead(props: SeoHeadProps) {
  const { title, description, canonicalUrl, imageUrl, twitterUsername, ogType, feeds, showTitle, jsonLd } = props
  // Null when unknown; a context made by an older version of the theme has none of them.
  const { imageWidth = null, imageHeight = null, imageAlt = null } = props
  // What is unknown (null) is left out rather than written as an empty tag.
  const meta: Meta[] = [
    ["name", "description", description],
    ["property", "og:type", ogType],
    ["property", "og:title", title],
    ["property", "og:description", description],
    ["property", "og:url", canonicalUrl],
    ["property", "og:image", imageUrl],
    ["property", "og:image:width", imageUrl === null || imageWidth === null ? null : String(imageWidth)],
    ["property", "og:image:height", imageUrl === null || imageHeight === null ? null : String(imageHeight)],
    ["property", "og:image:alt", imageUrl === null ? null : imageAlt],
    ["name", "twitter:card", imageUrl !== null ? "summary_large_image" : "summary"],
    ["name", "twitter:site", twitterUsername],
    // X reads no og:image:alt: its card's image is described by twitter:image:alt.
    ["name", "twitter:image:alt", imageUrl === null ? null : imageAlt],
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
