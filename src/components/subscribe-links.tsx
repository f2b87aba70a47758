import * as React from "react"
import { withPrefix } from "gatsby"
import type { ShowSubscribeLinks } from "../content/calendar-links"
import type { FeedLinks } from "../types"

export interface SubscribeLinksProps {
  feeds: FeedLinks
  /**
   * Links that subscribe Google Calendar, Outlook.com, Office 365 and Apple Calendar to the show's
   * calendar (made at build time: src/content/calendar-links.ts); null offers the .ics file alone
   * (the site's URL unknown: calendar apps need an absolute one).
   */
  subscribe: ShowSubscribeLinks | null
}

/** The calendars a subscription link is offered for, as the links name them. */
const CALENDARS: Array<[keyof ShowSubscribeLinks, string]> = [
  ["google", "Google Calendar"],
  ["outlook", "Outlook.com"],
  ["office365", "Office 365"],
  ["apple", "Apple Calendar"],
]

/**
 * "Follow the show": subscribe links for each calendar ("Subscribe in Google Calendar", …) and the
 * calendar file, and the RSS feed. Plain links: no JavaScript, and no request to any calendar's host
 * until one is followed. Nothing when every output is off.
 */
export default function SubscribeLinks({ feeds, subscribe }: SubscribeLinksProps) {
  if (feeds.calendar === null && feeds.rss === null) return null
  return (
    <section className="oil-subscribe" aria-labelledby="oil-subscribe-title">
      <h2 className="oil-subscribe__title" id="oil-subscribe-title">
        Follow the show
      </h2>
      <ul className="oil-links">
        {feeds.calendar !== null &&
          subscribe !== null &&
          CALENDARS.map(([key, label]) => (
            <li key={key}>
              <a className="oil-link oil-link--calendar" href={subscribe[key]}>
                Subscribe in {label}
              </a>
            </li>
          ))}
        {feeds.calendar !== null && (
          <li>
            <a className="oil-link" href={withPrefix(feeds.calendar)}>
              Calendar file (.ics)
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
