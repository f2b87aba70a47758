import * as React from "react"
import { Link } from "gatsby"
import type { EpisodeCalendarLinks } from "../content/calendar-links"
import type { Episode } from "../types"
import EpisodeDate from "./episode-date"
import EpisodeLinks from "./episode-links"
import EpisodeVideo from "./episode-video"
import SpeakerList from "./speaker-list"

export interface EpisodeCardProps {
  episode: Episode
  /** The level of the card's heading under its section's heading. */
  headingLevel?: 1 | 2 | 3 | 4
  /** Laid out larger, for the episode on air or up next. */
  featured?: boolean
  /** Show the "Add to calendar" link (when the episode has an invite): for episodes still to come. Default: true. */
  showCalendarLink?: boolean
  /** Link the title to the episode's own page (when it has one). Default: true. */
  linkTitle?: boolean
  /** The episode's add-to-calendar links, made at build time for an episode still to come; null: the .ics link alone. */
  calendarLinks?: EpisodeCalendarLinks | null
  /** Starts the video's player at this second (a chapter the viewer picked); null: the video's facade, played from the start. */
  startAt?: number | null
  /** Shown below the description: the episode page puts the video's chapters there (the show page's cards carry no chapters code). */
  children?: React.ReactNode
}

/** One episode: date, title, description, speakers, links and video. */
export default function EpisodeCard({
  episode,
  headingLevel = 3,
  featured = false,
  showCalendarLink = true,
  linkTitle = true,
  calendarLinks = null,
  startAt = null,
  children,
}: EpisodeCardProps) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className={featured ? "oil-card oil-card--featured" : "oil-card"} id={episode.slug} aria-labelledby={`${episode.slug}-title`}>
      {episode.youtube !== null && <EpisodeVideo video={episode.youtube} episodeTitle={episode.title} startAt={startAt} />}
      <div className="oil-card__body">
        <EpisodeDate date={episode.date} dateOnly={episode.dateOnly} showText={episode.showText} className="oil-card__date" />
        <Heading className="oil-card__title" id={`${episode.slug}-title`}>
          {linkTitle && episode.path !== null ? (
            <Link className="oil-card__link" to={episode.path}>
              {episode.title}
            </Link>
          ) : (
            episode.title
          )}
        </Heading>
        {episode.description !== null && <div className="oil-card__description" dangerouslySetInnerHTML={{ __html: episode.description }} />}
        {children}
        <SpeakerList speakers={episode.speakers} topics={episode.topics} />
        <EpisodeLinks
          links={episode.links}
          calendarInvite={showCalendarLink ? episode.calendarInvite : null}
          calendarLinks={calendarLinks}
          episodeTitle={episode.title}
        />
      </div>
    </article>
  )
}
