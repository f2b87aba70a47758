import * as React from "react"
import { useLoaded } from "../hooks/use-loaded"

/**
 * The search form and its matching, in a chunk of their own that only the archive's pages load. Not named
 * (`webpackChunkName`): every page's runtime lists each chunk, and a name would add to it.
 */
const loadSearchForm = () => import("./search-form")

export interface EpisodeSearchProps {
  /** The show's search index, a site path (`/live/search.json`); null: no search. */
  index: string | null
  /** The show page's path, `/live/`. */
  showPath: string
}

/**
 * The place of the archive's search: an empty box of the search box's height in the static HTML (no
 * layout shift when it appears), filled after hydration by SearchForm, loaded then; its index loads only
 * when a visitor starts to search. Without JavaScript it stays empty, and the year, people and topic
 * pages reach every episode.
 */
export default function EpisodeSearch({ index, showPath }: EpisodeSearchProps) {
  const loaded = useLoaded(loadSearchForm)
  if (index === null) return null
  return loaded === null ? <div className="oil-search" /> : <loaded.default index={index} showPath={showPath} />
}
