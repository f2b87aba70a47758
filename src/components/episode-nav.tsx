import * as React from "react"
import { Link } from "gatsby"
import type { Episode } from "../types"
import EpisodeDate from "./episode-date"

export type NeighbourEpisode = Pick<Episode, "title" | "path" | "date" | "dateOnly" | "showText">

export interface EpisodeNavProps {
  /** The episode before this one in time, and the one after. */
  previous: NeighbourEpisode | null
  next: NeighbourEpisode | null
}

/** Links to the previous and next episodes. */
export default function EpisodeNav({ previous, next }: EpisodeNavProps) {
  const links = [
    { episode: previous, label: "Previous episode", className: "oil-episode-nav__previous", rel: "prev" },
    { episode: next, label: "Next episode", className: "oil-episode-nav__next", rel: "next" },
  ].filter((link): link is typeof link & { episode: NeighbourEpisode & { path: string } } => link.episode !== null && link.episode.path !== null)
  if (links.length === 0) return null
  return (
    <nav className="oil-episode-nav" aria-label="Other episodes">
      {links.map(({ episode, label, className, rel }) => (
        <Link key={rel} className={`oil-episode-nav__link ${className}`} to={episode.path} rel={rel}>
          <span className="oil-episode-nav__label">{label}</span>
          <span className="oil-episode-nav__title">{episode.title}</span>
          <EpisodeDate date={episode.date} dateOnly={episode.dateOnly} showText={episode.showText} className="oil-episode-nav__date" />
        </Link>
      ))}
    </nav>
  )
}
