import * as React from "react"
import { withPrefix } from "gatsby"
import type { FeedLinks } from "../types"

export interface SubscribeLinksProps {
  feeds: FeedLinks
  /** The site's origin and path prefix, for the webcal: link (calendar apps need an absolute URL); null leaves that link out. */
  siteUrl: string | null
}

/** "Subscribe in your calendar" (https and webcal:), and the feeds. Nothing when every output is off. */
export default function SubscribeLinks({ feeds, siteUrl }: SubscribeLinksProps) {
  if (feeds.calendar === null && feeds.rss === null) return null
  // siteUrl has no trailing slash and the calendar's path starts with one.
  const webcal = feeds.calendar === null || siteUrl === null ? null : `${siteUrl}${feeds.calendar}`.replace(/^https?:/, "webcal:")
  return (
    <section className="oil-subscribe" aria-labelledby="oil-subscribe-title">
      <h2 className="oil-subscribe__title" id="oil-subscribe-title">
        Follow the show
      </h2>
      <ul className="oil-links">
        {webcal !== null && (
          <li>
            <a className="oil-link oil-link--calendar" href={webcal}>
              Subscribe in your calendar
            </a>
          </li>
        )}
        {feeds.calendar !== null && (
          <li>
            <a className="oil-link" href={withPrefix(feeds.calendar)}>
              {webcal === null ? "Subscribe in your calendar" : "Calendar file (.ics)"}
            </a>
          </li>
        )}
        {feeds.rss !== null && (
          <li>
            <a className="oil-link" href={withPrefix(feeds.rss)}>
              RSS feed
            </a>
          </li>
        )}
      </ul>
    </section>
  )
}
