/** Chapters read from an episode's description (src/content/chapters.ts), by YouTube's rules. */
import { formatChapterTime, readChapters } from "../../src/content/chapters"
import { htmlToPlainText } from "../../src/content/html"

const lines = (...list: string[]) => list.join("\n")
const chaptersOf = (text: string | null) => readChapters(text).chapters

const KATA = [
  { start: 0, title: "Welcome" },
  { start: 754, title: "Kata roadmap" },
  { start: 3723, title: "Q&A" },
]

describe("readChapters: the lists it reads", () => {
  it.each<[string, string]>([
    ["the plain YouTube form", lines("00:00 Welcome", "12:34 Kata roadmap", "1:02:03 Q&A")],
    ["0:00 and a dash", lines("0:00 - Welcome", "12:34 - Kata roadmap", "1:02:03 - Q&A")],
    ["an en dash", lines("00:00 – Welcome", "12:34 – Kata roadmap", "1:02:03 – Q&A")],
    ["an em dash without spaces", lines("00:00—Welcome", "12:34—Kata roadmap", "1:02:03—Q&A")],
    ["a colon after the time", lines("00:00: Welcome", "12:34: Kata roadmap", "1:02:03: Q&A")],
    ["a bar", lines("00:00 | Welcome", "12:34 | Kata roadmap", "1:02:03 | Q&A")],
    ["times in parentheses", lines("(00:00) Welcome", "(12:34) Kata roadmap", "(1:02:03) Q&A")],
    ["times in brackets", lines("[00:00] Welcome", "[12:34] Kata roadmap", "[1:02:03] Q&A")],
    ["dash bullets", lines("- 00:00 Welcome", "- 12:34 Kata roadmap", "- 1:02:03 Q&A")],
    ["• bullets", lines("• 00:00 Welcome", "• 12:34 Kata roadmap", "• 1:02:03 Q&A")],
    ["numbered lines", lines("1. 00:00 Welcome", "2. 12:34 Kata roadmap", "3) 1:02:03 Q&A")],
    ["hours everywhere", lines("00:00:00 Welcome", "00:12:34 Kata roadmap", "01:02:03 Q&A")],
    ["minutes past 60 without hours", lines("0:00 Welcome", "12:34 Kata roadmap", "62:03 Q&A")],
    ["trailing spaces and tabs", lines("00:00 Welcome   ", "\t12:34   Kata roadmap \t", "1:02:03 Q&A ")],
    ["CRLF line ends", "00:00 Welcome\r\n12:34 Kata roadmap\r\n1:02:03 Q&A\r\n"],
    ["old Mac line ends", "00:00 Welcome\r12:34 Kata roadmap\r1:02:03 Q&A"],
    ["blank lines between (paragraphs)", lines("00:00 Welcome", "", "12:34 Kata roadmap", "   ", "1:02:03 Q&A")],
    ["times after the titles", lines("Welcome 00:00", "Kata roadmap 12:34", "Q&A 1:02:03")],
    ["times after the titles, in parentheses", lines("Welcome (0:00)", "Kata roadmap (12:34)", "Q&A (1:02:03)")],
    ["times after a dash", lines("Welcome - 0:00", "Kata roadmap - 12:34", "Q&A - 1:02:03")],
    ["non-breaking spaces", lines("00:00\u00a0Welcome", "12:34\u00a0Kata roadmap", "1:02:03\u00a0Q&A")],
  ])("%s", (_name, text) => {
    expect(readChapters(text)).toEqual({ chapters: KATA, problems: [] })
  })

  it("reads the list among the rest of a description, and no time inside a sentence", () => {
    const text = lines(
      "Join us at 14:00 UTC as the Kata community looks back at 3.0 and ahead.",
      "We start at 9:30 sharp.",
      "Chapters:",
      "00:00 Welcome",
      "12:34 Kata roadmap",
      "1:02:03 Q&A",
      "See you next week at 14:00!",
    )
    expect(readChapters(text)).toEqual({ chapters: KATA, problems: [] })
  })

  it("reads a list an editor made as HTML paragraphs, a list or line breaks (through descriptionText)", () => {
    const asText = (html: string) => htmlToPlainText(html, { keepLines: true })
    for (const html of [
      "<p>Kata's year.</p><p>00:00 Welcome</p><p>12:34 Kata roadmap</p><p>1:02:03 Q&amp;A</p>",
      "<p>Kata's year.</p><ul><li>00:00 Welcome</li><li>12:34 Kata roadmap</li><li>1:02:03 Q&amp;A</li></ul>",
      "<p>Kata's year.<br>00:00 Welcome<br>12:34 Kata roadmap<br />1:02:03 Q&amp;A</p>",
      "<ol><li><strong>00:00</strong> Welcome</li><li><strong>12:34</strong> Kata roadmap</li><li><strong>1:02:03</strong> Q&amp;A</li></ol>",
    ]) {
      expect([html, chaptersOf(asText(html))]).toEqual([html, KATA])
    }
  })

  it("keeps a title's own punctuation and times, and collapses its spaces", () => {
    expect(chaptersOf(lines("0:00 Intro: why 3.0?", "0:45 Demo  -  part 1 (live)", "10:00 What's next, 2:30 min"))).toEqual([
      { start: 0, title: "Intro: why 3.0?" },
      { start: 45, title: "Demo - part 1 (live)" },
      { start: 600, title: "What's next, 2:30 min" },
    ])
  })

  it("reads 2 lines from 0:00 as a list, and reports that YouTube needs 3", () => {
    const reading = readChapters(lines("00:00 Welcome", "05:00 Demo"))
    expect(reading.chapters).toEqual([])
    expect(reading.problems).toEqual([
      'has a chapter list of only 2 chapters (0:00 "Welcome", 5:00 "Demo"); YouTube needs at least 3, so the page shows none (YouTube shows no chapters for such a list either)',
    ])
  })
})

