import * as React from "react"
import type { EpisodeCalendarLinks } from "../content/calendar-links"
import type { Episode } from "../types"
import EpisodeCard from "./episode-card"

export interface EpisodeListProps {
  /** The section's heading, such as "Upcoming episodes". */
  title: string
  /** Used for the heading's id, so the section is labelled by it. */
  id: string
  episodes: Episode[]
  /** "list": one card a row, the video beside the text (the default); "grid": cards in columns, the video on top. */
  layout?: "list" | "grid"
  /** Whether the cards show their "Add to calendar" link: not for past episodes. Default: true. */
  showCalendarLinks?: boolean
  /** Add-to-calendar links by episode slug (made at build time for the episodes still to come). */
  calendarLinks?: Readonly<Record<string, EpisodeCalendarLinks>>
}

/** A titled section of episode cards; nothing at all when there are no episodes. */
export default function EpisodeList({ title, id, episodes, layout = "list", showCalendarLinks = true, calendarLinks = {} }: EpisodeListProps) {
  if (episodes.length === 0) return null
  return (
    <section className={`oil-episodes oil-episodes--${layout}`} aria-labelledby={id}>
      <h2 className="oil-episodes__title" id={id}>
        {title}
      </h2>
      <ol className="oil-episodes__list">
        {episodes.map((episode) => (
          <li key={episode.slug}>
            <EpisodeCard episode={episode} headingLevel={3} showCalendarLink={showCalendarLinks} calendarLinks={calendarLinks[episode.slug] ?? null} />
          </li>
        ))}
      </ol>
    </section>
  )
}
