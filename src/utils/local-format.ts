/**
 * The formatting behind local-dates.ts, loaded (by it) when the page first asks for a date in the
 * viewer's zone: the worker that formats off the main thread, and the same formatting on the main
 * thread where no worker can start.
 */
import { readInstant } from "./episode-time"
import { inZone } from "./in-zone"

/** A date in the viewer's zone, as inZone gives it, after the date it answers. */
export type Row = [date: string, day: string, time: string, zone: string]
/** What the worker is asked: each date's text, and its instant (read by the page: the worker reads no text). */
export type Ask = [date: string, instant: number]

/** The worker's whole source: inZone (self-contained for this), in the viewer's zone, of the instants it is sent (`Ask`). */
const WORKER_SOURCE = `const f=(${String(inZone)});onmessage=e=>postMessage(e.data.map(([s,n])=>[s].concat(f(n))))`

/** Formats `dates` (ISO 8601) on the main thread, in a task of its own, and hands the rows to `deliver`. */
export function formatOnMainThread(dates: string[], deliver: (rows: Row[]) => void): void {
  setTimeout(() => deliver(dates.map((date): Row => [date, ...inZone(readInstant(date))])), 0)
}

/**
 * A worker that answers `Ask[]` messages with `Row[]`, handed to `deliver`; null where none can start
 * (no Worker, no blob: URLs). `failed` is called once if it fails later (a Content-Security-Policy
 * refusing it), the worker then terminated.
 */
export function startWorker(deliver: (rows: Row[]) => void, failed: () => void): Worker | null {
  try {
    if (typeof Worker !== "function" || typeof URL.createObjectURL !== "function") return null
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }))
    const started = new Worker(url)
    URL.revokeObjectURL(url)
    started.onmessage = (event: MessageEvent<Row[]>) => deliver(event.data)
    started.onerror = () => {
      started.terminate()
      failed()
    }
    return started
  } catch {
    return null
  }
}
