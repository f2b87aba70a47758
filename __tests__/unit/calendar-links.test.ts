/**
 * One-click calendar links, checked against the theme's own .ics invite of the same episode
 * (parsed back with ical.js): every link must say the instants of the invite's DTSTART and DTEND.
 */
import ICAL from "ical.js"
import { ELLIPSIS, episodeCalendarLinks, MAX_LINK_LENGTH, showSubscribeLinks, type CalendarEvent } from "../../src/content/calendar-links"
import { episodeInvite, type CalendarContext } from "../../src/content/ical"
import { absoluteUrl, episodePath } from "../../src/content/urls"
import type { EpisodeRecord } from "../../src/types"
import { airingEnd } from "../../src/utils/schedule"
import { makeEpisode } from "../helpers/episodes"

const context: CalendarContext = {
  name: "OpenInfra Live",
  siteUrl: "https://openinfra.dev",
  showPath: "/live/",
  airingWindowMinutes: 90,
  stamp: new Date("2026-06-01T12:00:00Z"),
}

const episode = (slug: string, date: string, extra: Partial<EpisodeRecord> = {}) =>
  makeEpisode({ uid: `id-${slug}`, slug, path: `/live/${slug}/`, date, title: `Episode ${slug}`, youtube: null, inviteGenerated: true, ...extra })

/** What a page would hand the links for an episode: the same data the invite is made of. */
function eventOf(record: EpisodeRecord): CalendarEvent {
  return {
    start: record.start,
    end: airingEnd(record, context.airingWindowMinutes),
    dateOnly: record.dateOnly,
    title: record.title,
    description: record.descriptionText,
    url: absoluteUrl(episodePath(record, context.showPath), context.siteUrl),
    ics: `/live/invites/${record.slug}.ics`,
  }
}

/** The invite's one event, parsed back. */
function inviteOf(record: EpisodeRecord): ICAL.Event {
  const component = new ICAL.Component(ICAL.parse(episodeInvite(record, context)))
  return new ICAL.Event(component.getFirstSubcomponent("vevent")!)
}

const params = (link: string) => new URL(link).searchParams

