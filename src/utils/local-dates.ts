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
import { zoneParts, ZONE_FORMATS, type LocalParts } from "./format-date"

type Callback = (parts: LocalParts) => void
type Row = [date: string, day: string, time: string]
/** What the worker is asked: each date's text, and its instant (read here, by `readInstant`: the worker reads no text). */
type Ask = [date: string, instant: number]

const known = new Map<string, LocalParts>()
const waiting = new Map<string, Set<Callback>>()
let batch: string[] = []
/** undefined: not tried yet; null: none could start, or it failed. */
let worker: Worker | null | undefined

/** The worker's whole source: the same formats as zoneParts, in the viewer's zone, of the instants it is sent (`Ask`). */
const WORKER_SOURCE =
  `const d=new Intl.DateTimeFormat(${JSON.stringify(ZONE_FORMATS.locale)},${JSON.stringify(ZONE_FORMATS.day)}),` +
  `t=new Intl.DateTimeFormat(${JSON.stringify(ZONE_FORMATS.locale)},${JSON.stringify(ZONE_FORMATS.time)});` +
  `onmessage=e=>postMessage(e.data.map(([s,n])=>{const x=new Date(n);return[s,d.format(x),t.format(x)]}))`

function deliver(rows: Row[]): void {
  for (const [date, day, time] of rows) {
    const parts = { day, time }
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
          const { day, time } = zoneParts(date)
          return [date, day, time]
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
