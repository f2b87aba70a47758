/**
 * The viewer's own date and time for each date a page shows, formatted off the main thread.
 *
 * The first Intl call on a page makes the browser load its locale and time-zone data: one task of
 * about 30 ms on a laptop and well over 100 ms on a slow phone, during which the page answers no
 * input. A small worker pays that instead and sends back the strings; the page only swaps text.
 * Where no worker can start (no Worker, no blob: URLs, a Content-Security-Policy without
 * `worker-src blob:`), the same formatting runs on the main thread, in a task of its own.
 * The dates asked for in one task go in one message.
 */
import { readInstant } from "./episode-time"
import { inZone, type LocalParts } from "./format-date"

type Callback = (parts: LocalParts) => void
/** A date in the viewer's zone, as inZone gives it, after the date it answers. */
type Row = [date: string, day: string, time: string, zone: string]
/** What the worker is asked: each date's text, and its instant (read here, by `readInstant`: the worker reads no text). */
type Ask = [date: string, instant: number]

const known = new Map<string, LocalParts>()
const waiting = new Map<string, Set<Callback>>()
let batch: string[] = []
/** undefined: not tried yet; null: none could start, or it failed. */
let worker: Worker | null | undefined

/** The worker's whole source: inZone (self-contained for this), in the viewer's zone, of the instants it is sent (`Ask`). */
const WORKER_SOURCE = `const f=(${String(inZone)});onmessage=e=>postMessage(e.data.map(([s,n])=>[s].concat(f(n))))`

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

/** Formats on the main thread, in a task of its own: the fallback, and what is left when the worker fails. */
function onMainThread(dates: string[]): void {
  setTimeout(
    () =>
      deliver(
        dates.map((date): Row => {
          const [day, time, viewer] = inZone(readInstant(date))
          return [date, day, time, viewer]
        }),
      ),
    0,
  )
}

function startWorker(): Worker | null {
  try {
    if (typeof Worker !== "function" || typeof URL.createObjectURL !== "function") return null
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }))
    const started = new Worker(url)
    URL.revokeObjectURL(url)
    started.onmessage = (event: MessageEvent<Row[]>) => deliver(event.data)
    started.onerror = () => {
      // Refused (CSP) or broken: every date still waiting is formatted here, and later ones too.
      started.terminate()
      worker = null
      onMainThread([...waiting.keys()])
    }
    return started
  } catch {
    return null
  }
}

function flush(): void {
  const dates = batch
  batch = []
  if (worker === undefined) worker = startWorker()
  if (worker === null) onMainThread(dates)
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
