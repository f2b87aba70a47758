import { formatInZone, formatUtc, inZone, showParts, utcParts, zoneCity } from "../../src/utils/format-date"

describe("formatUtc", () => {
  it("shows the UTC time with its label, whatever the machine's zone", () => {
    expect(formatUtc("2021-07-22T23:30:00.000Z", false)).toBe("Thursday, July 22, 2021 · 23:30 UTC")
    expect(formatUtc("2021-07-22T00:00:00.000Z", true)).toBe("Thursday, July 22, 2021")
    expect(formatUtc("2024-02-29T09:05:00.000Z", false)).toBe("Thursday, February 29, 2024 · 9:05 UTC")
  })

  it("reads as Intl's en-US UTC formats would, on any day of any month over forty years, without calling Intl", () => {
    const day = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", year: "numeric", month: "long", day: "numeric" })
    const time = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", hour: "numeric", minute: "2-digit", hourCycle: "h23" })
    const dates = Array.from({ length: 1000 }, (_, index) => new Date(Date.UTC(2000, 0, 1) + index * 14.6 * 86_400_000 + index * 7 * 60_000))
    const made = jest.spyOn(Intl, "DateTimeFormat")
    const ours = dates.map((date) => utcParts(date.getTime(), false))
    expect(made).not.toHaveBeenCalled()
    made.mockRestore()
    expect(ours).toEqual(dates.map((date) => ({ day: day.format(date), time: `${time.format(date).replace(/^0(?=\d)/, "")} UTC` })))
  })

  it("agrees with inZone in UTC, to the character", () => {
    for (const iso of ["2021-07-22T00:05:00Z", "2021-07-22T09:30:00Z", "2021-12-31T23:59:00Z"]) {
      const [day, time] = inZone(Date.parse(iso), "UTC")
      expect(utcParts(Date.parse(iso), false)).toEqual({ day, time })
    }
  })
})

describe("inZone", () => {
  const at = (iso: string, zone: string) => inZone(Date.parse(iso), zone).slice(0, 2).join(" · ")

  it("names the zone as daylight-saving time applies on that date, in 24-hour time", () => {
    expect(at("2021-07-22T14:00:00.000Z", "America/Chicago")).toBe("Thursday, July 22, 2021 · 9:00 CDT")
    expect(at("2027-01-14T15:05:00.000Z", "America/Chicago")).toBe("Thursday, January 14, 2027 · 9:05 CST")
    expect(at("2021-07-22T21:00:00.000Z", "America/Chicago")).toBe("Thursday, July 22, 2021 · 16:00 CDT")
  })

  it("names European and other zones as people there do, not GMT+2", () => {
    const names = (zone: string) => [inZone(Date.parse("2026-07-22T14:00:00Z"), zone)[1], inZone(Date.parse("2026-01-22T14:00:00Z"), zone)[1]]
    expect(names("Europe/Berlin")).toEqual(["16:00 CEST", "15:00 CET"])
    expect(names("Europe/Paris")).toEqual(["16:00 CEST", "15:00 CET"])
    expect(names("Europe/London")).toEqual(["15:00 BST", "14:00 GMT"])
    expect(names("Europe/Dublin")).toEqual(["15:00 IST", "14:00 GMT"])
    expect(names("Europe/Helsinki")).toEqual(["17:00 EEST", "16:00 EET"])
    expect(names("Asia/Kolkata")).toEqual(["19:30 IST", "19:30 IST"])
    expect(names("Australia/Sydney")).toEqual(["0:00 AEST", "1:00 AEDT"])
    expect(names("Pacific/Auckland")).toEqual(["2:00 NZST", "3:00 NZDT"])
    expect(names("America/Toronto")).toEqual(["10:00 EDT", "9:00 EST"])
    expect(names("UTC")).toEqual(["14:00 UTC", "14:00 UTC"])
  })

  it("falls back to CLDR's GMT offset where no English locale names the zone, and moves the day when the zone does", () => {
    expect(at("2021-07-22T23:30:00.000Z", "Asia/Tokyo")).toBe("Friday, July 23, 2021 · 8:30 GMT+9")
    expect(at("2021-07-22T23:30:00.000Z", "America/Sao_Paulo")).toBe("Thursday, July 22, 2021 · 20:30 GMT-3")
  })

  it("is right on both sides of a daylight-saving change", () => {
    // Clocks in Chicago went forward at 08:00 UTC on March 14, 2021; in Berlin back at 01:00 UTC on October 25, 2026.
    expect(at("2021-03-14T07:59:00.000Z", "America/Chicago")).toBe("Sunday, March 14, 2021 · 1:59 CST")
    expect(at("2021-03-14T08:00:00.000Z", "America/Chicago")).toBe("Sunday, March 14, 2021 · 3:00 CDT")
    expect(at("2026-10-25T00:59:00.000Z", "Europe/Berlin")).toBe("Sunday, October 25, 2026 · 2:59 CEST")
    expect(at("2026-10-25T01:00:00.000Z", "Europe/Berlin")).toBe("Sunday, October 25, 2026 · 2:00 CET")
  })

  it("gives the zone's IANA name, the viewer's own when none is asked for", () => {
    expect(inZone(0, "Europe/Berlin")[2]).toBe("Europe/Berlin")
    expect(inZone(0)[2]).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone)
  })

  it("is self-contained: its text, evaluated alone, formats the same (it is the worker's source)", () => {
    const alone = new Function(`return (${String(inZone)})`)() as typeof inZone
    expect(alone(Date.parse("2026-07-22T14:00:00Z"), "Europe/Berlin")).toEqual(inZone(Date.parse("2026-07-22T14:00:00Z"), "Europe/Berlin"))
  })
})

describe("showParts", () => {
  it("writes the show's zone; UTC without Intl; a day without a time as the day alone", () => {
    const start = Date.parse("2021-07-22T14:00:00Z")
    expect(showParts(start, false, "America/Chicago")).toEqual({ day: "Thursday, July 22, 2021", time: "9:00 CDT" })
    expect(showParts(start, false, "UTC")).toEqual({ day: "Thursday, July 22, 2021", time: "14:00 UTC" })
    expect(showParts(Date.parse("2021-07-22T00:00:00Z"), true, "Asia/Tokyo")).toEqual({ day: "Thursday, July 22, 2021", time: null })
    expect(showParts(Date.parse("2021-07-22T23:30:00Z"), false, "Asia/Tokyo")).toEqual({ day: "Friday, July 23, 2021", time: "8:30 GMT+9" })
  })
})

describe("zoneCity", () => {
  it("says a zone as people do", () => {
    expect(zoneCity("America/Chicago")).toBe("Chicago")
    expect(zoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires")
    expect(zoneCity("UTC")).toBe("UTC")
  })
})

describe("formatInZone", () => {
  it("joins the day and the time", () => {
    expect(formatInZone("2021-07-22T14:00:00.000Z", "America/Chicago")).toBe("Thursday, July 22, 2021 · 9:00 CDT")
  })
})
