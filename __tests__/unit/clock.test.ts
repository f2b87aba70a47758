/** The build's one clock: the machine's, or the moment OPENINFRA_LIVE_NOW names. */
import { buildClock, readInstant } from "../../src/build/clock"

describe("buildClock", () => {
  it("is the machine's clock when OPENINFRA_LIVE_NOW is unset or blank", () => {
    for (const env of [{}, { OPENINFRA_LIVE_NOW: "" }, { OPENINFRA_LIVE_NOW: "  " }]) {
      const clock = buildClock(env)
      expect(clock.ok && clock.pinned).toBe(false)
      const before = Date.now()
      const now = clock.ok ? clock.now().getTime() : NaN
      expect(now).toBeGreaterThanOrEqual(before)
      expect(now).toBeLessThanOrEqual(Date.now())
    }
  })

  it.each([
    ["2027-01-10T12:00:00Z", "2027-01-10T12:00:00.000Z"],
    ["2027-01-10T12:00Z", "2027-01-10T12:00:00.000Z"],
    ["2027-01-10T21:00:00+09:00", "2027-01-10T12:00:00.000Z"],
    ["2027-01-10T07:00:00.250-05:00", "2027-01-10T12:00:00.250Z"],
    [" 1799582400 ", "2027-01-10T12:00:00.000Z"],
    ["0", "1970-01-01T00:00:00.000Z"],
  ])("pins the clock at %j: %s, on every call", (value, expected) => {
    const clock = buildClock({ OPENINFRA_LIVE_NOW: value })
    expect(clock).toMatchObject({ ok: true, pinned: true })
    if (!clock.ok) return
    expect(clock.now().toISOString()).toBe(expected)
    expect(clock.now().toISOString()).toBe(expected)
  })

  it.each(["2027-01-10", "2027-01-10T12:00:00", "2027-01-10 12:00:00Z", "2027-02-30T12:00:00Z", "tomorrow", "-5", "1.5e9"])(
    "refuses %j with a message naming the variable and the forms it takes (a zoneless time would depend on the machine)",
    (value) => {
      expect(readInstant(value)).toBeNull()
      const clock = buildClock({ OPENINFRA_LIVE_NOW: value })
      expect(clock.ok).toBe(false)
      expect(!clock.ok && clock.reason).toContain(`OPENINFRA_LIVE_NOW="${value}" is not a moment the theme can read`)
    },
  )
})
