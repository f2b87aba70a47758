import * as React from "react"
import { formatUtc } from "../utils/format-date"

export interface EpisodeDateProps {
  /** ISO 8601 in UTC. */
  date: string
  /** Show the day only: the time of day is unknown. */
  dateOnly: boolean
  className?: string
}

/** A machine-readable <time>; its text is the date in UTC, labelled so. */
export default function EpisodeDate({ date, dateOnly, className = "oil-date" }: EpisodeDateProps) {
  return (
    <time className={className} dateTime={dateOnly ? date.slice(0, 10) : date}>
      {formatUtc(date, dateOnly)}
    </time>
  )
}
