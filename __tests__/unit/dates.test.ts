/** Episode dates: ISO 8601 read, anything else answered with a suggestion. */
import matter from "gray-matter"
import { dateSuggestion, parseEpisodeDate, suggestDate } from "../../src/content/dates"

describe("parseEpisodeDate", () => {
  it("reads the dates YAML gives, to the minute", () => {
    expect(parseEpisodeDate(new Date("2021-07-22T14:00:00.000Z"))).toEqual({
      ok: true,
      iso: "2021-07-22T14:00:00.000Z",
      start: Date.UTC(2021, 6, 22, 14, 0),
      dateOnly: false,
      notes: [],
    })
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
    expect(zoneless.ok && zoneless.notes).toEqual([{ level: "warning", text: '"2021-07-22T14:00" has no time zone; it was read as UTC' }])
  })

  // Whether a date has a time is read from how it is written, never from the instant it comes to.
  it.each([
    // A bare day, and midnight written in UTC with Z (the migrated shape; seconds do not count): a day without a time, with an info note.
    ["2031-08-14", "2031-08-14T00:00:00.000Z", true, []],
    ["2031-08-14T00:00Z", "2031-08-14T00:00:00.000Z", true, ["info"]],
    ["2031-08-14T00:00:00Z", "2031-08-14T00:00:00.000Z", true, ["info"]],
    ["2031-08-14T00:00:00.000Z", "2031-08-14T00:00:00.000Z", true, ["info"]],
    ["2031-08-14t00:00:00.000z", "2031-08-14T00:00:00.000Z", true, ["info"]],
    ["2031-08-14 00:00:35.869Z", "2031-08-14T00:00:00.000Z", true, ["info"]],
    // A numeric offset keeps its time, whatever it comes to in UTC: +00:00 is how a show at 00:00 UTC says so.
    ["2031-08-14T09:00:00+09:00", "2031-08-14T00:00:00.000Z", false, []],
    ["2031-07-22T00:00:00+00:00", "2031-07-22T00:00:00.000Z", false, []],
    ["2031-07-22T00:00+0000", "2031-07-22T00:00:00.000Z", false, []],
    ["2031-07-22T00:00:00-00:00", "2031-07-22T00:00:00.000Z", false, []],
    ["2031-07-22T01:00:00+01:00", "2031-07-22T00:00:00.000Z", false, []],
    ["2031-07-22T19:00:00-05:00", "2031-07-23T00:00:00.000Z", false, []],
    ["2031-07-22T00:00:00+01:00", "2031-07-21T23:00:00.000Z", false, []],
    // A zoneless time is read as if it ended in Z (with a warning): a zoneless midnight is a day without a time too.
    ["2031-07-22T00:00", "2031-07-22T00:00:00.000Z", true, ["warning"]],
    ["2031-07-22 00:00:00", "2031-07-22T00:00:00.000Z", true, ["warning"]],
    ["2031-07-22T14:00", "2031-07-22T14:00:00.000Z", false, ["warning"]],
    // Any other time in UTC is a time.
    ["2031-07-22T00:30Z", "2031-07-22T00:30:00.000Z", false, []],
    ["2031-07-22T23:59:59.999Z", "2031-07-22T23:59:00.000Z", false, []],
  ])("reads %s as %s, without a time: %s, notes: %j", (text, iso, dateOnly, levels) => {
    const result = parseEpisodeDate(text)
    expect(result).toMatchObject({ ok: true, iso, start: Date.parse(iso), dateOnly })
    expect(result.ok && result.notes.map((note) => note.level)).toEqual(levels)
  })

  it("says when it reads midnight UTC as a day without a time, and how to write a show at 00:00 UTC", () => {
    expect(parseEpisodeDate("2021-06-03T00:00:00.000Z")).toEqual({
      ok: true,
      iso: "2021-06-03T00:00:00.000Z",
      start: Date.UTC(2021, 5, 3),
      dateOnly: true,
      notes: [
        {
          level: "info",
          text: '"2021-06-03T00:00:00.000Z" is midnight UTC, read as a day without a time (migrated episodes lost theirs this way); if the episode starts at 00:00 UTC, write 2021-06-03T00:00:00+00:00',
        },
      ],
    })
    expect(parseEpisodeDate("2031-07-22 00:00")).toMatchObject({
      dateOnly: true,
      notes: [
        {
          level: "warning",
          text: '"2031-07-22 00:00" has no time zone; it was read as UTC, and midnight UTC is read as a day without a time; if the episode starts at 00:00 UTC, write 2031-07-22T00:00:00+00:00',
        },
      ],
    })
    // A Date whose text is not known (the CMS preview): midnight UTC is a day without a time, as before, and said so.
    expect(parseEpisodeDate(new Date("2021-06-03T00:00:00.000Z"))).toMatchObject({
      dateOnly: true,
      notes: [{ level: "info", text: expect.stringMatching(/^2021-06-03T00:00:00.000Z is midnight UTC, read as a day without a time/) }],
    })
    expect(parseEpisodeDate(new Date("2021-06-03T09:00:00+09:00"))).toMatchObject({ dateOnly: true })
    expect(parseEpisodeDate(new Date("2021-06-03T14:00:00.000Z"))).toMatchObject({ dateOnly: false, notes: [] })
  })

  // What YAML makes of an unquoted timestamp: a Date, at the instant it names, the way it was written lost.
  const unquoted = (text: string): unknown => matter(`---\ndate: ${text}\n---\n${text}`).data.date
  it.each([
    "2031-07-22 14:00:00",
    "2031-07-22T14:00:00.000Z",
    "2031-08-14T09:00:00+09:00",
    "2031-07-22T00:00:00+00:00",
    "2031-07-22T00:00:00.000Z",
    "2031-07-22 00:00:00",
    "2031-07-22",
    "2031-7-2 1:00:00",
    "2031-07-22t14:00:00 -5",
    "2031-07-22 14:00:35.869 +02:00",
  ])("reads the Date YAML makes of unquoted %s exactly as its quoted text, from the file's text", (text) => {
    const date = unquoted(text)
    expect(date).toBeInstanceOf(Date)
    const quoted = parseEpisodeDate(text)
    expect(quoted.ok).toBe(true)
    expect(parseEpisodeDate(date, undefined, text)).toEqual(quoted)
    expect(parseEpisodeDate(date, undefined, `  ${text}  `)).toEqual(quoted)
  })

  it("reads a Date as it is when the text given for it is not its own", () => {
    const date = new Date("2031-08-14T00:00:00.000Z")
    expect(parseEpisodeDate(date, undefined, "2031-08-15T09:00:00+09:00")).toMatchObject({ iso: "2031-08-14T00:00:00.000Z", dateOnly: true })
    expect(parseEpisodeDate(date, undefined, "soon")).toMatchObject({ iso: "2031-08-14T00:00:00.000Z", dateOnly: true })
    expect(parseEpisodeDate(date, undefined, "2031-08-14T09:00:00+09:00")).toMatchObject({ iso: "2031-08-14T00:00:00.000Z", dateOnly: false })
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

  it("reads a time written in UTC right after its digits, and not an offset from UTC as UTC", () => {
    expect(suggestDate("2021/07/22 15:30Z", hints)).toBe("2021-07-22T15:30:00.000Z")
    expect(suggestDate("July 22, 2021 at 9am UTC-5", hints)).toBe("2021-07-22T14:00:00.000Z")
    expect(suggestDate("July 22, 2021 at 16:00 GMT+2", hints)).toBe("2021-07-22T14:00:00.000Z")
  })

  // Whatever of the suggestion the text does not say is said in words.
  const usual = "so it was replaced by the show's usual time, 14:00 UTC"
  const dayOnly = "and the show has no usual time (no other episode has a time), so only the day is suggested, as a day without a time"
  it.each([
    ["October 31, 2031 8:57 PM", hints, "2031-10-31T14:00:00.000Z", [`the time "8:57 PM" has no time zone, ${usual}`]],
    ["July 22, 2021 at 9am CT", hints, "2021-07-22T14:00:00.000Z", [`the time "9am CT" is not in UTC, ${usual}`]],
    ["22 July 2021, 16:00 CEST", hints, "2021-07-22T14:00:00.000Z", [`the time "16:00 CEST" is not in UTC, ${usual}`]],
    ["July 22, 2021 at 9am UTC-5", hints, "2021-07-22T14:00:00.000Z", [`the time "9am UTC-5" is not in UTC, ${usual}`]],
    ["07/22/2021 14h", hints, "2021-07-22T14:00:00.000Z", [`the time "14h" has no time zone, ${usual}`]],
    ["July 22, 2021 at 2", hints, "2021-07-22T14:00:00.000Z", [`"2" is not a time the theme can read, ${usual}`]],
    ["July 22, 2021", hints, "2021-07-22T14:00:00.000Z", ["it names no time, so the show's usual time was used, 14:00 UTC"]],
    ["July 22, 2021 UTC", hints, "2021-07-22T14:00:00.000Z", ["it names no time, so the show's usual time was used, 14:00 UTC"]],
    [
      "July 15th",
      hints,
      "2021-07-15T14:00:00.000Z",
      ["it names no year, so the year was taken from the episodes around it (2021)", "it names no time, so the show's usual time was used, 14:00 UTC"],
    ],
    [
      "Oct 31 at 3:30pm UTC",
      { year: 2031, time: null },
      "2031-10-31T15:30:00.000Z",
      ["it names no year, so the year was taken from the episodes around it (2031)"],
    ],
    ["October 31, 2031 8:57 PM", { year: null, time: null }, "2031-10-31", [`the time "8:57 PM" has no time zone ${dayOnly}`]],
    ["July 22, 2021", { year: null, time: null }, "2021-07-22", [`it names no time ${dayOnly}`]],
    // What the text says in full needs no word.
    ["July 22, 2021 at 3:30pm UTC", hints, "2021-07-22T15:30:00.000Z", []],
    ["2021/07/22 15:30Z", { year: null, time: null }, "2021-07-22T15:30:00.000Z", []],
  ])("suggests for %j (%j) %s, saying %j", (text, given, iso, assumed) => {
    expect(dateSuggestion(text, given)).toEqual({ iso, assumed })
  })

  it("gives what was assumed in the reason of an unreadable date", () => {
    expect(parseEpisodeDate("October 31, 2031 8:57 PM", { year: 2031, time: "14:00" })).toEqual({
      ok: false,
      reason:
        '"October 31, 2031 8:57 PM" is not a date the theme can read: write it as 2031-10-31T14:00:00.000Z (the time "8:57 PM" has no time zone, so it was replaced by the show\'s usual time, 14:00 UTC)',
    })
    expect(parseEpisodeDate("Oct 31", { year: 2031, time: null })).toEqual({
      ok: false,
      reason: `"Oct 31" is not a date the theme can read: write it as 2031-10-31 (it names no year, so the year was taken from the episodes around it (2031); it names no time ${dayOnly})`,
    })
  })
})
