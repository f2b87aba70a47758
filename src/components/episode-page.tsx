import * as React from "react"
import { useMemo } from "react"
import { useScheduleNow } from "../hooks/use-schedule-now"
import type { Episode, ShowPageData } from "../types"
import { isLive, upcomingUntil } from "../utils/schedule"
import EpisodeCard from "./episode-card"
import EpisodeNav, { type NeighbourEpisode } from "./episode-nav"
import HydrateLater from "./hydrate-later"
import JoinFooter from "./join-footer"
import { showTitle } from "../utils/show-title"
import Layout from "./layout"
import PageHeader from "./page-header"

export interface EpisodePageProps {
  page: ShowPageData
  episode: Episode
  /** The episodes just before and after this one in time. */
  previous: NeighbourEpisode | null
  next: NeighbourEpisode | null
  /** When the site was built (ISO 8601). */
  builtAt: string
  airingWindowMinutes: number
}

/** An episode's own page: its card in full, "Live now" while it airs, links to the episodes around it, the join footer. */
export default function EpisodePage({ page, episode, previous, next, builtAt, airingWindowMinutes }: EpisodePageProps) {
  const now = useScheduleNow(
    useMemo(() => [episode], [episode]),
    builtAt,
    airingWindowMinutes,
  )
  const live = isLive(episode, now, airingWindowMinutes)
  const upcoming = upcomingUntil(episode) > now
  return (
    <Layout>
      <PageHeader showPath={page.path} showTitle={showTitle(page)} title={null} meta={live ? "Live now" : upcoming ? "Upcoming episode" : "Past episode"} />
      <div className="oil-episode">
        <EpisodeCard episode={episode} headingLevel={1} featured linkTitle={false} showCalendarLink={upcoming || live} />
      </div>
      <HydrateLater>
        <EpisodeNav previous={previous} next={next} />
        <JoinFooter {...page.footer} />
      </HydrateLater>
    </Layout>
  )
}
