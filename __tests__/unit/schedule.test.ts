import { formatUtc } from "../../src/utils/format-date"
import { partitionEpisodes } from "../../src/utils/schedule"

describe("partitionEpisodes", () => {
  const at = (date: string, number: number, dateOnly = false) => ({ date, number, dateOnly })

  it("splits at the given moment: upcoming soonest first, past newest first", () => {
    const episodes = [at("2021-07-15T14:00:00.000Z", 1), at("2021-06-01T14:00:00.000Z", 2), at("2021-07-08T14:00:00.000Z", 3), at("2021-06-24T14:00:00.000Z", 4)]
    const { upcoming, past } = partitionEpisodes(episodes, Date.parse("2021-07-01T00:00:00Z"))
    expect(upcoming.map((e) => e.number)).toEqual([3, 1])
    expect(past.map((e) => e.number)).toEqual([4, 2])
  })

  it("keeps an episode upcoming until its start, and a day-only one until its day ends (UTC)", () => {
    const timed = at("2021-07-01T14:00:00.000Z", 1)
    const dayOnly = at("2021-07-01T00:00:00.000Z", 2, true)
    expect(partitionEpisodes([timed, dayOnly], Date.parse("2021-07-01T13:59:00Z")).upcoming).toHaveLength(2)
    expect(partitionEpisodes([timed, dayOnly], Date.parse("2021-07-01T14:00:00Z")).upcoming).toEqual([dayOnly])
    expect(partitionEpisodes([timed, dayOnly], Date.parse("2021-07-02T00:00:00Z")).upcoming).toEqual([])
  })

  it("orders episodes at the same moment by their place in the file, and does not change its input", () => {
    const episodes = [at("2021-07-15T14:00:00.000Z", 2), at("2021-07-15T14:00:00.000Z", 1)]
    expect(partitionEpisodes(episodes, 0).upcoming.map((e) => e.number)).toEqual([1, 2])
    expect(episodes.map((e) => e.number)).toEqual([2, 1])
  })
})

describe("formatUtc", () => {
  it("shows the UTC time with its label, whatever the machine's zone", () => {
    expect(formatUtc("2021-07-22T23:30:00.000Z", false)).toBe("Thursday, July 22, 2021 · 23:30 UTC")
    expect(formatUtc("2021-07-22T00:00:00.000Z", true)).toBe("Thursday, July 22, 2021")
  })
})
