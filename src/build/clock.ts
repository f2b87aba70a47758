/**
 * The build's one clock: the moment a build (or `gatsby develop`, on each request) computes its
 * schedule for. Which episodes are "Up next" or past in the static HTML, which are feed items, the
 * calendars' DTSTAMP, SEQUENCE and LAST-MODIFIED, and each page's `builtAt` all come from it.
 *
 * It is the machine's clock unless `OPENINFRA_LIVE_NOW` is set: an ISO 8601 date-time with `Z` or
 * an offset (`2027-01-10T12:00:00Z`), or whole seconds since 1970 (the form of SOURCE_DATE_EPOCH,
 * `$(git log -1 --format=%ct)`). Tests set it so that no result depends on the day they run;
 * a reproducible build sets it (to its commit's time, say) so that two builds of one commit write
 * the same bytes. SOURCE_DATE_EPOCH itself is not read: packaging tools set it to dates in the past
 * that would put every episode in the archive.
 */
export const CLOCK_VARIABLE = "OPENINFRA_LIVE_NOW"

export type Clock = { ok: true; now: () => Date; pinned: boolean } | { ok: false; reason: string }

/** The instant an `OPENINFRA_LIVE_NOW` value names, or null when it names none. */
export function readInstant(text: string): Date | null {
  const value = text.trim()
  if (/^\d{1,12}$/.test(value)) return new Date(Number(value) * 1000)
  // A date and time with its zone: anything else would depend on the build machine's zone.
  const parts = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(value)
  if (parts === null) return null
  // A day that does not exist (February 30) is a mistake, not the day after.
  const day = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])))
  if (day.getUTCMonth() !== Number(parts[2]) - 1 || day.getUTCDate() !== Number(parts[3])) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * The clock of a build from its environment. A value that names no instant is a mistake to report
 * (a build that silently used the machine's clock would publish another schedule than intended).
 */
export function buildClock(env: Record<string, string | undefined> = process.env): Clock {
  const value = env[CLOCK_VARIABLE]
  if (value === undefined || value.trim() === "") return { ok: true, now: () => new Date(), pinned: false }
  const instant = readInstant(value)
  if (instant === null) {
    return {
      ok: false,
      reason:
        `${CLOCK_VARIABLE}="${value}" is not a moment the theme can read: write an ISO 8601 date and time with its zone ` +
        `(2027-01-10T12:00:00Z) or seconds since 1970 (1799582400), or unset it to use the machine's clock.`,
    }
  }
  return { ok: true, now: () => new Date(instant.getTime()), pinned: true }
}
