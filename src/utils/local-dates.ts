/**
 * The viewer's own date and time for each date a page shows, formatted off the main thread.
 *
 * The first Intl call on a page makes the browser load its locale and time-zone data: one task of
 * about 30 ms on a laptop and well over 100 ms on a slow phone, during which the page answers no
 * input. A small worker pays that instead and sends back the strings; the page only swaps text.
 * Where no worker can start (no Worker, no blob: URLs, a Content-Security-Policy without
 * `worker-src blob:`), the same formatting runs on the main thread, in a task of its own.
 * The dates asked for in one task go in one message.
 *
 * Not in a page's first load: EpisodeDate loads it after hydration (see `loadLocalDates`), with the
 * viewer's choice of zone (zone-choice.ts) and the formatting itself (local-format.ts).
 */
import { readInstant } from "./episode-time"
import type { LocalParts } from "./format-date"
import { formatOnMainThread, startWorker, type Ask, type Row } from "./local-format"
import { onZoneChoice, zoneChoice, type ZoneChoice } from "./zone-choice"

type Callback = (parts: LocalParts) => void

const known = new Map<string, LocalParts>()
const waiting = new Map<string, Set<Callback>>()
let batch: string[] = []
/** undefined: not tried yet; null: none could start, or it failed. */
let worker: Worker | null | undefined

/** The viewer's zone (IANA), once the first date has been formatted: see viewerZone. */
let zone: string | undefined
const zoneWaiting = new Set<(zone: string) => void>()

function deliver(rows: Row[]): void {
  for (const [date, day, time, rowZone] of rows) {
    const parts = { day, time }
    if (zone === undefined) {
      zone = rowZone
      zoneWaiting.forEach((callback) => callback(rowZone))
      zoneWaiting.clear()
    }
    known.set(date, parts)
    const callbacks = waiting.get(date)
    waiting.delete(date)
    callbacks?.forEach((callback) => callback(parts))
  }
}

function flush(): void {
  const dates = batch
  batch = []
  if (worker === undefined) {
    worker = startWorker(deliver, () => {
      // Refused (CSP) or broken: every date still waiting is formatted here, and later ones too.
      worker = null
      formatOnMainThread([...waiting.keys()], deliver)
    })
  }
  if (worker === null) formatOnMainThread(dates, deliver)
  else worker.postMessage(dates.map((date): Ask => [date, readInstant(date)]))
}

/**
 * Calls `callback` with `date` (ISO 8601) in the viewer's zone, "Thursday, July 22, 2021" and
 * "9:00 AM CDT", once known: at once when it already is, else from a later task. Returns a function
 * that cancels the call (for an effect's cleanup).
 */
export function whenLocal(date: string, callback: Callback): () => void {
  const parts = known.get(date)
  if (parts !== undefined) {
    callback(parts)
    return () => {}
  }
  let callbacks = waiting.get(date)
  if (callbacks === undefined) {
    callbacks = new Set()
    waiting.set(date, callbacks)
    batch.push(date)
    // After the task that asked (hydration's effects ask for every date on the page at once).
    if (batch.length === 1) void Promise.resolve().then(flush)
  }
  callbacks.add(callback)
  const added = callbacks
  return () => {
    added.delete(callback)
    // No one waits any more: a later request asks again rather than wait on this one.
    if (added.size === 0 && waiting.get(date) === added) waiting.delete(date)
  }
}

/**
 * Calls `callback` with the viewer's time zone (IANA: "Europe/Berlin") once a date has been formatted
 * in it (the page asks for none itself: the first Intl call is the costly one). Returns a canceller.
 */
export function viewerZone(callback: (zone: string) => void): () => void {
  if (zone !== undefined) {
    callback(zone)
    return () => {}
  }
  zoneWaiting.add(callback)
  // Dates the page shows in the show's zone ask nothing: ask for one, which names the zone too.
  const cancel = whenLocal(new Date(0).toISOString(), () => {})
  return () => {
    cancel()
    zoneWaiting.delete(callback)
  }
}

/**
 * What a date on the page shows, as the viewer chooses (zone-choice.ts): calls `show` with `date` in
 * the viewer's zone once known (see whenLocal) while they choose their own, with null (the show's
 * zone: the static text) while they choose the show's, and again at each change of choice. Returns
 * the function that stops it.
 */
export function followLocal(date: string, show: (parts: LocalParts | null) => void): () => void {
  let cancel = () => {}
  const follow = (choice: ZoneChoice) => {
    cancel()
    cancel = choice === "viewer" ? whenLocal(date, show) : () => {}
    if (choice === "show") show(null)
  }
  follow(zoneChoice())
  const stop = onZoneChoice(follow)
  return () => {
    cancel()
    stop()
  }
}
