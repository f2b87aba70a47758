import * as React from "react"
import { useEffect, useState } from "react"
import type { DateText } from "../types"
import { machineDate } from "../utils/episode-time"
import { DATE_TIME_SEPARATOR, type LocalParts } from "../utils/format-date"
import { loadLocalDates, whenLoaded } from "../utils/load-viewer"

export interface EpisodeDateProps {
  /** ISO 8601 in UTC (an episode's `date`). */
  date: string
  /** True when only the day is known (an episode's `dateOnly`). */
  dateOnly: boolean
  /** The same date in words, in the show's time zone (an episode's `showText`). */
  showText: DateText
  className?: string
}

/**
 * A machine-readable <time>: `datetime` is the instant in UTC (`2021-07-22T14:00:00.000Z`), or the
 * day alone for a day without a time (`2021-07-22`, a valid date string: see `machineDate`). The
 * static HTML says the date and time in the show's zone, named ("14:00 UTC", "9:00 CDT"); in the
 * browser, the viewer's own date, time and zone replace it as soon as they are known (formatted off
 * the main thread: see local-dates.ts), unless the viewer chose the show's zone with the time-zone
 * switch. A day whose time is unknown stays as it is: moving it to a zone could change the day.
 */
export default function EpisodeDate({ date, dateOnly, showText, className = "oil-date" }: EpisodeDateProps) {
  const [local, setLocal] = useState<{ date: string; parts: LocalParts } | null>(null)
  useEffect(
    // The viewer's dates come after hydration, from a module loaded then (see local-dates.ts).
    () =>
      dateOnly ? undefined : whenLoaded(loadLocalDates, ({ followLocal }) => followLocal(date, (parts) => setLocal(parts === null ? null : { date, parts }))),
    [date, dateOnly],
  )
  const { day, time } = !dateOnly && local !== null && local.date === date ? local.parts : showText
  return (
    <time className={className} dateTime={machineDate({ date, dateOnly })}>
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
