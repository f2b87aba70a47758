/**
 * An episode's stable identity: what a calendar subscriber's event keeps when
 * the episode is renamed or rescheduled.
 *
 * In order: the episode's `id`, else its YouTube video (`yt-<video id>`),
 * else its start (`d-20210722t1400z`, or `d-20210722` for a day). The CMS
 * writes exactly that fallback as the `id` the first time it saves an episode
 * without one, so the identity does not change when the id appears, and is
 * frozen from then on. The build and the CMS call the same function on the
 * same raw list, so they always agree.
 */
import { plainDate } from "../utils/episode-time"
import { parseYouTubeId } from "./youtube"

/** What an id may hold: it goes into calendar UIDs. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

export interface EpisodeIdentity {
  /** The identity, or null for an episode whose date cannot be read (and that has no usable id). */
  id: string | null
  /** Why the episode's own `id` was not used, when it has one. */
  problem: string | null
}

/** The identity an episode has without an `id`: its video, else its start. */
export function fallbackId(youtubeId: string | null, isoDate: string, dateOnly: boolean): string {
  if (youtubeId !== null) return `yt-${youtubeId}`
  const day = plainDate(isoDate).replace(/-/g, "")
  return dateOnly ? `d-${day}` : `d-${day}t${isoDate.slice(11, 16).replace(":", "")}z`
}

function youtubeIdOf(fields: Record<string, unknown>): string | null {
  for (const raw of [fields.youtubeEmbed, fields.youtubeLink]) {
    const id = typeof raw === "string" ? parseYouTubeId(raw) : null
    if (id !== null) return id
  }
  return null
}

/**
 * The identity of every episode of a raw `episodes` list, in its order (drafts
 * included, so publishing a draft does not move anyone's identity). Own ids
 * come first; a fallback that another episode already holds gets `-2`, `-3`…
 */
export function episodeIdentities(episodes: readonly unknown[], parseDate: (raw: unknown) => { iso: string; dateOnly: boolean } | null): EpisodeIdentity[] {
  const fields = episodes.map((episode) =>
    typeof episode === "object" && episode !== null && !Array.isArray(episode) ? (episode as Record<string, unknown>) : {},
  )
  const taken = new Set<string>()
  const own = fields.map((episode): EpisodeIdentity | null => {
    if (episode.id === undefined || episode.id === null || String(episode.id).trim() === "") return null
    const id = String(episode.id).trim()
    if (!ID_PATTERN.test(id)) return { id: null, problem: `"${id}" is not an id (letters, digits, ".", "_" and "-", at most 64); it was dropped` }
    if (taken.has(id)) return { id: null, problem: `"${id}" is another episode's id too; it was dropped` }
    taken.add(id)
    return { id, problem: null }
  })
  return fields.map((episode, index) => {
    const mine = own[index]
    if (mine?.id) return mine
    const date = parseDate(episode.date)
    if (date === null) return { id: null, problem: mine?.problem ?? null }
    const base = fallbackId(youtubeIdOf(episode), date.iso, date.dateOnly)
    let id = base
    for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`
    taken.add(id)
    return { id, problem: mine?.problem ?? null }
  })
}
