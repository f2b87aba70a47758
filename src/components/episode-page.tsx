import * as React from "react"
import { useMemo, useState } from "react"
import { useScheduleNow } from "../hooks/use-schedule-now"
import type { EpisodeCalendarLinks } from "../content/calendar-links"
import type { Episode, ShowPageData } from "../types"
import { isLive, upcomingUntil } from "../utils/schedule"
import EpisodeCard from "./episode-card"
import EpisodeChapters from "./episode-chapters"
import EpisodeNav, { type NeighbourEpisode } from "./episode-nav"
import HydrateLater from "./hydrate-later"
import JoinFooter from "./join-footer"
import { showTitle } from "../utils/show-title"
import Layout from "./layout"
import PageHeader from "./page-header"
import TimeZoneSwitch from "./time-zone-switch"

export interface EpisodePageProps {
  page: ShowPageData
  episode: Episode
  /** The episodes just before and after this one in time. */
  previous: NeighbourEpisode | null
  next: NeighbourEpisode | null
  /** When the site was built (ISO 8601). */
  builtAt: string
  airingWindowMinutes: number
  /** The show's time zone, an IANA name (the `timeZone` option). Default "UTC". */
  timeZone?: string
  /** The episode's add-to-calendar links, made at build time while it was still to come; null: the .ics link alone. */
  calendarLinks?: EpisodeCalendarLinks | null
}

/** An episode's own page: its card in full, "Live now" while it airs, links to the episodes around it, the join footer. */
export default function EpisodePage({ page, episode, previous, next, builtAt, airingWindowMinutes, timeZone = "UTC", calendarLinks = null }: EpisodePageProps) {
  const now = useScheduleNow(
    useMemo(() => [episode], [episode]),
    builtAt,
    airingWindowMinutes,
  )
  const live = isLive(episode, now, airingWindowMinutes)
  const upcoming = upcomingUntil(episode) > now
  // The chapter the viewer picked: its second, for the player. Here, not in the card, so that the show page's cards ship no chapters code.
  const [startAt, setStartAt] = useState<number | null>(null)
  return (
    <Layout>
      <PageHeader showPath={page.path} showTitle={showTitle(page)} title={null} meta={live ? "Live now" : upcoming ? "Upcoming episode" : "Past episode"} />
      <TimeZoneSwitch timeZone={timeZone} />
      <div className="oil-episode">
        <EpisodeCard
          episode={episode}
          headingLevel={1}
          featured
          linkTitle={false}
          showCalendarLink={upcoming || live}
          calendarLinks={calendarLinks}
          startAt={startAt}
        >
          {episode.youtube !== null && episode.chapters.length > 0 && (
            <EpisodeChapters chapters={episode.chapters} video={episode.youtube} onSelect={setStartAt} idPrefix={episode.slug} />
          )}
        </EpisodeCard>
      </div>
      <HydrateLater>
        <EpisodeNav previous={previous} next={next} />
        <JoinFooter {...page.footer} />
      </HydrateLater>
    </Layout>
  )
}
