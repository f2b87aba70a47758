import * as React from "react"
import { useScheduleNow } from "../hooks/use-schedule-now"
import type { EpisodeCalendarLinks, ShowSubscribeLinks } from "../content/calendar-links"
import type { Episode, FeedLinks, ShowPageData } from "../types"
import { scheduleAt } from "../utils/schedule"
import { heroTitle } from "../utils/show-title"
import EpisodeList from "./episode-list"
import FeaturedEpisode from "./featured-episode"
import Hero from "./hero"
import HydrateLater from "./hydrate-later"
import JoinFooter from "./join-footer"
import Layout from "./layout"
import Pagination from "./pagination"
import CallToAction from "./call-to-action"
import SubscribeLinks from "./subscribe-links"
import TimeZoneSwitch from "./time-zone-switch"

export interface ShowPageProps {
  page: ShowPageData
  episodes: Episode[]
  /** When the site was built (ISO 8601): the static HTML is the schedule at that moment. */
  builtAt: string
  /** How long an episode is "Live now" after its start, in minutes. */
  airingWindowMinutes: number
  /** The feeds and calendar to offer; null offers none. */
  feeds?: FeedLinks | null
  /** The show's time zone, an IANA name (the `timeZone` option): the static HTML's times are in it. Default "UTC". */
  timeZone?: string
  /** Add-to-calendar links of the episodes still to come, by slug (made at build time). */
  calendarLinks?: Readonly<Record<string, EpisodeCalendarLinks>>
  /** Links that subscribe a calendar app to the show's calendar (made at build time), or null. */
  subscribeLinks?: ShowSubscribeLinks | null
  /** The first archive page of older episodes, or null. */
  olderPath?: string | null
  /** Pages of episodes in all, this one included. */
  pageCount?: number
  /**
   * The archive's links (each year, the people, the topics), as HTML made at build time (browseHtml in
   * src/content/pages.ts), or null for none.
   */
  browseHtml?: string | null
}

/**
 * The whole show page: hero, the episode on air or up next, the upcoming
 * episodes (soonest first), the call to action, the past episodes
 * (newest first), the join footer.
 * After hydration the schedule follows the viewer's clock, so a page built
 * last week is still right, and it changes by itself when an episode starts or ends.
 */
export default function ShowPage({
  page,
  episodes,
  builtAt,
  airingWindowMinutes,
  feeds = null,
  timeZone = "UTC",
  calendarLinks = {},
  subscribeLinks = null,
  olderPath = null,
  pageCount = 1,
  browseHtml = null,
}: ShowPageProps) {
  const now = useScheduleNow(episodes, builtAt, airingWindowMinutes)
  const { featured, live, upcoming, past } = scheduleAt(episodes, now, airingWindowMinutes)
  return (
    <Layout>
      <Hero title={heroTitle(page)} description={page.hero.description} logo={page.hero.logo} newsletter={page.hero.newsletter} links={page.hero.links} />
      {featured !== null && <FeaturedEpisode episode={featured} live={live} calendarLinks={calendarLinks[featured.slug] ?? null} />}
      <TimeZoneSwitch timeZone={timeZone} />
      <HydrateLater>
        <EpisodeList title="Upcoming episodes" id="oil-upcoming" episodes={upcoming} calendarLinks={calendarLinks} />
        {feeds !== null && <SubscribeLinks feeds={feeds} subscribe={subscribeLinks} />}
        <CallToAction {...page.callToAction} />
        <EpisodeList title="Past episodes" id="oil-past" episodes={past} layout="grid" showCalendarLinks={false} />
        <Pagination pageNumber={1} pageCount={pageCount} previousPath={null} nextPath={olderPath} />
        {browseHtml !== null && <nav className="oil-browse" aria-labelledby="oil-browse-title" dangerouslySetInnerHTML={{ __html: browseHtml }} />}
        <JoinFooter {...page.footer} />
      </HydrateLater>
    </Layout>
  )
}
