/**
 * A day without a time, in every output the build writes: the day alone wherever the format can say
 * a day (the calendars' VALUE=DATE, the structured data's dates, <time datetime>: see the component
 * tests), 00:00 UTC of that day where it must be a date and time (RSS, JSON Feed). A show that really
 * starts at 00:00 UTC (written with +00:00 or another offset) keeps its time in all of them.
 */
import { episodeJsonLd } from "../../src/content/json-ld"
import { episodeLabel, normalizeContent } from "../../src/content/normalize"
import { showOutputs } from "../../src/content/outputs"
import { planPages } from "../../src/content/pages"
import type { EpisodeRecord } from "../../src/types"
import { machineDate } from "../../src/utils/episode-time"

const VIDEO = "https://www.youtube.com/watch?v=pHHCIGkpNzs"
const { episodes, page, problems } = normalizeContent(
  {
    templateKey: "openinfra-live",
    seo: { title: "OpenInfra Live" },
    episodes: [
      { episodeTitle: "AMA", date: "2021-06-03", youtubeLink: VIDEO },
      { episodeTitle: "Migrated", date: "2021-05-27T00:00:00.000Z" },
      { episodeTitle: "Tokyo morning", date: "2021-06-10T09:00:00+09:00" },
      { episodeTitle: "Coming", date: "2021-07-15", youtubeLink: VIDEO },
    ],
  },
  { file: "index.md", basePath: "/live/", generateInvites: true, episodePages: true },
)
const named = (title: string): EpisodeRecord => episodes.find((episode) => episode.title === title)!
const builtAt = new Date("2021-07-01T12:00:00Z")
const files = showOutputs(page, episodes, { siteUrl: "https://openinfra.dev", builtAt }, { calendar: true, feed: true, airingWindowMinutes: 90, feedLimit: 50 })
const file = (suffix: string) => files.find((output) => output.path.endsWith(suffix))!.content

/** The lines of the calendar's event titled `title`, unfolded. */
function eventLines(title: string): string[] {
  const events = file("/live/calendar.ics").replace(/\r\n /g, "").split("BEGIN:VEVENT").slice(1)
  return events.find((event) => event.includes(`\r\nSUMMARY:${title}\r\n`))!.split("\r\n")
}

