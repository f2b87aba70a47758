/**
 * @jest-environment jsdom
 */
/**
 * The countdown's words at a moment (the tests run with TZ=America/Chicago: jest.config.js), and its
 * timer: one change at a time, the next at the moment the words change.
 */
import { countdownAt, runCountdown, type CountdownState } from "../../src/utils/countdown"

const at = (iso: string) => Date.parse(iso)
const START = at("2026-11-05T15:00:00Z") // Thursday, November 5, 2026, 9:00 CST

describe("countdownAt", () => {
  it("says hours and minutes within a day, rounded up to the minute, then starting now", () => {
    expect(countdownAt(at("2026-11-05T12:45:00Z"), START)).toMatchObject({ text: "in 2 h 15 min", spoken: "in about 2 hours" })
    expect(countdownAt(at("2026-11-05T13:00:00Z"), START)).toMatchObject({ text: "in 2 h", spoken: "in about 2 hours" })
    expect(countdownAt(at("2026-11-05T14:44:30Z"), START)).toMatchObject({ text: "in 16 min", spoken: "in 30 minutes" })
    expect(countdownAt(at("2026-11-05T14:57:00Z"), START)).toMatchObject({ text: "in 3 min", spoken: "in 3 minutes" })
    expect(countdownAt(at("2026-11-05T14:59:59Z"), START)).toMatchObject({ text: "in 1 min", spoken: "in 1 minute" })
    expect(countdownAt(START, START)).toEqual({ text: "starting now", spoken: "starting now", next: null })
    expect(countdownAt(START + 60_000, START).text).toBe("starting now")
  })

  it("counts calendar days in the viewer's zone a day or more ahead", () => {
    // Monday 10:00 CST to Thursday 9:00 CST: 71 hours, but Thursday is three days away.
    expect(countdownAt(at("2026-11-02T16:00:00Z"), START)).toMatchObject({ text: "in 3 days", spoken: "in 3 days" })
    // Wednesday 8:00 CST: 25 hours, tomorrow.
    expect(countdownAt(at("2026-11-04T14:00:00Z"), START).text).toBe("tomorrow")
    // Wednesday 9:30 CST: 23.5 hours: hours now, though it is tomorrow.
    expect(countdownAt(at("2026-11-04T15:30:00Z"), START).text).toBe("in 23 h 30 min")
  })

  it("is right across a daylight-saving change: days by the calendar, hours by the clock", () => {
    // Clocks in Chicago went back at 07:00 UTC on Sunday, November 1, 2026 (2:00 CDT became 1:00 CST).
    // Saturday, October 31, 23:30 CDT (04:30 UTC on November 1) to Thursday 9:00 CST: 5 calendar days, 106.5 real hours.
    expect(countdownAt(at("2026-11-01T04:30:00Z"), START).text).toBe("in 5 days")
    // Saturday 23:30 CDT to Sunday 9:00 CST: 10.5 real hours (an hour longer than the wall clocks say).
    const sunday = at("2026-11-01T15:00:00Z")
    expect(countdownAt(at("2026-11-01T04:30:00Z"), sunday).text).toBe("in 10 h 30 min")
    // Spring: Saturday, March 13, 2027, 12:00 CST to Monday, March 15, 9:00 CDT: two days, 44 real hours.
    expect(countdownAt(at("2027-03-13T18:00:00Z"), at("2027-03-15T14:00:00Z")).text).toBe("in 2 days")
  })

  it("says hours, never 'in 0 days', on a day of 25 hours; and goes from tomorrow straight to 23 h 59 min", () => {
    // Sunday, November 1, 2026 in Chicago has 25 hours: 0:10 CDT to 23:50 CST the same day is 24 h 40 min.
    expect(countdownAt(at("2026-11-01T05:10:00Z"), at("2026-11-02T05:50:00Z")).text).toBe("in 24 h 40 min")
    const tomorrow = countdownAt(START - 25 * 3_600_000, START)
    expect(tomorrow.text).toBe("tomorrow")
    expect(countdownAt(tomorrow.next!, START).text).toBe("in 23 h 59 min")
    expect(countdownAt(tomorrow.next! - 1, START).text).toBe("tomorrow")
  })

  it("names the moment its words next change", () => {
    const now = at("2026-11-05T12:45:30Z")
    const { next } = countdownAt(now, START)
    expect(countdownAt(next! - 1, START).text).toBe(countdownAt(now, START).text)
    expect(countdownAt(next!, START).text).not.toBe(countdownAt(now, START).text)
    // Days away: at the viewer's next midnight (Tuesday 0:00 CST = 06:00 UTC).
    expect(countdownAt(at("2026-11-02T16:00:00Z"), START).next).toBe(at("2026-11-03T06:00:00Z"))
  })

  it("says something new to a screen reader a few times an hour at most", () => {
    const spoken = new Set<string>()
    for (let t = START - 3 * 3_600_000; t < START; t += 60_000) spoken.add(countdownAt(t, START).spoken)
    // 3 hours of minutes: about 3 → 2 hours, then 90, 75, … 15 minutes, then the last five.
    expect(spoken.size).toBeLessThanOrEqual(14)
    expect(countdownAt(START - 3 * 3_600_000, START).spoken).toBe("in about 3 hours")
  })
})

describe("runCountdown", () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it("shows the countdown now and at each change, with one timer, until it starts; stops when asked", () => {
    jest.setSystemTime(at("2026-11-05T14:57:30Z"))
    const shown: CountdownState[] = []
    const stop = runCountdown(START, (state) => shown.push(state))
    expect(shown.map((state) => state.text)).toEqual(["in 3 min"])
    expect(jest.getTimerCount()).toBe(1)
    jest.advanceTimersByTime(30_000)
    expect(shown.map((state) => state.text)).toEqual(["in 3 min", "in 2 min"])
    jest.advanceTimersByTime(120_000)
    expect(shown.map((state) => state.text)).toEqual(["in 3 min", "in 2 min", "in 1 min", "starting now"])
    expect(jest.getTimerCount()).toBe(0)
    stop()
  })

  it("wakes at least once a minute (a laptop back from sleep) and stops its timer", () => {
    jest.setSystemTime(at("2026-11-02T16:00:00Z"))
    const shown: string[] = []
    const stop = runCountdown(START, (state) => shown.push(state.text))
    jest.advanceTimersByTime(60_000)
    expect(shown).toEqual(["in 3 days", "in 3 days"])
    stop()
    expect(jest.getTimerCount()).toBe(0)
  })
})