describe("readChapters: what is not a chapter list", () => {
  it.each<[string, string | null]>([
    ["no description", null],
    ["an empty one", ""],
    ["a description without times", "Kata Containers: a year in review.\nWith the community."],
    ["times inside sentences", lines("We start at 14:00 UTC.", "Join at 9:30 and stay until 11:00 for the Q&A.", "Doors open 13:45, talks 14:00.")],
    ["a single timestamp", "00:00 Welcome"],
    ["a time alone on its line", lines("00:00", "12:34", "1:02:03")],
    ["a clock time with its zone, alone on a line", lines("Thursday, July 22", "14:00 UTC", "15:30 UTC")],
    ["a schedule with zones", lines("14:00 UTC Welcome", "14:10 UTC Keynote", "14:45 UTC Panel")],
    ["a schedule with one zone", lines("00:00 UTC Doors open", "00:10 Keynote", "00:45 Panel")],
    ["a schedule in AM and PM", lines("9:00 AM Welcome", "9:30 am Keynote", "10:15 p.m. Panel")],
    ["a schedule of ranges", lines("14:00-14:10 Welcome", "14:10 – 14:45 Keynote", "14:45 to 15:30 Panel")],
    ["a schedule in a European zone", lines("0:00 CEST Welcome", "0:10 CEST Keynote", "0:45 CEST Panel")],
    ["sentences that end with times", lines("Doors open at 9:00", "Talks begin at 9:30", "Lunch is at 12:00")],
    ["two lines not from 0:00", lines("14:00 Welcome", "14:10 Keynote")],
    ["timestamps with nothing after them but a dash", lines("00:00 -", "12:34 -", "1:02:03 -")],
    ["times that are not times (seconds past 59)", lines("00:00 Welcome", "12:75 Kata roadmap", "1:02:99 Q&A")],
  ])("%s", (_name, text) => {
    expect(readChapters(text)).toEqual({ chapters: [], problems: [] })
  })

  it.each([
    ["a title further down that starts with PM", lines("0:00 Intro", "5:00 PM perspective on Kata", "20:00 Q&A")],
    ["a title further down that starts with a zone's letters", lines("0:00 Intro", "5:00 PT: Product tour", "20:00 Q&A")],
    ["emoji bullets, with a variation selector", lines("▶️ 0:00 Intro", "📌 5:00 Product tour", "⏱️ 20:00 Q&A")],
    ["quoted lines, and a full stop after the time", lines("> 0:00. Intro", "> 5:00. Product tour", "> 20:00. Q&A")],
  ])("reads %s", (_name, text) => {
    expect(readChapters(text).chapters.map((chapter) => chapter.start)).toEqual([0, 300, 1200])
  })

  it("reads an agenda's word 'Amazing' or 'Etcd' as a title, not as AM or ET", () => {
    expect(chaptersOf(lines("0:00 Amazing intro", "0:30 Etcd tuning", "2:00 PTP clocks"))).toEqual([
      { start: 0, title: "Amazing intro" },
      { start: 30, title: "Etcd tuning" },
      { start: 120, title: "PTP clocks" },
    ])
  })
})