describe("a day without a time", () => {
  it("is read as one: the bare day and the migrated midnight, not the Tokyo morning at 00:00 UTC", () => {
    expect(episodes.map((episode) => [episode.title, episode.date, episode.start, episode.dateOnly])).toEqual([
      ["Migrated", "2021-05-27T00:00:00.000Z", Date.UTC(2021, 4, 27), true],
      ["AMA", "2021-06-03T00:00:00.000Z", Date.UTC(2021, 5, 3), true],
      ["Tokyo morning", "2021-06-10T00:00:00.000Z", Date.UTC(2021, 5, 10), false],
      ["Coming", "2021-07-15T00:00:00.000Z", Date.UTC(2021, 6, 15), true],
    ])
    expect(problems.filter((problem) => problem.level !== "info")).toEqual([])
  })

  it("is the day in words, in slugs, in messages and in <time datetime> (machineDate)", () => {
    expect(named("AMA").utcText).toEqual({ day: "Thursday, June 3, 2021", time: null })
    expect(named("Tokyo morning").utcText).toEqual({ day: "Thursday, June 10, 2021", time: "0:00 UTC" })
    expect(named("AMA").slug).toBe("2021-06-03-ama")
    expect(episodeLabel(named("AMA"))).toBe('episode 1 "AMA" (2021-06-03)')
    expect(machineDate(named("AMA"))).toBe("2021-06-03")
    expect(machineDate(named("Tokyo morning"))).toBe("2021-06-10T00:00:00.000Z")
  })

  it("is an all-day event in the calendars: DTSTART;VALUE=DATE with the day, DTEND;VALUE=DATE the day after (RFC 5545 3.3.4, 3.8.2.4)", () => {
    const when = (title: string) => eventLines(title).filter((line) => /^DT(START|END)[;:]/.test(line))
    expect(when("AMA")).toEqual(["DTSTART;VALUE=DATE:20210603", "DTEND;VALUE=DATE:20210604"])
    expect(when("Migrated")).toEqual(["DTSTART;VALUE=DATE:20210527", "DTEND;VALUE=DATE:20210528"])
    expect(when("Tokyo morning")).toEqual(["DTSTART:20210610T000000Z", "DTEND:20210610T013000Z"])
    const invite = files.find((output) => output.path === "/live/2021-06-03-ama/invite.ics")!.content
    expect(invite).toContain("\r\nDTSTART;VALUE=DATE:20210603\r\nDTEND;VALUE=DATE:20210604\r\n")
  })

  it("is the day alone in the structured data, without an end, for an Event, a VideoObject and its BroadcastEvent", () => {
    const context = { siteUrl: "https://openinfra.dev", now: builtAt.getTime(), airingWindowMinutes: 90, showTitle: "OpenInfra Live" }
    expect(episodeJsonLd(named("AMA"), context)).toMatchObject({ "@type": "VideoObject", uploadDate: "2021-06-03" })
    const migrated = episodeJsonLd(named("Migrated"), context)
    expect(migrated).toMatchObject({ "@type": "Event", startDate: "2021-05-27" })
    expect(migrated).not.toHaveProperty("endDate")
    const coming = episodeJsonLd(named("Coming"), context)
    expect(coming).toMatchObject({
      "@type": "Event",
      startDate: "2021-07-15",
      workFeatured: {
        "@type": "VideoObject",
        uploadDate: "2021-07-15",
        publication: { "@type": "BroadcastEvent", isLiveBroadcast: true, startDate: "2021-07-15" },
      },
    })
    expect(coming).not.toHaveProperty("endDate")
    expect((coming.workFeatured as { publication: object }).publication).not.toHaveProperty("endDate")
    const tokyo = episodeJsonLd(named("Tokyo morning"), { ...context, now: Date.parse("2021-06-01T00:00:00Z") })
    expect(tokyo).toMatchObject({ "@type": "Event", startDate: "2021-06-10T00:00:00.000Z", endDate: "2021-06-10T01:30:00.000Z" })
  })

  it("is dated 00:00 UTC of its day in the feeds, whose dates must have a time (RFC 822 5.1, RFC 3339 5.6)", () => {
    const rss = file("/live/rss.xml")
    const pubDate = (title: string) => new RegExp(`<title>${title}</title>[\\s\\S]*?<pubDate>([^<]+)</pubDate>`).exec(rss)![1]
    expect(pubDate("AMA")).toBe("Thu, 03 Jun 2021 00:00:00 GMT")
    expect(pubDate("Migrated")).toBe("Thu, 27 May 2021 00:00:00 GMT")
    expect(rss).not.toContain("<title>Coming</title>")
    const json = JSON.parse(file("/live/feed.json")) as { items: Array<{ title: string; date_published: string }> }
    expect(json.items.map((item) => [item.title, item.date_published])).toEqual([
      ["Tokyo morning", "2021-06-10T00:00:00.000Z"],
      ["AMA", "2021-06-03T00:00:00.000Z"],
      ["Migrated", "2021-05-27T00:00:00.000Z"],
    ])
  })
})

describe("after normalization", () => {
  /** Runs `work` with a Date that records every reading of text (`Date.parse`, `new Date("…")`). */
  function textReadings(work: () => void): string[] {
    const RealDate = Date
    const read: string[] = []
    class WatchedDate extends RealDate {
      constructor(...args: [] | [string | number | Date]) {
        if (typeof args[0] === "string") read.push(args[0])
        super(...(args as []))
      }
      static override parse(text: string): number {
        read.push(text)
        return RealDate.parse(text)
      }
    }
    globalThis.Date = WatchedDate as DateConstructor
    try {
      work()
    } finally {
      globalThis.Date = RealDate
    }
    return read
  }

  it("sees text read by the watch", () => {
    expect(textReadings(() => [new Date("2021-06-03"), Date.parse("2021-06-04"), new Date(0), new Date()])).toEqual(["2021-06-03", "2021-06-04"])
  })

  it("nothing on the build's side reads a date's text again: the outputs, the page plan and the structured data use `start`", () => {
    const read = textReadings(() => {
      showOutputs(page, episodes, { siteUrl: "https://openinfra.dev", builtAt }, { calendar: true, feed: true, airingWindowMinutes: 90, feedLimit: 50 })
      planPages(
        episodes.map((episode) => ({ ...episode, id: episode.uid })),
        { basePath: "/live/", builtAt: builtAt.getTime(), airingWindowMinutes: 90, episodesPerPage: 1, episodePages: true },
      )
      for (const episode of episodes) episodeJsonLd(episode, { siteUrl: null, now: builtAt.getTime(), airingWindowMinutes: 90, showTitle: "x" })
    })
    expect(read).toEqual([])
  })
})
