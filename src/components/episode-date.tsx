import * as React from "react"
import { useHydrated } from "../hooks/use-hydrated"
import { DATE_TIME_SEPARATOR, utcParts, zoneParts } from "../utils/format-date"

export interface EpisodeDateProps {
  /** ISO 8601 in UTC. */
  date: string
  /** Show the day only: the time of day is unknown. */
  dateOnly: boolean
  className?: string
}

/**
 * A machine-readable <time>. The static HTML says the date and time in UTC,
 * labelled so; in the browser, the viewer's own date, time and zone replace it.
 * A day whose time is unknown stays as it is: moving it to a zone could change the day.
 */
export default function EpisodeDate({ date, dateOnly, className = "oil-date" }: EpisodeDateProps) {
  const { day, time } = useHydrated() && !dateOnly ? zoneParts(date) : utcParts(date, dateOnly)
  return (
    <time className={className} dateTime={date}>
      {day}
      {time !== null && (
        <>
          {DATE_TIME_SEPARATOR}
          <span className="oil-date__time">{time}</span>
        </>
      )}
    </time>
  )
}
