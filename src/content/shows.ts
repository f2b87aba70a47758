/**
 * What several shows on one site share (issue 20): a site may have a show file per series, each with
 * its own page, archive, people, topics, search, feeds and calendar. Pure: createPages and onPostBuild
 * hand it every show at once.
 *
 * - A person on several shows is one person: the same slug (made from their name's key, people.ts) on
 *   each show, one schema.org identity (`@id`) at their page under the show whose path sorts first
 *   (their "home"), and each show's page of them links to the others.
 * - An episode's calendar UID is unique across the site: where two shows have an episode of the same
 *   identity (the same video, or the same start without an `id`), the show whose path sorts first keeps
 *   the UID, and the other's is qualified with its show's path (`yt-abc-keynotes`).
 */
import { slugify } from "./slug"

export interface ShowPerson {
  slug: string
  path: string | null
  episodeSlugs: readonly string[]
}

/** A person's page on one show: the show's name, the page, how many of the show's episodes they are on. */
export interface PersonElsewhere {
  show: string
  path: string
  episodeCount: number
}

const byPath = <T extends { path: string }>(shows: readonly T[]) => [...shows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

/**
 * Every person's pages across the shows, by slug, the home page (the show whose path sorts first) first.
 * People without a page (the `peoplePages` option off) are left out.
 */
export function peopleAcrossShows(shows: ReadonlyArray<{ path: string; title: string; people: readonly ShowPerson[] }>): Map<string, PersonElsewhere[]> {
  const pages = new Map<string, PersonElsewhere[]>()
  for (const show of byPath(shows)) {
    for (const person of show.people) {
      if (person.path === null) continue
      const list = pages.get(person.slug) ?? []
      list.push({ show: show.title, path: person.path, episodeCount: person.episodeSlugs.length })
      pages.set(person.slug, list)
    }
  }
  return pages
}

/** The part of a show's path a qualified UID ends with: `/keynotes/` → `keynotes`, `/` → `home`. */
export function showSlug(path: string): string {
  return slugify(path.replace(/[-_/]+/g, " ")) || "home"
}

/**
 * Each episode's UID (`uid`, before its `@host`) as the site's calendars and feeds write it, by episode
 * id: its own, unless a show whose path sorts first has an episode of the same UID; then qualified.
 */
export function uidsAcrossShows(shows: ReadonlyArray<{ path: string; episodes: ReadonlyArray<{ id: string; uid: string }> }>): Map<string, string> {
  const taken = new Set<string>()
  const uids = new Map<string, string>()
  for (const show of byPath(shows)) {
    const own = new Set<string>()
    for (const episode of show.episodes) {
      const uid = taken.has(episode.uid) ? `${episode.uid}-${showSlug(show.path)}` : episode.uid
      uids.set(episode.id, uid)
      own.add(episode.uid)
    }
    for (const uid of own) taken.add(uid)
  }
  return uids
}
