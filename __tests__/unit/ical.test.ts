/** iCalendar invites and the show calendar, parsed back with ical.js. */
import ICAL from "ical.js"
import { calendarSequence, episodeInvite, escapeText, foldLine, SEQUENCE_EPOCH, showCalendar, type CalendarContext } from "../../src/content/ical"
import { makeEpisode } from "../helpers/episodes"

const episode = (slug: string, date: string, extra: Parameters<typeof makeEpisode>[0] = {}) =>
  makeEpisode({ uid: `id-${slug}`, slug, path: `/live/${slug}/`, date, title: `Episode ${slug}`, inviteGenerated: false, ...extra })

const context = { siteUrl: "https://openinfra.dev", builtAt: new Date("2026-11-24T12:00:00Z") }

describe("iCalendar", () => {
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text))

  it("makes an invite that a calendar parser reads back: UID, UTC start, end from the airing window, summary, plain description, URL", () => {
    const kata = episode("2021-07-22-kata-containers", "2021-07-22T14:00:00.000Z", {
      title: "Kata Containers, at last; a \\ test",
      descriptionText: "First paragraph, with commas; and semicolons.\n\nSecond: ünïcödé — " + "long ".repeat(30),
    })
    const text = episodeInvite(kata, {
      name: "OpenInfra Live",
      siteUrl: "https://openinfra.dev",
      showPath: "/live/",
      airingWindowMinutes: 90,
      stamp: context.builtAt,
    })
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    expect(text.endsWith("\r\n")).toBe(true)
    const event = new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!)
    expect(event.uid).toBe("id-2021-07-22-kata-containers@openinfra.dev")
    expect(event.summary).toBe("Kata Containers, at last; a \\ test")
    expect(event.startDate.toJSDate().toISOString()).toBe("2021-07-22T14:00:00.000Z")
    expect(event.startDate.zone.tzid).toBe("UTC")
    expect(event.endDate.toJSDate().toISOString()).toBe("2021-07-22T15:30:00.000Z")
    expect(event.description).toContain("First paragraph, with commas; and semicolons.\n\nSecond: ünïcödé — long")
    expect(event.description).not.toMatch(/<[a-z]/)
    expect(event.component.getFirstPropertyValue("url")).toBe("https://openinfra.dev/live/2021-07-22-kata-containers/")
  })

  it("gives a day-only episode an all-day event", () => {
    const ama = episode("2021-06-03-ama", "2021-06-03T00:00:00.000Z", { dateOnly: true })
    const event = new ICAL.Event(
      parse(episodeInvite(ama, { name: "x", siteUrl: null, showPath: "/live/", airingWindowMinutes: 90, stamp: context.builtAt })).getFirstSubcomponent(
        "vevent",
      )!,
    )
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe("2021-06-03")
    expect(event.endDate.toString()).toBe("2021-06-04")
    expect(event.uid).toBe("id-2021-06-03-ama@gatsby-theme-openinfra-live")
  })

  it("makes a calendar of every episode to subscribe to, with stable UIDs from build to build", () => {
    const episodes = [episode("a", "2021-07-01T14:00:00.000Z"), episode("b", "2027-01-14T15:00:00.000Z")]
    const make = (stamp: Date) =>
      showCalendar(episodes, { name: "OpenInfra Live", siteUrl: "https://openinfra.dev", showPath: "/live/", airingWindowMinutes: 60, stamp })
    const calendar = parse(make(context.builtAt))
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("OpenInfra Live")
    const uids = (component: ICAL.Component) => component.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event).uid)
    expect(uids(calendar)).toEqual(["id-a@openinfra.dev", "id-b@openinfra.dev"])
    expect(uids(parse(make(new Date("2027-02-01T00:00:00Z"))))).toEqual(uids(calendar))
  })

  it("keeps an event's UID when its episode is renamed and rescheduled, so a subscriber's event is updated", () => {
    const context = {
      name: "OpenInfra Live",
      siteUrl: "https://openinfra.dev",
      showPath: "/live/",
      airingWindowMinutes: 60,
      stamp: new Date("2021-07-20T08:00:00Z"),
    }
    const before = episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { uid: "ep-7f3a" })
    const after = episode("2021-07-29-kata-containers-30", "2021-07-29T15:00:00.000Z", { uid: "ep-7f3a", title: "Kata Containers 3.0" })
    const uidOf = (text: string) => new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!).uid
    expect(uidOf(episodeInvite(after, context))).toBe(uidOf(episodeInvite(before, context)))
  })

  describe("revisions: SEQUENCE and LAST-MODIFIED from the build's clock", () => {
    const calendarContext = (stamp: Date): CalendarContext => ({
      name: "OpenInfra Live",
      siteUrl: "https://openinfra.dev",
      showPath: "/live/",
      airingWindowMinutes: 90,
      stamp,
    })
    const kata = episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { uid: "ep-7f3a" })
    const events = (text: string) => parse(text).getAllSubcomponents("vevent")
    const sequenceOf = (event: ICAL.Component) => event.getFirstPropertyValue("sequence")
    const lastModifiedOf = (event: ICAL.Component) => {
      const value = event.getFirstPropertyValue("last-modified") as ICAL.Time
      return { at: value.toJSDate().toISOString(), zone: value.zone.tzid }
    }

    it.each([
      // Whole minutes since 2020-01-01T00:00:00Z (RFC 5545 INTEGER, 3.3.8).
      ["2020-01-01T00:00:00Z", 0],
      ["2020-01-01T00:00:59.999Z", 0],
      ["2020-01-01T00:01:00Z", 1],
      ["2020-01-02T00:00:00Z", 1440],
      ["2021-07-22T14:00:00Z", 818760],
      ["2026-11-24T12:00:00Z", 3628080],
      ["2026-11-24T12:00:59Z", 3628080],
      ["2031-06-01T09:00:00Z", 6003900],
      // 4,000 years on, it still fits in a signed 32-bit INTEGER.
      ["6000-01-01T00:00:00Z", 2093277600],
      // Before the epoch: 0, never negative.
      ["2019-12-31T23:59:00Z", 0],
      ["1999-01-01T00:00:00Z", 0],
    ])("numbers a build at %s revision %d", (stamp, sequence) => {
      expect(calendarSequence(new Date(stamp))).toBe(sequence)
    })

    it("counts from 2020-01-01T00:00:00Z and never passes the largest RFC 5545 INTEGER", () => {
      expect(SEQUENCE_EPOCH.toISOString()).toBe("2020-01-01T00:00:00.000Z")
      expect(calendarSequence(new Date("+010000-01-01T00:00:00Z"))).toBe(2147483647)
    })

    it("gives every event of the invites and the calendar its SEQUENCE and, in UTC, its LAST-MODIFIED: the build's stamp", () => {
      const stamp = new Date("2026-11-24T12:00:00Z")
      const invite = events(episodeInvite(kata, calendarContext(stamp)))
      const calendar = events(showCalendar([kata, episode("b", "2027-01-14T15:00:00.000Z")], calendarContext(stamp)))
      expect(invite).toHaveLength(1)
      expect(calendar).toHaveLength(2)
      for (const event of [...invite, ...calendar]) {
        expect(sequenceOf(event)).toBe(3628080)
        expect(lastModifiedOf(event)).toEqual({ at: "2026-11-24T12:00:00.000Z", zone: "UTC" })
        expect(new ICAL.Event(event).sequence).toBe(3628080)
      }
      expect(episodeInvite(kata, calendarContext(stamp))).toContain("\r\nSEQUENCE:3628080\r\nLAST-MODIFIED:20261124T120000Z\r\n")
    })

    it("revises an event in a later build: same UID, higher SEQUENCE, so a re-imported invite of a rescheduled, retitled episode updates it", () => {
      const before = new ICAL.Event(events(episodeInvite(kata, calendarContext(new Date("2021-07-20T08:00:00Z"))))[0]!)
      const moved = episode("2021-07-29-kata-containers-30", "2021-07-29T15:00:00.000Z", { uid: "ep-7f3a", title: "Kata Containers 3.0" })
      const after = new ICAL.Event(events(episodeInvite(moved, calendarContext(new Date("2021-07-20T08:01:00Z"))))[0]!)
      expect(after.uid).toBe(before.uid)
      expect(after.sequence).toBeGreaterThan(before.sequence)
      expect([before.sequence, after.sequence]).toEqual([815520, 815521])
      expect([after.summary, after.startDate.toJSDate().toISOString()]).toEqual(["Kata Containers 3.0", "2021-07-29T15:00:00.000Z"])
      // An unchanged episode is revised too (a re-import rewrites it with what it had), in the subscribed calendar as well.
      const sequence = (stamp: string) => new ICAL.Event(events(showCalendar([kata], calendarContext(new Date(stamp))))[0]!).sequence
      expect(sequence("2027-02-01T00:00:00Z")).toBeGreaterThan(sequence("2026-11-24T12:00:00Z"))
      expect([sequence("2026-11-24T12:00:00Z"), sequence("2027-02-01T00:00:00Z")]).toEqual([3628080, 3726720])
    })

    it("writes the same bytes for the same clock (a build with the clock pinned)", () => {
      const stamp = "2026-11-24T12:00:00Z"
      expect(episodeInvite(kata, calendarContext(new Date(stamp)))).toBe(episodeInvite(kata, calendarContext(new Date(stamp))))
      expect(showCalendar([kata], calendarContext(new Date(stamp)))).toBe(showCalendar([kata], calendarContext(new Date(stamp))))
    })
  })

  it("sends no METHOD and no ORGANIZER: snapshots to import, not scheduling messages (RFC 5545 3.7.2, 3.8.4.3; RFC 5546 3.2.1)", () => {
    const calendarContext = { name: "OpenInfra Live", siteUrl: "https://openinfra.dev", showPath: "/live/", airingWindowMinutes: 90, stamp: context.builtAt }
    const kata = episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z")
    const ama = episode("2021-06-03-ama", "2021-06-03T00:00:00.000Z", { dateOnly: true })
    for (const text of [
      episodeInvite(kata, calendarContext),
      episodeInvite(ama, { ...calendarContext, siteUrl: null }),
      showCalendar([kata, ama], calendarContext),
    ]) {
      const calendar = parse(text)
      expect(calendar.getFirstPropertyValue("method")).toBeNull()
      expect(calendar.getAllProperties("method")).toEqual([])
      for (const event of calendar.getAllSubcomponents("vevent")) {
        expect(event.getAllProperties("organizer")).toEqual([])
        expect(event.getAllProperties("attendee")).toEqual([])
      }
      expect(text).not.toMatch(/^(METHOD|ORGANIZER)[:;]/m)
    }
  })

  it("writes TEXT without the control characters it may not hold (NUL, ESC, DEL…), keeping tabs and new lines", () => {
    expect(escapeText("Kata\u0000 \u001b[31mContainers\u007f\tand\nfriends, at last; a \\ test")).toBe(
      "Kata [31mContainers\tand\\nfriends\\, at last\\; a \\\\ test",
    )
  })

  it("folds long lines without splitting a character", () => {
    const line = `DESCRIPTION:${"é".repeat(100)}`
    const folded = foldLine(line)
    expect(folded.split("\r\n ").join("")).toBe(line)
    expect(folded.split("\r\n").every((part) => Buffer.byteLength(part) <= 75)).toBe(true)
  })
})
