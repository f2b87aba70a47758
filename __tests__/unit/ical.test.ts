/** iCalendar invites and the show calendar, parsed back with ical.js. */
import ICAL from "ical.js"
import { episodeInvite, foldLine, showCalendar } from "../../src/node/ical"
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
    const context = { name: "OpenInfra Live", siteUrl: "https://openinfra.dev", showPath: "/live/", airingWindowMinutes: 60, stamp: new Date() }
    const before = episode("2021-07-22-kata", "2021-07-22T14:00:00.000Z", { uid: "ep-7f3a" })
    const after = episode("2021-07-29-kata-containers-30", "2021-07-29T15:00:00.000Z", { uid: "ep-7f3a", title: "Kata Containers 3.0" })
    const uidOf = (text: string) => new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!).uid
    expect(uidOf(episodeInvite(after, context))).toBe(uidOf(episodeInvite(before, context)))
  })

  it("folds long lines without splitting a character", () => {
    const line = `DESCRIPTION:${"é".repeat(100)}`
    const folded = foldLine(line)
    expect(folded.split("\r\n ").join("")).toBe(line)
    expect(folded.split("\r\n").every((part) => Buffer.byteLength(part) <= 75)).toBe(true)
  })
})
