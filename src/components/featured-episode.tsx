import * as React from "react"
import type { Episode } from "../types"
import Countdown from "./countdown"
import EpisodeCard from "./episode-card"
import type { EpisodeCalendarLinks } from "../content/calendar-links"

export interface FeaturedEpisodeProps {
  episode: Episode
  /** On air now: the heading says "Live now"; otherwise "Up next", with the time left (see Countdown). */
  live: boolean
  /** The episode's add-to-calendar links (made at build time), or null. */
  calendarLinks?: EpisodeCalendarLinks | null
}

/** The episode on air, or the next one, above the schedule. */
export default function FeaturedEpisode({ episode, live, calendarLinks = null }: FeaturedEpisodeProps) {
  return (
    <section className={live ? "oil-featured oil-featured--live" : "oil-featured"} aria-labelledby="oil-featured-title">
      <h2 className="oil-featured__title">
        {live && <span className="oil-featured__dot" aria-hidden="true" />}
        {/* The section's name: "Up next", without the countdown. */}
        <span id="oil-featured-title">{live ? "Live now" : "Up next"}</span>
        {!live && !episode.dateOnly && <Countdown start={episode.start} />}
      </h2>
      <EpisodeCard episode={episode} headingLevel={3} featured calendarLinks={calendarLinks} />
    </section>
  )
}
