/** Episode dates: ISO 8601 read, anything else answered with a suggestion. */
import { parseEpisodeDate, suggestDate } from "../../src/node/dates"

describe("parseEpisodeDate", () => {
  it("reads the dates YAML gives, to the minute", () => {
    expect(parseEpisodeDate(new Date("2021-07-22T14:00:00.000Z"))).toEqual({ ok: true, iso: "2021-07-22T14:00:00.000Z", dateOnly: false, notes: [] })
    expect(parseEpisodeDate("2021-07-22T14:00:00.000Z")).toMatchObject({ ok: true, iso: "2021-07-22T14:00:00.000Z" })
    expect(parseEpisodeDate("  2021-07-22 14:00:00Z ")).toMatchObject({ ok: true, iso: "2021-07-22T14:00:00.000Z" })
  })

  it("drops stray seconds", () => {
    expect(parseEpisodeDate(new Date("2021-06-24T14:00:35.869Z"))).toMatchObject({ iso: "2021-06-24T14:00:00.000Z", dateOnly: false })
    expect(parseEpisodeDate("2021-06-24T14:00:35.869Z")).toMatchObject({ iso: "2021-06-24T14:00:00.000Z" })
  })

  it("marks midnight UTC (migrated) and bare days as dates without a time", () => {
    expect(parseEpisodeDate(new Date("2021-06-03T00:00:00.000Z"))).toMatchObject({ iso: "2021-06-03T00:00:00.000Z", dateOnly: true })
    expect(parseEpisodeDate("2021-06-03")).toMatchObject({ iso: "2021-06-03T00:00:00.000Z", dateOnly: true })
  })

  it("converts offsets to UTC and reads a zoneless time as UTC, with a note", () => {
    expect(parseEpisodeDate("2021-07-22T09:00:00-05:00")).toMatchObject({ iso: "2021-07-22T14:00:00.000Z", notes: [] })
    expect(parseEpisodeDate("2021-07-22T16:00+0200")).toMatchObject({ iso: "2021-07-22T14:00:00.000Z" })
    const zoneless = parseEpisodeDate("2021-07-22T14:00")
    expect(zoneless).toMatchObject({ ok: true, iso: "2021-07-22T14:00:00.000Z" })
    expect(zoneless.ok && zoneless.notes[0]).toMatch(/no time zone/)
  })

  it.each([undefined, null, "", "July 22, 2021", "2021-02-30T14:00:00Z", "2021-07-22T25:00:00Z", new Date("nope"), 20210722, ["2021-07-22"]])(
    "refuses %p",
    (input) => {
      const result = parseEpisodeDate(input)
      expect(result.ok).toBe(false)
      expect(!result.ok && result.reason).toMatch(/write it (in UTC )?as \d{4}-\d\d-\d\d/)
    },
  )
})

describe("suggestDate", () => {
  const hints = { year: 2021, time: "14:00" }
  it.each([
    ["July 22, 2021", "2021-07-22T14:00:00.000Z"],
    ["Thursday, July 22nd, 2021", "2021-07-22T14:00:00.000Z"],
    ["22 July 2021", "2021-07-22T14:00:00.000Z"],
    ["22nd of July, 2021", "2021-07-22T14:00:00.000Z"],
    ["Sept 2, 2021", "2021-09-02T14:00:00.000Z"],
    ["2021/07/22", "2021-07-22T14:00:00.000Z"],
    ["2021-7-2", "2021-07-02T14:00:00.000Z"],
    ["07/22/2021", "2021-07-22T14:00:00.000Z"],
    ["22.07.2021", "2021-07-22T14:00:00.000Z"],
    ["July 22, 2021 at 3:30pm UTC", "2021-07-22T15:30:00.000Z"],
    ["July 22, 2021 15:00 GMT", "2021-07-22T15:00:00.000Z"],
    // A time without a zone is not trusted: the show's usual time is.
    ["July 22, 2021 at 9am CT", "2021-07-22T14:00:00.000Z"],
    ["July 15th", "2021-07-15T14:00:00.000Z"],
  ])("reads %j as %s", (text, expected) => {
    expect(suggestDate(text, hints)).toBe(expected)
  })

  it("gives the day alone when the show has no usual time, and nothing for what names no day", () => {
    expect(suggestDate("July 22, 2021", { year: null, time: null })).toBe("2021-07-22")
    expect(suggestDate("July 15th", { year: null, time: null })).toBeNull()
    expect(suggestDate("next Thursday", hints)).toBeNull()
    expect(suggestDate("February 30, 2021", hints)).toBeNull()
    expect(suggestDate(20210722, hints)).toBeNull()
  })
})
