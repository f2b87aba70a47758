import * as React from "react"
import { withPrefix } from "gatsby"
import type { EpisodeCalendarLinks } from "../content/calendar-links"
import type { EpisodeLinks as Links } from "../types"

export interface EpisodeLinksProps {
  links: Links
  /** Local or absolute URL of the .ics invite, or null. */
  calendarInvite: string | null
  /**
   * Links that add the episode to Google Calendar, Outlook.com and Office 365 (made at build time: see
   * src/content/calendar-links.ts), shown with the invite under "Add to calendar"; null: the invite alone
   * (as in the CMS preview).
   * Only shown with a `calendarInvite`.
   */
  calendarLinks?: EpisodeCalendarLinks | null
  /** The episode's title, so each link's accessible name says which episode it is for. */
  episodeTitle: string
}

const LABELS: Array<[keyof Links, string]> = [
  ["youtube", "Watch on YouTube"],
  ["facebook", "Watch on Facebook"],
  ["linkedin", "Watch on LinkedIn"],
  ["spotify", "Listen on Spotify"],
  ["applePodcasts", "Listen on Apple Podcasts"],
  ["superuserRecap", "Read the recap on Superuser"],
]

/** The calendars "Add to calendar" offers, as its menu names them. */
const CALENDARS: Array<[keyof EpisodeCalendarLinks, string]> = [
  ["google", "Google Calendar"],
  ["outlook", "Outlook.com"],
  ["office365", "Office 365"],
]

/**
 * The episode's links that exist, and only those; external ones open without sharing the opener.
 * "Add to calendar" is a disclosure (<details>: no JavaScript) of one link per calendar, when the
 * build made the links, and the .ics file.
 */
export default function EpisodeLinks({ links, calendarInvite, calendarLinks = null, episodeTitle }: EpisodeLinksProps) {
  const present = LABELS.filter(([key]) => links[key] !== null)
  if (present.length === 0 && calendarInvite === null) return null
  return (
    <ul className="oil-links">
      {calendarInvite !== null && (
        <li>
          <details className="oil-calendar">
            <summary className="oil-link oil-link--calendar">Add to calendar</summary>
            <ul className="oil-calendar__menu" aria-label={`Add to calendar: ${episodeTitle}`}>
              {calendarLinks !== null &&
                CALENDARS.map(([key, label]) => (
                  <li key={key}>
                    <a className="oil-calendar__link" href={calendarLinks[key]} rel="noopener noreferrer">
                      {label}
                    </a>
                  </li>
                ))}
              <li>
                <a className="oil-calendar__link" href={withPrefix(calendarInvite)} download>
                  {calendarLinks === null ? "Calendar file (.ics)" : "Apple / other (.ics)"}
                </a>
              </li>
            </ul>
          </details>
        </li>
      )}
      {present.map(([key, label]) => (
        <li key={key}>
          <a className={`oil-link oil-link--${key}`} href={links[key]!} rel="noopener noreferrer" aria-label={`${label}: ${episodeTitle}`}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  )
}
