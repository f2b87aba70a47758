import * as React from "react"
import type { Episode } from "../types"
import EpisodeCard from "./episode-card"

export interface FeaturedEpisodeProps {
  episode: Episode
  /** On air now: the heading says "Live now"; otherwise "Up next". */
  live: boolean
}

/** The episode on air, or the next one, above the schedule. */
export default function FeaturedEpisode({ episode, live }: FeaturedEpisodeProps) {
  return (
    <section className={live ? "oil-featured oil-featured--live" : "oil-featured"} aria-labelledby="oil-featured-title">
      <h2 className="oil-featured__title" id="oil-featured-title">
        {live && <span className="oil-featured__dot" aria-hidden="true" />}
        {live ? "Live now" : "Up next"}
      </h2>
      <EpisodeCard episode={episode} headingLevel={3} featured />
    </section>
  )
}