describe("readChapters: a list that breaks YouTube's rules gives no chapters, and says why", () => {
  const none = "so the page shows none (YouTube shows no chapters for such a list either)"

  it("out of order", () => {
    expect(readChapters(lines("00:00 Welcome", "12:34 Kata roadmap", "5:00 Demo", "1:02:03 Q&A"))).toEqual({
      chapters: [],
      problems: [`has chapters out of order: 5:00 "Demo" comes after 12:34 "Kata roadmap"; YouTube needs them in order of time, ${none}`],
    })
  })

  it("not from 0:00, with a hint for times of day", () => {
    expect(readChapters(lines("Agenda", "14:00 Welcome", "14:10 Keynote", "14:45 Panel"))).toEqual({
      chapters: [],
      problems: [
        `has a chapter list that does not start at 0:00 (its first is 14:00 "Welcome"); YouTube needs the first chapter at 0:00, ${none}; if these are times of day, give their time zone (14:00 UTC) and they are not read as chapters`,
      ],
    })
    expect(readChapters(lines("0:30 Intro", "5:00 Demo", "10:00 Q&A")).problems).toEqual([
      expect.stringContaining('does not start at 0:00 (its first is 0:30 "Intro")'),
    ])
  })

  it("two chapters at one time", () => {
    expect(readChapters(lines("00:00 Welcome", "00:00 Introductions", "12:34 Kata roadmap")).problems).toEqual([
      `has two chapters at 0:00 ("Welcome" and "Introductions"); each needs its own time, ${none}`,
    ])
  })

  it("a chapter shorter than 10 seconds", () => {
    expect(readChapters(lines("00:00 Welcome", "00:05 Introductions", "12:34 Kata roadmap"))).toEqual({
      chapters: [],
      problems: [`has a chapter of 5 seconds, 0:00 "Welcome" (until 0:05); YouTube needs each to last 10 seconds or more, ${none}`],
    })
    expect(chaptersOf(lines("00:00 Welcome", "00:10 Introductions", "12:34 Kata roadmap"))).toHaveLength(3)
  })

  it("every problem of a list at once", () => {
    expect(readChapters(lines("0:30 Welcome", "0:20 Introductions", "0:20 Panel", "0:25 Demo")).problems).toEqual([
      expect.stringContaining("does not start at 0:00"),
      expect.stringContaining('out of order: 0:20 "Introductions" comes after 0:30 "Welcome"'),
      expect.stringContaining("two chapters at 0:20"),
      expect.stringContaining('a chapter of 5 seconds, 0:20 "Panel"'),
    ])
    expect(readChapters(lines("0:00 Welcome", "0:00 Introductions")).problems).toEqual([
      expect.stringContaining("only 2 chapters"),
      expect.stringContaining("two chapters at 0:00"),
    ])
  })

  it("reads the list from 0:00 after a schedule without zones, and only the first list from 0:00", () => {
    const text = lines("Agenda:", "14:00 Welcome", "14:10 Keynote", "14:45 Panel", "Chapters:", "00:00 Welcome", "12:34 Kata roadmap", "1:02:03 Q&A")
    expect(readChapters(text)).toEqual({ chapters: KATA, problems: [] })
    const twice = readChapters(`${text}\nPart two:\n0:00 Intro\n1:00 Demo\n2:00 End`)
    expect(twice.chapters).toEqual(KATA)
    expect(twice.problems).toEqual(['has 2 chapter lists; only the first (from 0:00 "Welcome") is read, not the one from 0:00 "Intro"'])
  })
})

describe("formatChapterTime", () => {
  it.each([
    [0, "0:00"],
    [9, "0:09"],
    [754, "12:34"],
    [3600, "1:00:00"],
    [3723, "1:02:03"],
    [36000, "10:00:00"],
  ])("%d s is %s", (seconds, text) => {
    expect(formatChapterTime(seconds)).toBe(text)
  })
})
