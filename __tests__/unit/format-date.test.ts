import { formatInZone, formatUtc, utcParts } from "../../src/utils/format-date"

describe("formatUtc", () => {
  it("shows the UTC time with its label, whatever the machine's zone", () => {
    expect(formatUtc("2021-07-22T23:30:00.000Z", false)).toBe("Thursday, July 22, 2021 · 23:30 UTC")
    expect(formatUtc("2021-07-22T00:00:00.000Z", true)).toBe("Thursday, July 22, 2021")
    expect(formatUtc("2024-02-29T09:05:00.000Z", false)).toBe("Thursday, February 29, 2024 · 09:05 UTC")
  })

  it("reads as Intl's en-US UTC formats would, on any day of any month over forty years, without calling Intl", () => {
    const day = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", year: "numeric", month: "long", day: "numeric" })
    const time = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    const dates = Array.from({ length: 1000 }, (_, index) => new Date(Date.UTC(2000, 0, 1) + index * 14.6 * 86_400_000 + index * 7 * 60_000))
    const made = jest.spyOn(Intl, "DateTimeFormat")
    const ours = dates.map((date) => utcParts(date.getTime(), false))
    expect(made).not.toHaveBeenCalled()
    made.mockRestore()
    expect(ours).toEqual(dates.map((date) => ({ day: day.format(date), time: `${time.format(date)} UTC` })))
  })
})

describe("formatInZone", () => {
  const clean = (text: string) => text.replace(/\s/g, " ")

  it("names the zone as daylight-saving time applies on that date, with minutes", () => {
    expect(clean(formatInZone("2021-07-22T14:00:00.000Z", "America/Chicago"))).toBe("Thursday, July 22, 2021 · 9:00 AM CDT")
    expect(clean(formatInZone("2027-01-14T15:05:00.000Z", "America/Chicago"))).toBe("Thursday, January 14, 2027 · 9:05 AM CST")
  })

  it("moves the day when the zone does", () => {
    expect(clean(formatInZone("2021-07-22T23:30:00.000Z", "Asia/Tokyo"))).toBe("Friday, July 23, 2021 · 8:30 AM GMT+9")
  })

  it("is right on both sides of a daylight-saving change", () => {
    // Clocks in Chicago went forward at 08:00 UTC on March 14, 2021.
    expect(clean(formatInZone("2021-03-14T07:59:00.000Z", "America/Chicago"))).toBe("Sunday, March 14, 2021 · 1:59 AM CST")
    expect(clean(formatInZone("2021-03-14T08:00:00.000Z", "America/Chicago"))).toBe("Sunday, March 14, 2021 · 3:00 AM CDT")
  })
})
