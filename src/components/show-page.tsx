import * as React from "react"
import type { Episode, ShowPage as ShowPageData } from "../types"
import { partitionEpisodes } from "../utils/schedule"
import EpisodeList from "./episode-list"
import Hero from "./hero"
import JoinFooter from "./join-footer"
import Layout from "./layout"

export interface ShowPageProps {
  page: ShowPageData
  episodes: Episode[]
  /** The moment that splits upcoming from past episodes (ISO 8601): the build time. */
  now: string
}

/** The whole show page: hero, upcoming episodes (soonest first), past episodes (newest first), join footer. */
export default function ShowPage({ page, episodes, now }: ShowPageProps) {
  const { upcoming, past } = partitionEpisodes(episodes, Date.parse(now))
  return (
    <Layout>
      <Hero title={page.hero.title ?? page.seo.title} description={page.hero.description} />
      <EpisodeList title="Upcoming episodes" id="oil-upcoming" episodes={upcoming} />
      <EpisodeList title="Past episodes" id="oil-past" episodes={past} />
      <JoinFooter {...page.footer} />
    </Layout>
  )
}