/** Google's `dates`, `20261025T003000Z/20261025T020000Z`, as two instants in ms. */
function googleInstants(link: string): [number, number] {
  const dates = params(link).get("dates")!
  const match = /^(\d{8}T\d{6}Z)\/(\d{8}T\d{6}Z)$/.exec(dates)
  if (match === null) throw new Error(`not two UTC DATE-TIMEs: ${dates}`)
  const instant = (basic: string) => Date.parse(basic.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"))
  return [instant(match[1]!), instant(match[2]!)]
}

/** Outlook's `startdt` and `enddt`, which must be ISO 8601 instants in UTC (with `Z`), as ms. */
function outlookInstants(link: string): [number, number] {
  const search = params(link)
  return (["startdt", "enddt"] as const).map((name) => {
    const value = search.get(name)!
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    return Date.parse(value)
  }) as [number, number]
}

const instantsOfInvite = (event: ICAL.Event): [number, number] => {
  expect(event.startDate.zone.tzid).toBe("UTC")
  expect(event.endDate.zone.tzid).toBe("UTC")
  return [event.startDate.toJSDate().getTime(), event.endDate.toJSDate().getTime()]
}

/** Checks every link of a timed episode against its invite, and gives the invite's instants. */
function checkTimed(record: EpisodeRecord): [number, number] {
  const links = episodeCalendarLinks(eventOf(record))
  const invite = instantsOfInvite(inviteOf(record))
  expect(googleInstants(links.google)).toEqual(invite)
  expect(outlookInstants(links.outlook)).toEqual(invite)
  expect(outlookInstants(links.office365)).toEqual(invite)
  for (const link of [links.outlook, links.office365]) expect(params(link).get("allday")).toBeNull()
  return invite
}

describe("episodeCalendarLinks", () => {
  it("makes links whose dates are the instants of the episode's .ics invite", () => {
    const record = episode("2026-06-18-kata", "2026-06-18T14:00:00.000Z", { title: "Kata Containers", descriptionText: "Lightweight VMs." })
    expect(checkTimed(record)).toEqual([Date.parse("2026-06-18T14:00:00Z"), Date.parse("2026-06-18T15:30:00Z")])

    const links = episodeCalendarLinks(eventOf(record))
    const url = "https://openinfra.dev/live/2026-06-18-kata/"
    expect(links.google.startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&")).toBe(true)
    expect(params(links.google).get("dates")).toBe("20260618T140000Z/20260618T153000Z")
    expect(params(links.google).get("text")).toBe("Kata Containers")
    expect(params(links.google).get("details")).toBe(`Lightweight VMs.\n\n${url}`)
    expect(params(links.google).get("location")).toBe(url)

    expect(links.outlook.startsWith("https://outlook.live.com/calendar/0/action/compose?rru=addevent&")).toBe(true)
    expect(links.office365.startsWith("https://outlook.office.com/calendar/0/action/compose?rru=addevent&")).toBe(true)
    for (const link of [links.outlook, links.office365]) {
      expect(params(link).get("startdt")).toBe("2026-06-18T14:00:00Z")
      expect(params(link).get("enddt")).toBe("2026-06-18T15:30:00Z")
      expect(params(link).get("subject")).toBe("Kata Containers")
      expect(params(link).get("body")).toBe(`Lightweight VMs.\n\n${url}`)
      expect(params(link).get("location")).toBe(url)
    }
    expect(links.ics).toBe("/live/invites/2026-06-18-kata.ics")
    // The same text as the invite: its description ends with the episode URL too.
    expect(inviteOf(record).description).toBe(params(links.google).get("details"))
  })

  it("keeps the instants across a daylight-saving change, whatever the zone of the machine", () => {
    // Europe leaves summer time on 2026-10-25 at 01:00 UTC; the US on 2026-11-01 at 06:00 UTC (2:00 EDT).
    const europe = episode("2026-10-25-eu", "2026-10-25T00:30:00.000Z")
    const us = episode("2026-11-01-us", "2026-11-01T05:30:00.000Z")
    expect(checkTimed(europe)).toEqual([Date.parse("2026-10-25T00:30:00Z"), Date.parse("2026-10-25T02:00:00Z")])
    expect(checkTimed(us)).toEqual([Date.parse("2026-11-01T05:30:00Z"), Date.parse("2026-11-01T07:00:00Z")])

    // On the wall clock the windows look 30 minutes long (02:30 CEST to 03:00 CET; 1:30 EDT to 2:00 EST):
    // the links carry the 90 minutes of the instants, and the calendar shows them in its own zone.
    const wall = (ms: number, timeZone: string) =>
      new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(ms))
    const [euStart, euEnd] = googleInstants(episodeCalendarLinks(eventOf(europe)).google)
    expect([wall(euStart, "Europe/Berlin"), wall(euEnd, "Europe/Berlin")]).toEqual(["02:30", "03:00"])
    expect(euEnd - euStart).toBe(90 * 60_000)
    const [usStart, usEnd] = outlookInstants(episodeCalendarLinks(eventOf(us)).outlook)
    expect([wall(usStart, "America/New_York"), wall(usEnd, "America/New_York")]).toEqual(["01:30", "02:00"])
    expect(usEnd - usStart).toBe(90 * 60_000)

    // The build machine's zone changes nothing: these tests run in America/Chicago (see jest.config.js),
    // and the links never read a local time (every local-time reading of a Date throws here).
    expect(new Date(euStart).getTimezoneOffset()).not.toBe(0)
    const expected = [europe, us].map((record) => episodeCalendarLinks(eventOf(record)))
    const local = ["getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getTimezoneOffset", "toString", "toLocaleString"] as const
    const spies = local.map((method) =>
      jest.spyOn(Date.prototype, method).mockImplementation(() => {
        throw new Error(`read the local time (Date.prototype.${method})`)
      }),
    )
    try {
      expect([europe, us].map((record) => episodeCalendarLinks(eventOf(record)))).toEqual(expected)
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })

  it("makes an all-day event of a day without a time: dates only, the end the next day (exclusive, VALUE=DATE)", () => {
    const record = episode("2026-06-04-ama", "2026-06-04T00:00:00.000Z", { dateOnly: true })
    const invite = inviteOf(record)
    expect(invite.startDate.isDate).toBe(true)
    expect(invite.endDate.isDate).toBe(true)
    const days = [invite.startDate.toString(), invite.endDate.toString()]
    expect(days).toEqual(["2026-06-04", "2026-06-05"])

    const links = episodeCalendarLinks(eventOf(record))
    expect(params(links.google).get("dates")).toBe(days.map((day) => day.replace(/-/g, "")).join("/"))
    for (const link of [links.outlook, links.office365]) {
      expect([params(link).get("startdt"), params(link).get("enddt")]).toEqual(days)
      expect(params(link).get("allday")).toBe("true")
    }
    // Also when the end given is only the airing window, or the start itself: whole days, at least one.
    for (const end of [record.start + 90 * 60_000, record.start]) {
      const other = episodeCalendarLinks({ ...eventOf(record), end })
      expect(params(other.google).get("dates")).toBe("20260604/20260605")
      expect(params(other.outlook).get("enddt")).toBe("2026-06-05")
    }
  })

  it("encodes titles and descriptions with &, #, %, +, emoji and new lines, and reads them back intact", () => {
    const title = "Q&A #42: 100% open + free 🚀"
    const description = "Ask us anything & more.\nIssue #7 at 50%?\n\n🎉 See you; bring questions=answers"
    const record = episode("2026-06-25-qa", "2026-06-25T15:00:00.000Z", { title, descriptionText: description })
    checkTimed(record)
    const links = episodeCalendarLinks(eventOf(record))
    const url = "https://openinfra.dev/live/2026-06-25-qa/"
    for (const [link, titleName, bodyName] of [
      [links.google, "text", "details"],
      [links.outlook, "subject", "body"],
      [links.office365, "subject", "body"],
    ] as const) {
      const parsed = new URL(link)
      expect(parsed.hash).toBe("") // the # did not end the query
      expect(parsed.searchParams.get(titleName)).toBe(title)
      expect(parsed.searchParams.get(bodyName)).toBe(`${description}\n\n${url}`)
      expect(link).toContain("%0A") // new lines kept, encoded
      expect(link).not.toMatch(/[\s#+]|%(?![0-9A-F]{2})/) // spaces as %20, + and % and # escaped
    }
    // What the invite says, the links say.
    const invite = inviteOf(record)
    expect(invite.summary).toBe(title)
    expect(invite.description).toBe(params(links.google).get("details"))
  })

  it("shortens a very long description at a word boundary, keeps the episode URL, and stays under the limit", () => {
    const description = `${"Open infrastructure — déjà vu 🚀 ".repeat(300)}THE END`
    const record = episode("2026-07-02-long", "2026-07-02T14:00:00.000Z", { descriptionText: description })
    checkTimed(record)
    const event = eventOf(record)
    const links = episodeCalendarLinks(event)
    const tail = `${ELLIPSIS}\n\n${event.url}`
    for (const [link, name] of [
      [links.google, "details"],
      [links.outlook, "body"],
      [links.office365, "body"],
    ] as const) {
      expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH)
      const text = params(link).get(name)!
      expect(text.endsWith(tail)).toBe(true)
      const kept = text.slice(0, -tail.length)
      expect(kept.length).toBeGreaterThan(100) // shortened, not dropped
      expect(description.startsWith(kept)).toBe(true)
      expect(description[kept.length]).toMatch(/\s/) // cut before a space: no word cut in two
      expect(params(link).get("location")).toBe(event.url)
    }
    // One text for all three links, as long as the longest of them allows.
    expect(params(links.outlook).get("body")).toBe(params(links.google).get("details"))
    expect(Math.max(links.google.length, links.outlook.length, links.office365.length)).toBeGreaterThan(MAX_LINK_LENGTH - 60)

    // A single word too long for the room is cut between code points, never inside an emoji.
    const word = episodeCalendarLinks({ ...event, description: "🚀".repeat(1000) })
    const text = params(word.google).get("details")!
    expect(word.google.length).toBeLessThanOrEqual(MAX_LINK_LENGTH)
    expect(text).toMatch(new RegExp(`^(🚀)+${ELLIPSIS}\\n\\n${event.url!.replace(/[.]/g, "\\.")}$`, "u"))
  })

  it("keeps a description that fits whole, and does without a location or description when there is none", () => {
    const fits = "word ".repeat(200).trim()
    const event: CalendarEvent = { ...eventOf(episode("2026-07-09-x", "2026-07-09T14:00:00.000Z")), description: fits }
    expect(params(episodeCalendarLinks(event).google).get("details")).toBe(`${fits}\n\n${event.url}`)

    const bare = episodeCalendarLinks({ ...event, description: null, url: null })
    for (const link of [bare.google, bare.outlook, bare.office365]) {
      expect(params(link).has("location")).toBe(false)
      expect(params(link).has("details") || params(link).has("body")).toBe(false)
    }
  })
})

describe("showSubscribeLinks", () => {
  it("subscribes Google through cid=webcal://, Outlook through addfromweb with the https URL, Apple through webcal:", () => {
    const links = showSubscribeLinks({ calendarUrl: "https://example.org/community/open infra/calendar.ics?lang=en&v=1", name: "OpenInfra Live & Friends #1" })
    // The URL as a parser normalizes it: the space in the path prefix is %20; the query is kept.
    const https = "https://example.org/community/open%20infra/calendar.ics?lang=en&v=1"
    const webcal = "webcal://example.org/community/open%20infra/calendar.ics?lang=en&v=1"
    expect(links.ics).toBe(https)
    expect(links.apple).toBe(webcal)

    expect(links.google).toBe(`https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`)
    expect([...params(links.google).entries()]).toEqual([["cid", webcal]]) // the calendar's own & did not split the link

    for (const [link, origin] of [
      [links.outlook, "https://outlook.live.com"],
      [links.office365, "https://outlook.office.com"],
    ] as const) {
      const parsed = new URL(link)
      expect(`${parsed.origin}${parsed.pathname}`).toBe(`${origin}/calendar/0/addfromweb`)
      expect(parsed.hash).toBe("")
      expect([...parsed.searchParams.entries()]).toEqual([
        ["url", https],
        ["name", "OpenInfra Live & Friends #1"],
      ])
    }
  })

  it("refuses a calendar URL that is not http(s)", () => {
    expect(() => showSubscribeLinks({ calendarUrl: "webcal://example.org/calendar.ics", name: "x" })).toThrow(TypeError)
    expect(() => showSubscribeLinks({ calendarUrl: "/live/calendar.ics", name: "x" })).toThrow()
  })
})
