/**
 * What the theme remembers between Gatsby's hooks, all of it here. It lives as long as the Gatsby
 * process: one `gatsby build`, or a whole `gatsby develop` session (where onCreateNode and
 * createPages run again at each edit of the content). Gatsby runs these hooks in its main process
 * only, so there is one state per site being built.
 */
import { buildClock, type Clock } from "./clock"

export interface BuildState {
  /**
   * The episode node ids of each page node (by page node id), as onCreateNode last made them: at the
   * next edit, `gatsby develop` deletes the episodes no longer in the file.
   */
  readonly episodeIdsByPage: Map<string, string[]>
  /**
   * The digest of each page's problems when createPages last reported them (by page node id), so that
   * `gatsby develop` does not repeat unchanged warnings at every edit.
   */
  readonly lastReported: Map<string, string>
  /** The build's one clock (src/build/clock.ts): read from the environment when the module loads, and again by onPreInit. */
  clock: Clock
  /** The moment this build's pages were made for: createPages sets it, onPostBuild writes the files for the same moment. */
  builtAt: Date | null
}

export const state: BuildState = {
  episodeIdsByPage: new Map(),
  lastReported: new Map(),
  clock: buildClock(),
  builtAt: null,
}

/** Reads the clock from the environment again (onPreInit: each `gatsby build` or `gatsby develop` starts there). */
export function readClock(): Clock {
  state.clock = buildClock()
  return state.clock
}

/** The build clock's time (onPreInit has stopped Gatsby when the clock is unreadable). */
export function now(): Date {
  return state.clock.ok ? state.clock.now() : new Date()
}
