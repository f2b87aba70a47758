import * as React from "react"
import { withPrefix } from "gatsby"
import type { EpisodeLinks as Links } from "../types"

export interface EpisodeLinksProps {
  links: Links
  /** Local or absolute URL of the .ics invite, or null. */
  calendarInvite: string | null
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

/** The episode's links that exist, and only those; external ones open without sharing the opener. */
export default function EpisodeLinks({ links, calendarInvite, episodeTitle }: EpisodeLinksProps) {
  const present = LABELS.filter(([key]) => links[key] !== null)
  if (present.length === 0 && calendarInvite === null) return null
  return (
    <ul className="oil-links">
      {calendarInvite !== null && (
        <li>
          <a
            className="oil-link oil-link--calendar"
            href={withPrefix(calendarInvite)}
            download
            rel={/^https?:/.test(calendarInvite) ? "noopener noreferrer" : undefined}
            aria-label={`Add to calendar: ${episodeTitle}`}
          >
            Add to calendar
          </a>
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
