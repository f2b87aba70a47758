import * as React from "react"
import { useEffect, useState } from "react"
import type { DateText } from "../types"
import { DATE_TIME_SEPARATOR, type LocalParts } from "../utils/format-date"
import { whenLocal } from "../utils/local-dates"

export interface EpisodeDateProps {
  /** ISO 8601 in UTC. */
  date: string
  /** The same date in words, in UTC (an episode's `utcText`); `time` null: only the day is known. */
  utcText: DateText
  className?: string
}

/**
 * A machine-readable <time>. The static HTML says the date and time in UTC,
 * labelled so; in the browser, the viewer's own date, time and zone replace it
 * as soon as they are known (formatted off the main thread: see local-dates.ts).
 * A day whose time is unknown stays as it is: moving it to a zone could change the day.
 */
export default function EpisodeDate({ date, utcText, className = "oil-date" }: EpisodeDateProps) {
  const dateOnly = utcText.time === null
  const [local, setLocal] = useState<{ date: string; parts: LocalParts } | null>(null)
  useEffect(() => (dateOnly ? undefined : whenLocal(date, (parts) => setLocal({ date, parts }))), [date, dateOnly])
  const { day, time } = local !== null && local.date === date && !dateOnly ? local.parts : utcText
  return (
    <time className={className} dateTime={date}>
      {day}
      {time !== null && (
        <span className="oil-date__time">
          <span className="oil-date__separator">{DATE_TIME_SEPARATOR}</span>
          {time}
        </span>
      )}
    </time>
  )
}
