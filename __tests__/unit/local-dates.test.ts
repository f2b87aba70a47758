/**
 * local-dates: the viewer's own dates, formatted by a worker (here a stand-in that runs the module's
 * real worker source), or on the main thread when no worker can start or the worker fails.
 * The tests run with TZ=America/Chicago (jest.config.js).
 */
import { resolveObjectURL } from "buffer"

type LocalDates = typeof import("../../src/utils/local-dates")
type Row = [string, string, string, string]
type Ask = [string, number]

/** A fresh copy of the module: it keeps its worker and what it has formatted. */
function loadModule(): LocalDates {
  let loaded: LocalDates | undefined
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy: isolateModules works with require
    loaded = require("../../src/utils/local-dates") as LocalDates
  })
  return loaded!
}

/** Collects what whenLocal calls back with, once every callback has been called. */
function ask(module: LocalDates, dates: string[]): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    const got: Record<string, string> = {}
    for (const date of dates) {
      module.whenLocal(date, ({ day, time }) => {
        got[date] = `${day} · ${time}`.replace(/\s/g, " ")
        if (Object.keys(got).length === dates.length) resolve(got)
      })
    }
  })
}

const JULY = "2021-07-22T14:00:00.000Z"
const JANUARY = "2027-01-14T15:05:00.000Z"
/** What the worker is sent for a date: its text, and its instant, which the page reads (the worker reads no text). */
const sent = (date: string): Ask => [date, Date.parse(date)]
const EXPECTED = { [JULY]: "Thursday, July 22, 2021 · 9:00 CDT", [JANUARY]: "Thursday, January 14, 2027 · 9:05 CST" }

/** A stand-in for the browser's Worker: evaluates the source the module hands it and answers a task later. */
class FakeWorker {
  static made: FakeWorker[] = []
  static fail = false
  messages: Ask[][] = []
  onmessage: ((event: { data: Row[] }) => void) | null = null
  onerror: (() => void) | null = null
  private handler: (event: { data: Ask[] }) => void
  terminated = false

  constructor(url: string) {
    FakeWorker.made.push(this)
    const blob = resolveObjectURL(url)
    if (blob === undefined) throw new Error("the worker's URL does not name a blob")
    this.handler = () => {}
    this.ready = blob.text().then((source) => {
      const post = (data: Row[]) => setTimeout(() => this.onmessage?.({ data }), 0)
      // The module's source assigns the global onmessage of a worker; here, a variable of this function.
      this.handler = new Function("postMessage", `let onmessage;${source};return onmessage`)(post) as typeof this.handler
    })
  }

  ready: Promise<void>

  postMessage(dates: Ask[]) {
    this.messages.push(dates)
    if (FakeWorker.fail) {
      setTimeout(() => this.onerror?.(), 0)
      return
    }
    void this.ready.then(() => this.handler({ data: dates }))
  }

  terminate() {
    this.terminated = true
  }
}

describe("whenLocal", () => {
  const globals = globalThis as { Worker?: unknown }
  afterEach(() => {
    delete globals.Worker
    FakeWorker.made = []
    FakeWorker.fail = false
  })

  it("formats every date asked for in one task in one message to one worker, in the viewer's zone", async () => {
    globals.Worker = FakeWorker
    const module = loadModule()
    await expect(ask(module, [JULY, JANUARY])).resolves.toEqual(EXPECTED)
    expect(FakeWorker.made).toHaveLength(1)
    expect(FakeWorker.made[0]!.messages).toEqual([[sent(JULY), sent(JANUARY)]])
  })

  it("answers a date it knows at once, without asking the worker again", async () => {
    globals.Worker = FakeWorker
    const module = loadModule()
    await ask(module, [JULY])
    let answered = ""
    module.whenLocal(JULY, ({ time }) => (answered = time.replace(/\s/g, " ")))
    expect(answered).toBe("9:00 CDT")
    expect(FakeWorker.made[0]!.messages).toEqual([[sent(JULY)]])
  })

  it("formats on the main thread where no worker exists", async () => {
    const module = loadModule()
    await expect(ask(module, [JULY, JANUARY])).resolves.toEqual(EXPECTED)
  })

  it("formats on the main thread when the worker fails (a Content-Security-Policy refusing it), and stops using it", async () => {
    globals.Worker = FakeWorker
    FakeWorker.fail = true
    const module = loadModule()
    await expect(ask(module, [JULY])).resolves.toEqual({ [JULY]: EXPECTED[JULY] })
    expect(FakeWorker.made[0]!.terminated).toBe(true)
    await expect(ask(module, [JANUARY])).resolves.toEqual({ [JANUARY]: EXPECTED[JANUARY] })
    expect(FakeWorker.made).toHaveLength(1)
    expect(FakeWorker.made[0]!.messages).toEqual([[sent(JULY)]])
  })

  it("does not call back once cancelled, and asks again for a date no one waits for any more", async () => {
    globals.Worker = FakeWorker
    const module = loadModule()
    const cancelled = jest.fn()
    module.whenLocal(JULY, cancelled)()
    await expect(ask(module, [JANUARY])).resolves.toEqual({ [JANUARY]: EXPECTED[JANUARY] })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(cancelled).not.toHaveBeenCalled()
  })
})

describe("viewerZone", () => {
  const globals = globalThis as { Worker?: unknown }
  afterEach(() => {
    delete globals.Worker
  })

  it("names the viewer's zone once the worker has formatted a date in it, and at once after that", async () => {
    globals.Worker = FakeWorker
    const module = loadModule()
    const zones: string[] = []
    module.viewerZone((zone) => zones.push(zone))
    expect(zones).toEqual([])
    await ask(module, [JULY])
    expect(zones).toEqual(["America/Chicago"])
    module.viewerZone((zone) => zones.push(`again ${zone}`))
    expect(zones).toEqual(["America/Chicago", "again America/Chicago"])
  })
})
