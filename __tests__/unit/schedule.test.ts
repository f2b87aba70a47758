import { isLive, nextScheduleChange, scheduleAt } from "../../src/utils/schedule"

/** An episode as the schedule sees it: its start (written here as ISO text), its place in the file, whether only its day is known. */
const at = (date: string, number: number, dateOnly = false) => ({ start: Date.parse(date), number, dateOnly })
const numbers = (episodes: Array<{ number: number }>) => episodes.map((e) => e.number)
const t = (iso: string) => Date.parse(iso)

describe("scheduleAt", () => {
  const episodes = [at("2021-07-15T14:00:00.000Z", 1), at("2021-06-01T14:00:00.000Z", 2), at("2021-07-08T14:00:00.000Z", 3), at("2021-06-24T14:00:00.000Z", 4)]

  it("features the next episode as up next, then lists the later ones soonest first and the past newest first", () => {
    const schedule = scheduleAt(episodes, t("2021-07-01T00:00:00Z"), 90)
    expect(schedule.featured?.number).toBe(3)
    expect(schedule.live).toBe(false)
    expect(numbers(schedule.upcoming)).toEqual([1])
    expect(numbers(schedule.past)).toEqual([4, 2])
  })

  it("features an episode as live from its start until the airing window closes, then moves it to the past", () => {
    const before = scheduleAt(episodes, t("2021-07-08T13:59:59Z"), 90)
    expect([before.featured?.number, before.live]).toEqual([3, false])
    const starting = scheduleAt(episodes, t("2021-07-08T14:00:00Z"), 90)
    expect([starting.featured?.number, starting.live]).toEqual([3, true])
    expect(numbers(starting.upcoming)).toEqual([1])
    expect(numbers(starting.past)).toEqual([4, 2])
    const ending = scheduleAt(episodes, t("2021-07-08T15:29:59Z"), 90)
    expect([ending.featured?.number, ending.live]).toEqual([3, true])
    const after = scheduleAt(episodes, t("2021-07-08T15:30:00Z"), 90)
    expect([after.featured?.number, after.live]).toEqual([1, false])
    expect(numbers(after.past)).toEqual([3, 4, 2])
    expect([scheduleAt(episodes, t("2021-07-08T14:30:00Z"), 20).featured?.number, scheduleAt(episodes, t("2021-07-08T14:30:00Z"), 20).live]).toEqual([1, false])
  })

  it("has nothing to feature once every episode is over, and nothing at all without episodes", () => {
    expect(scheduleAt(episodes, t("2030-01-01T00:00:00Z"), 90)).toEqual({ featured: null, live: false, upcoming: [], past: expect.any(Array) })
    expect(scheduleAt([], 0, 90)).toEqual({ featured: null, live: false, upcoming: [], past: [] })
  })

  it("keeps a day-only episode upcoming until its UTC day ends, and never calls it live", () => {
    const timed = at("2021-07-01T14:00:00.000Z", 1)
    const dayOnly = at("2021-07-01T00:00:00.000Z", 2, true)
    const morning = scheduleAt([timed, dayOnly], t("2021-07-01T10:00:00Z"), 90)
    expect([morning.featured?.number, morning.live, numbers(morning.upcoming)]).toEqual([2, false, [1]])
    const airing = scheduleAt([timed, dayOnly], t("2021-07-01T14:10:00Z"), 90)
    expect([airing.featured?.number, airing.live, numbers(airing.upcoming)]).toEqual([1, true, [2]])
    expect(isLive(dayOnly, t("2021-07-01T00:30:00Z"), 90)).toBe(false)
    expect(numbers(scheduleAt([timed, dayOnly], t("2021-07-02T00:00:00Z"), 90).past)).toEqual([1, 2])
  })

  it("features the latest start when two episodes overlap on air, and lists the other as past", () => {
    const overlap = [at("2021-07-01T14:00:00.000Z", 1), at("2021-07-01T15:00:00.000Z", 2)]
    const schedule = scheduleAt(overlap, t("2021-07-01T15:10:00Z"), 90)
    expect([schedule.featured?.number, schedule.live, numbers(schedule.past)]).toEqual([2, true, [1]])
  })

  it("orders episodes at the same moment by their place in the file, and does not change its input", () => {
    const same = [at("2021-07-15T14:00:00.000Z", 2), at("2021-07-15T14:00:00.000Z", 1), at("2021-07-15T14:00:00.000Z", 3)]
    const schedule = scheduleAt(same, 0, 90)
    expect([schedule.featured?.number, ...numbers(schedule.upcoming)]).toEqual([1, 2, 3])
    expect(numbers(same)).toEqual([2, 1, 3])
  })
})

describe("nextScheduleChange", () => {
  const episodes = [at("2021-07-08T14:00:00.000Z", 1), at("2021-07-15T00:00:00.000Z", 2, true)]

  it("names the next start, window end or day end after now, and null when nothing is left", () => {
    expect(nextScheduleChange(episodes, t("2021-07-01T00:00:00Z"), 90)).toBe(t("2021-07-08T14:00:00Z"))
    expect(nextScheduleChange(episodes, t("2021-07-08T14:00:00Z"), 90)).toBe(t("2021-07-08T15:30:00Z"))
    expect(nextScheduleChange(episodes, t("2021-07-08T15:30:00Z"), 90)).toBe(t("2021-07-16T00:00:00Z"))
    expect(nextScheduleChange(episodes, t("2021-07-16T00:00:00Z"), 90)).toBeNull()
  })

  it("agrees with scheduleAt: the schedule is the same just before the moment and differs at it", () => {
    let now = t("2021-07-01T00:00:00Z")
    let changes = 0
    for (let next = nextScheduleChange(episodes, now, 90); next !== null; next = nextScheduleChange(episodes, now, 90)) {
      expect(scheduleAt(episodes, next - 1, 90)).toEqual(scheduleAt(episodes, now, 90))
      expect(scheduleAt(episodes, next, 90)).not.toEqual(scheduleAt(episodes, next - 1, 90))
      now = next
      changes += 1
    }
    expect(changes).toBe(3)
  })
})
