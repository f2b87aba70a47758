import * as React from "react"
import { useEffect, useMemo, useRef, useState } from "react"
import { withPrefix } from "gatsby"
import { prepareIndex, searchEpisodes, type PreparedIndex, type SearchFilters, type SearchIndexFile } from "../utils/episode-search"

export interface SearchFormProps {
  /** The show's search index, a site path: `/live/search.json`. */
  index: string
  /** The show page's path, `/live/`: the index's links are relative to it. */
  showPath: string
}

/** The most results listed at once; the status says how many there are in all. */
const SHOWN = 30

type State = { status: "idle" } | { status: "loading" } | { status: "ready"; index: PreparedIndex } | { status: "failed" }

const NO_FILTER: SearchFilters = { year: null, person: null, topic: null }

const count = (n: number) => (n === 1 ? "1 episode" : `${n} episodes`)

/** "Thursday, July 22, 2021" from `2021-07-22`, as the static pages write days (one formatter: making one is the costly part). */
const DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeZone: "UTC" })
const dayText = (day: string) => DAY.format(new Date(`${day}T12:00:00Z`))

/**
 * The archive's search: a text box, and once the index has arrived (at the first focus or key in the
 * box, never with the page), filters by year, person and topic and the matching episodes, each a
 * link to its page. The count is announced to screen readers a moment after typing stops. Loaded after
 * hydration (src/components/episode-search.tsx holds its place before).
 */
export default function SearchForm({ index: indexPath, showPath }: SearchFormProps) {
  const [state, setState] = useState<State>({ status: "idle" })
  const [query, setQuery] = useState("")
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTER)
  const [announced, setAnnounced] = useState("")
  const resultsRef = useRef<HTMLOListElement>(null)

  const load = () => {
    if (state.status !== "idle" && state.status !== "failed") return
    setState({ status: "loading" })
    fetch(withPrefix(indexPath))
      .then((response) => (response.ok ? (response.json() as Promise<SearchIndexFile>) : Promise.reject(new Error(String(response.status)))))
      .then((file) => setState({ status: "ready", index: prepareIndex(file, showPath) }))
      .catch(() => setState({ status: "failed" }))
  }

  const index = state.status === "ready" ? state.index : null
  const results = useMemo(() => (index === null ? [] : searchEpisodes(index, query, filters)), [index, query, filters])
  const searching = query.trim() !== "" || filters.year !== null || filters.person !== null || filters.topic !== null
  const status =
    state.status === "failed"
      ? "The search could not load. Browse by year, person or topic below."
      : index === null || !searching
        ? ""
        : results.length === 0
          ? "No episode matches."
          : results.length > SHOWN
            ? `${count(results.length)} match; the first ${SHOWN} are listed.`
            : `${count(results.length)} match.`
  // Announced once typing pauses, not at every key.
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), 500)
    return () => clearTimeout(timer)
  }, [status])

  // Made again only when the index or a filter changes, not at every key: the people's list can hold hundreds of options.
  const filterBox = useMemo(() => {
    if (index === null) return null
    const filter = (name: keyof SearchFilters) => (event: React.ChangeEvent<HTMLSelectElement>) => {
      const value = event.target.value
      setFilters((current) => ({ ...current, [name]: value === "" ? null : name === "year" ? value : Number(value) }))
    }
    return (
      <div className="oil-search__filters">
        <select aria-label="Year" value={filters.year ?? ""} onChange={filter("year")}>
          <option value="">Any year</option>
          {index.years.map((year) => (
            <option key={year}>{year}</option>
          ))}
        </select>
        {index.people.length > 0 && (
          <select aria-label="Person" value={filters.person ?? ""} onChange={filter("person")}>
            <option value="">Anyone</option>
            {index.people.map((person, id) => (
              <option key={person.path} value={id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
        {index.topics.length > 0 && (
          <select aria-label="Topic" value={filters.topic ?? ""} onChange={filter("topic")}>
            <option value="">Any topic</option>
            {index.topics.map((topic, id) => (
              <option key={topic.path} value={id}>
                {topic.name}
              </option>
            ))}
          </select>
        )}
      </div>
    )
  }, [index, filters])
  const toResults = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowDown") return
    const first = resultsRef.current?.querySelector("a")
    if (first) {
      event.preventDefault()
      first.focus()
    }
  }
  const moveInResults = (event: React.KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return
    const links = [...(resultsRef.current?.querySelectorAll("a") ?? [])]
    const at = links.indexOf(document.activeElement as HTMLAnchorElement)
    const next = links[at + (event.key === "ArrowDown" ? 1 : -1)]
    event.preventDefault()
    if (next) next.focus()
    else if (event.key === "ArrowUp") document.getElementById("oil-search-query")?.focus()
  }

  return (
    <form className="oil-search" role="search" aria-label="Search the episodes" onSubmit={(event) => event.preventDefault()}>
      <div className="oil-search__row">
        <label className="oil-search__label" htmlFor="oil-search-query">
          Search the episodes
        </label>
        <input
          className="oil-search__input"
          id="oil-search-query"
          type="search"
          value={query}
          placeholder="Title, speaker, topic…"
          autoComplete="off"
          aria-describedby="oil-search-status"
          onFocus={load}
          onKeyDown={(event) => {
            load()
            toResults(event)
          }}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {filterBox}
      <p className="oil-search__status" id="oil-search-status" role="status">
        {announced}
      </p>
      {results.length > 0 && (
        <ol className="oil-search__results" ref={resultsRef} aria-label="Matching episodes" onKeyDown={moveInResults}>
          {results.slice(0, SHOWN).map((entry) => (
            <li key={entry.path}>
              {/* A plain link: Gatsby's Link would prefetch each result's page at every key. */}
              <a className="oil-search__result" href={withPrefix(entry.path)}>
                {entry.title}
              </a>{" "}
              <span className="oil-search__day">{dayText(entry.day)}</span>
            </li>
          ))}
        </ol>
      )}
    </form>
  )
}
