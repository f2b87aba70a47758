import fs from "fs"
import path from "path"
import matter from "gray-matter"
import * as dates from "../../src/content/dates"
import { locator } from "../../src/content/locate"
import { normalizeContent, type NormalizeContext } from "../../src/content/normalize"
import { readSwitch } from "../../src/content/text"

const FIXTURE = path.join(__dirname, "..", "fixtures", "openinfra-live.md")
const EXAMPLE = path.join(__dirname, "..", "..", "example-site", "src", "pages", "openinfra-live", "index.md")
const context: NormalizeContext = { file: "src/pages/openinfra-live/index.md", basePath: null }

function episode(fields: Record<string, unknown>) {
  return { templateKey: "openinfra-live", episodes: [{ date: "2021-07-22T14:00:00.000Z", episodeTitle: "Kata Containers", ...fields }] }
}

describe("normalizeContent on the real sample", () => {
  const frontmatter = matter(fs.readFileSync(FIXTURE, "utf8")).data
  const result = normalizeContent(frontmatter, context)

  it("reads all 15 episodes, oldest first, warning only of its two misspelt speakers, saying which midnight-UTC dates are days without a time", () => {
    expect(result.problems.filter((problem) => problem.level !== "info").map((problem) => problem.text)).toEqual([
      'episode 14 "Behind the scenes of the OpenStack TC" (2021-04-22): episodeSpeakers "Julia Krieger" (episode 14) is one letter from "Julia Kreger" (episodes 13, 15): probably one person, misspelt. Correct the spelling, or add it to that person\'s aliases in showPeople; if they are two people, give each an entry there.',
      'episode 6 "How to Start Contributing Upstream to OpenInfra" (2021-06-17): episodeSpeakers "Kendall Kelson" (episode 6) is one letter from "Kendall Nelson" (episode 15): probably one person, misspelt. Correct the spelling, or add it to that person\'s aliases in showPeople; if they are two people, give each an entry there.',
    ])
    // The organisations listed as speakers, each noted once where it first stands.
    expect(
      result.problems
        .filter((problem) => problem.path.at(-1) === "episodeSpeakers" && problem.level === "info")
        .map((problem) => problem.text.replace(/^.*?: episodeSpeakers /, "")),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"Canonical" is read as an organisation or a label/),
        expect.stringMatching(/^"OVH" is read/),
        expect.stringMatching(/^"T-Systems" is read/),
        expect.stringMatching(/^"Whitestack" is read/),
      ]),
    )
    const migrated = result.episodes.filter((e) => e.dateOnly)
    expect(migrated).toHaveLength(8)
    expect(result.problems.filter((problem) => problem.path.at(-1) === "date").map(({ level, path: field, text }) => ({ level, field, text }))).toEqual(
      migrated
        .map((e) => ({
          level: "info",
          field: ["episodes", e.number - 1, "date"],
          text: `episode ${e.number} "${e.title}" (${e.date.slice(0, 10)}): date ${e.date} is midnight UTC, read as a day without a time (migrated episodes lost theirs this way); if the episode starts at 00:00 UTC, write ${e.date.slice(0, 10)}T00:00:00+00:00`,
        }))
        .sort((a, b) => (a.field[1] as number) - (b.field[1] as number)),
    )
    expect(result.drafts).toBe(0)
    expect(result.episodes).toHaveLength(15)
    expect(result.episodes[0]!.title).toBe("Wallaby Release Community Meeting")
    expect(result.episodes[14]!.title).toBe("Kata Containers")
    const dates = result.episodes.map((e) => e.date)
    expect([...dates].sort()).toEqual(dates)
    expect(new Set(result.episodes.map((e) => e.slug)).size).toBe(15)
  })

  it("takes the page path from seo.url and keeps the hero's HTML", () => {
    expect(result.page.path).toBe("/live/")
    expect(result.page.seo).toEqual({
      title: "OpenInfra Live",
      description: "Interactive Conversations around All Things Open Infrastructure",
      url: "https://openinfra.dev/live/",
      image: "/img/oificon-social.png",
      twitterUsername: "@OpenInfraDev",
    })
    expect(result.page.hero.description).toContain("<strong>Thursdays at 14:00 UTC (9am CT)</strong>")
    expect(result.page.footer).toEqual({
      title: null,
      subTitle: "Join the OpenInfra Foundation to learn how you can get involved in initiatives around open infrastructure.",
      buttonText: "JOIN",
      button: "https://openinfra.dev/join/",
      display: true,
    })
  })

  it("writes each date out in UTC for the static HTML, a day alone when the time is unknown", () => {
    const byTitle = new Map(result.episodes.map((e) => [e.title, e]))
    expect(byTitle.get("Kata Containers")!.utcText).toEqual({ day: "Thursday, July 22, 2021", time: "14:00 UTC" })
    const migrated = result.episodes.find((e) => e.dateOnly)!
    expect(migrated.utcText.time).toBeNull()
    expect(migrated.utcText.day).toMatch(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 20\d\d$/)
    for (const e of result.episodes) expect(e.utcText.time === null).toBe(e.dateOnly)
  })

  it("treats empty strings, null and missing keys alike", () => {
    const ama = result.episodes.find((e) => e.title === "OpenInfra AMA (Ask Me Anything)")!
    const kata = result.episodes.find((e) => e.title === "Kata Containers")!
    expect(ama.links.facebook).toBeNull() // ""
    expect(ama.calendarInvite).toBeNull() // null
    expect(kata.links.facebook).toBeNull() // missing
    expect(kata.youtube).toBeNull()
    expect(kata.speakers).toEqual([])
    expect(kata.speakersText).toBeNull()
  })

  it("trims titles and descriptions", () => {
    const kata = result.episodes.find((e) => e.slug === "2021-07-22-kata-containers")!
    expect(kata.title).toBe("Kata Containers")
    expect(kata.description).toMatch(/^The Kata Containers community.*roadmap\.$/)
  })
})

describe("normalizeContent on what editors get wrong", () => {
  it("stops the build for a missing or unreadable date, naming file, episode and field", () => {
    const result = normalizeContent(
      {
        episodes: [{ episodeTitle: "Fine", date: "2021-07-01T14:00:00Z" }, { episodeTitle: "No date" }, { episodeTitle: "  Bad date ", date: "next Thursday" }],
      },
      context,
    )
    expect(result.episodes.map((e) => e.title)).toEqual(["Fine"])
    expect(result.problems.map(({ level, message }) => ({ level, message }))).toEqual([
      {
        level: "error",
        message:
          'src/pages/openinfra-live/index.md: episode 2 "No date": date is missing (write it in UTC as 2021-07-22T14:00:00.000Z). An episode cannot be placed in the schedule without its date.',
      },
      {
        level: "error",
        message:
          'src/pages/openinfra-live/index.md: episode 3 "Bad date": date "next Thursday" is not a date (write it in UTC as 2021-07-22T14:00:00.000Z). An episode cannot be placed in the schedule without its date.',
      },
    ])
  })

  it("drops a non-http link with a warning that names the episode and the field", () => {
    const result = normalizeContent(episode({ facebookLink: "javascript:alert(1)", linkedinLink: "https://www.linkedin.com/x" }), context)
    expect(result.episodes[0]!.links.facebook).toBeNull()
    expect(result.episodes[0]!.links.linkedin).toBe("https://www.linkedin.com/x")
    expect(result.problems.map(({ level, message }) => ({ level, message }))).toEqual([
      {
        level: "warning",
        message:
          'src/pages/openinfra-live/index.md: episode 1 "Kata Containers" (2021-07-22): facebookLink "javascript:alert(1)" is a javascript: URL; only http(s) links are kept; it was dropped',
      },
    ])
  })

  it("sanitizes descriptions and says what it removed", () => {
    const result = normalizeContent(episode({ episodeDescription: 'Hi <a href="//x.org" onclick="x()">there</a><script>steal()</script>' }), context)
    expect(result.episodes[0]!.description).toBe('Hi <a href="https://x.org">there</a>')
    expect(result.problems[0]!.message).toMatch(
      /episode 1 "Kata Containers" \(2021-07-22\): episodeDescription contained HTML that is not allowed, which was removed: onclick attribute on <a>, <script>/,
    )
  })

  it("leaves drafts out without validating them, and publishes episodes with no hidden key", () => {
    const result = normalizeContent(
      {
        episodes: [
          { episodeTitle: "Published", date: "2021-07-01T14:00:00Z" },
          { episodeTitle: "Also published", date: "2021-07-08T14:00:00Z", hidden: false },
          { episodeTitle: "Draft", hidden: true },
          { episodeTitle: "Draft as text", date: "2021-07-15T14:00:00Z", hidden: "true" },
        ],
      },
      context,
    )
    expect(result.episodes.map((e) => e.title)).toEqual(["Published", "Also published"])
    expect(result.drafts).toBe(2)
    expect(result.problems.map(({ level, message }) => ({ level, message }))).toEqual([
      {
        level: "warning",
        message:
          'src/pages/openinfra-live/index.md: episode 4 "Draft as text" (2021-07-15): hidden is "true", not true or false; it was read as true: the episode is a draft, left out',
      },
    ])
  })

  it("sorts episodes given in any order, and gives same-day same-title episodes distinct stable slugs", () => {
    const episodes = [
      { episodeTitle: "Later", date: "2021-07-15T14:00:00Z" },
      { episodeTitle: "Twice", date: "2021-07-01T14:00:00Z" },
      { episodeTitle: "Earlier", date: "2021-06-01T14:00:00Z" },
      { episodeTitle: "Twice", date: "2021-07-01T18:00:00Z" },
    ]
    const slugs = normalizeContent({ episodes }, context).episodes.map((e) => e.slug)
    expect(slugs).toEqual(["2021-06-01-earlier", "2021-07-01-twice", "2021-07-01-twice-2", "2021-07-15-later"])
    expect(normalizeContent({ episodes: [...episodes].reverse() }, context).episodes.map((e) => e.slug)).toEqual(slugs)
  })

  it("reads the newer spotifyLink and applePodcastsLink on one episode only", () => {
    const result = normalizeContent(
      {
        episodes: [
          { episodeTitle: "Old", date: "2021-07-01T14:00:00Z" },
          {
            episodeTitle: "New",
            date: "2021-07-08T14:00:00Z",
            spotifyLink: "https://open.spotify.com/episode/x",
            applePodcastsLink: "https://podcasts.apple.com/x",
          },
        ],
      },
      context,
    )
    expect(result.episodes[0]!.links.spotify).toBeNull()
    expect(result.episodes[1]!.links).toMatchObject({ spotify: "https://open.spotify.com/episode/x", applePodcasts: "https://podcasts.apple.com/x" })
  })

  it("parses YouTube from the embed, the link, or both, and says when they disagree", () => {
    const fromLink = normalizeContent(episode({ youtubeLink: "https://youtu.be/pHHCIGkpNzs?si=abc" }), context).episodes[0]!
    expect(fromLink.youtube?.embedUrl).toBe("https://www.youtube-nocookie.com/embed/pHHCIGkpNzs")
    expect(fromLink.links.youtube).toBe("https://www.youtube.com/watch?v=pHHCIGkpNzs")

    const both = normalizeContent(
      episode({ youtubeEmbed: "https://www.youtube.com/embed/xfrvN9zkjs8", youtubeLink: "https://www.youtube.com/watch?v=pHHCIGkpNzs" }),
      context,
    )
    expect(both.episodes[0]!.youtube?.id).toBe("xfrvN9zkjs8")
    expect(both.problems[0]!.message).toMatch(/youtubeLink points to video pHHCIGkpNzs but youtubeEmbed to xfrvN9zkjs8/)

    const playlist = normalizeContent(
      episode({ youtubeEmbed: "https://www.youtube.com/embed/videoseries?list=PL1", youtubeLink: "https://www.youtube.com/@OpenInfra" }),
      context,
    )
    expect(playlist.episodes[0]!.youtube).toBeNull()
    expect(playlist.episodes[0]!.links.youtube).toBe("https://www.youtube.com/@OpenInfra")
    expect(playlist.problems.map((p) => p.message)).toEqual([expect.stringMatching(/youtubeEmbed ".*videoseries.*" is not a YouTube video; it was dropped/)])
  })

  it("serves calendar invites from the site root, and drops ones the site does not have", () => {
    const files = new Set(["invites/july1.ics"])
    const withCheck = { ...context, staticFileExists: (file: string) => files.has(file) }
    expect(normalizeContent(episode({ calendarInvite: "/static/invites/july1.ics" }), withCheck).episodes[0]!.calendarInvite).toBe("/invites/july1.ics")
    expect(normalizeContent(episode({ calendarInvite: "static/invites/july1.ics" }), withCheck).episodes[0]!.calendarInvite).toBe("/invites/july1.ics")
    const missing = normalizeContent(episode({ calendarInvite: "/static/invites/june1.ics" }), withCheck)
    expect(missing.episodes[0]!.calendarInvite).toBeNull()
    expect(missing.problems[0]!.message).toMatch(/calendarInvite "\/static\/invites\/june1.ics" names static\/invites\/june1.ics, which the site does not have/)
  })

  it("accepts speakers as a YAML list too", () => {
    const result = normalizeContent(episode({ episodeSpeakers: ["Host: Jane Doe (Red Hat)", " John Roe "] }), context)
    expect(result.episodes[0]!.speakers).toEqual([
      { name: "Jane Doe", affiliation: "Red Hat", role: "Host", path: "/live/people/jane-doe/" },
      { name: "John Roe", affiliation: null, role: "Host", path: "/live/people/john-roe/" },
    ])
  })

  it("warns, at the field's line, when speakers are a sentence or a line that may name one person or several", () => {
    const source = [
      "---",
      "episodes:",
      "  - episodeTitle: Panel",
      "    date: 2025-02-27T15:00:00Z",
      "    episodeSpeakers: Moderated by Jane Roe, the panel will feature Ann Lee (Acme) and Bob Kim (Beta).",
      "  - episodeTitle: Users",
      "    date: 2025-03-06T15:00:00Z",
      "    episodeSpeakers: |",
      "      Cy Dunn (Gamma)",
      "      Di Fox, Ed Gray and Flo Hu (Delta)",
      "  - episodeTitle: Plain",
      "    date: 2025-03-13T15:00:00Z",
      "    episodeSpeakers: |",
      "      Gus Ide(Eta), Hal Jo(Theta),",
      "      Ivy Ko (Iota), Jan Lu (Kappa)",
      "---",
      "",
    ].join("\n")
    const result = normalizeContent(matter(source).data, { ...context, locate: locator(source) })
    expect(result.episodes.map((e) => e.speakers.map((s) => s.name))).toEqual([
      ["Jane Roe", "Ann Lee", "Bob Kim"],
      ["Cy Dunn", "Di Fox", "Ed Gray", "Flo Hu"],
      ["Gus Ide", "Hal Jo", "Ivy Ko", "Jan Lu"],
    ])
    expect(result.problems.map((p) => p.message)).toEqual([
      'src/pages/openinfra-live/index.md:5:5: episode 1 "Panel" (2025-02-27): episodeSpeakers reads as a sentence rather than a list of people; it was read as 3 people. Write one person per line instead, as "Name, Affiliation"; for what was read, the lines "Jane Roe, Moderator", "Ann Lee, Acme", "Bob Kim, Beta"',
      'src/pages/openinfra-live/index.md:8:5: episode 2 "Users" (2025-03-06): episodeSpeakers has a line that may name one person or several: "Di Fox, Ed Gray and Flo Hu (Delta)"; it was read as 4 people. Write one person per line instead, as "Name, Affiliation"; for what was read, the lines "Cy Dunn, Gamma", "Di Fox", "Ed Gray", "Flo Hu, Delta"',
    ])
    expect(result.problems.map((p) => [p.level, p.path])).toEqual([
      ["warning", ["episodes", 0, "episodeSpeakers"]],
      ["warning", ["episodes", 1, "episodeSpeakers"]],
    ])
  })

  it("titles an untitled episode after the show, with a warning", () => {
    const result = normalizeContent({ seo: { title: "OpenInfra Live" }, episodes: [{ date: "2021-07-22T14:00:00Z", episodeTitle: "   " }] }, context)
    expect(result.episodes[0]!.title).toBe("OpenInfra Live – 2021-07-22")
    expect(result.problems[0]!.message).toMatch(/episode 1 "untitled" \(2021-07-22\): episodeTitle is missing/)
  })

  it("survives fields of the wrong kind and empty files", () => {
    expect(normalizeContent(undefined, context)).toMatchObject({ episodes: [], problems: [], page: { path: "/live/" } })
    const result = normalizeContent(
      { seo: "oops", episodes: ["not an episode", { episodeTitle: ["a", "list"], date: "2021-07-22T14:00Z" }], footer: { display: "no" } },
      context,
    )
    expect(result.episodes).toHaveLength(1)
    expect(result.page.footer.display).toBe(false)
    expect(result.problems.map((p) => p.message)).toEqual([
      "src/pages/openinfra-live/index.md: seo is not a group of fields; it was ignored",
      'src/pages/openinfra-live/index.md: footer: display is "no", not true or false; it was read as false: the footer is hidden',
      "src/pages/openinfra-live/index.md: episode 1 is not a group of fields; it was skipped",
      'src/pages/openinfra-live/index.md: episode 2 "untitled" (2021-07-22): episodeTitle is not text; it was dropped',
      'src/pages/openinfra-live/index.md: episode 2 "untitled" (2021-07-22): episodeTitle is missing; the episode is titled "Live show – 2021-07-22"',
    ])
  })

  it("uses the basePath option over seo.url, and /live/ when there is neither", () => {
    expect(normalizeContent({ seo: { url: "https://example.org/shows/weekly" } }, context).page.path).toBe("/shows/weekly/")
    expect(normalizeContent({ seo: { url: "https://example.org/shows/weekly" } }, { ...context, basePath: "/tv/" }).page.path).toBe("/tv/")
    expect(normalizeContent({}, context).page.path).toBe("/live/")
  })
})

describe("the example site's copy of the sample", () => {
  it("holds the whole sample (one description with a chapter list added, topics added, for the demo and the browser tests), plus drafts and upcoming episodes", () => {
    type Fields = { episodeTitle?: string; episodeDescription?: string; hidden?: boolean; topics?: string[] }
    const sample = matter(fs.readFileSync(FIXTURE, "utf8")).data as { episodes: Fields[] }
    const example = matter(fs.readFileSync(EXAMPLE, "utf8")).data as { episodes: Fields[] }
    const EDGE = "Building the Intelligent Edge with Open Source Technologies"
    const withChapters = example.episodes.find((e) => e.episodeTitle === EDGE)!
    const original = sample.episodes.find((e) => e.episodeTitle === EDGE)!
    expect(withChapters.episodeDescription).toBe(
      `<p>${original.episodeDescription}</p>\n<p>00:00 Welcome<br>02:10 The edge computing survey<br>14:35 How upstream communities make progress<br>41:20 Q&amp;A</p>`,
    )
    // The sample has no topics: the example gives most episodes some.
    expect(example.episodes.filter((e) => e.topics !== undefined).length).toBeGreaterThan(5)
    const asInSample = example.episodes.map(({ topics: _topics, ...e }) => (e.episodeTitle === EDGE ? original : e))
    expect(asInSample.slice(0, sample.episodes.length)).toEqual(sample.episodes)
    expect(example.episodes.some((e: { hidden?: boolean }) => e.hidden === true)).toBe(true)
  })
})

describe("normalizeContent: identity and URLs that survive edits", () => {
  const two = (first: Record<string, unknown>, second: Record<string, unknown> = {}) => ({
    templateKey: "openinfra-live",
    episodes: [
      { date: "2021-07-22T14:00:00.000Z", episodeTitle: "Kata Containers", ...first },
      { date: "2021-07-29T14:00:00.000Z", episodeTitle: "Zuul", ...second },
    ],
  })
  const read = (frontmatter: unknown) => normalizeContent(frontmatter, { ...context, generateInvites: true })

  it("keeps an episode's uid, and its URL, through a case or punctuation edit of its title", () => {
    const before = read(two({}))
    const after = read(two({ episodeTitle: "KATA containers!" }))
    expect(after.episodes.map((e) => [e.uid, e.slug, e.path])).toEqual(before.episodes.map((e) => [e.uid, e.slug, e.path]))
  })

  it("keeps a renamed and rescheduled episode's uid when it has an id, and its URL when it has a slug", () => {
    const before = read(two({ id: "ep-7f3a", slug: "kata" }))
    const after = read(two({ id: "ep-7f3a", slug: "kata", episodeTitle: "Kata Containers 3.0", date: "2021-08-05T15:00:00.000Z" }))
    const kata = (result: ReturnType<typeof read>) => result.episodes.find((e) => e.title.startsWith("Kata"))!
    expect([kata(after).uid, kata(after).slug, kata(after).path, kata(after).calendarInvite]).toEqual([
      kata(before).uid,
      kata(before).slug,
      kata(before).path,
      kata(before).calendarInvite,
    ])
    expect(kata(after)).toMatchObject({ uid: "ep-7f3a", slug: "kata", path: "/live/kata/" })
  })

  it("gives a pinned slug precedence over a made one, and says how it read a slug it had to clean", () => {
    const result = read(two({ slug: "Zuul Special!" }, { episodeTitle: "Something", slug: "" }))
    expect(result.episodes.map((e) => e.slug)).toEqual(["zuul-special", "2021-07-29-something"])
    expect(result.problems.map((p) => p.text)).toEqual([
      'episode 1 "Kata Containers" (2021-07-22): slug "Zuul Special!" was read as "zuul-special" (lowercase letters, digits and dashes)',
    ])
    const clash = read(two({ episodeTitle: "Zuul", date: "2021-07-29T14:00:00.000Z" }, { slug: "2021-07-29-zuul" }))
    expect(clash.episodes.map((e) => [e.number, e.slug])).toEqual([
      [1, "2021-07-29-zuul-2"],
      [2, "2021-07-29-zuul"],
    ])
  })

  it("warns about an id it cannot use, naming the episode, and falls back", () => {
    const result = read(two({ id: "ep-1" }, { id: "ep-1" }))
    expect(result.episodes.map((e) => e.uid)).toEqual(["ep-1", "d-20210729t1400z"])
    expect(result.problems.map((p) => p.text)).toEqual(['episode 2 "Zuul" (2021-07-29): id "ep-1" is another episode\'s id too; it was dropped'])
  })

  it("suggests the date an editor meant, in the year of the episodes around it and at the show's usual time", () => {
    const result = read(two({}, { date: "July 29, 2021" }))
    expect(result.problems.map((p) => p.text)).toEqual([
      'episode 2 "Zuul": date "July 29, 2021" is not a date the theme can read: write it as 2021-07-29T14:00:00.000Z (it names no time, so the show\'s usual time was used, 14:00 UTC). An episode cannot be placed in the schedule without its date.',
    ])
  })

  it("says which part of a suggested date it put in the place of what the editor wrote", () => {
    const texts = (first: Record<string, unknown>, second: Record<string, unknown>) => read(two(first, second)).problems.map((p) => p.text)
    expect(texts({}, { date: "October 31, 2031 8:57 PM" })).toEqual([
      'episode 2 "Zuul": date "October 31, 2031 8:57 PM" is not a date the theme can read: write it as 2031-10-31T14:00:00.000Z (the time "8:57 PM" has no time zone, so it was replaced by the show\'s usual time, 14:00 UTC). An episode cannot be placed in the schedule without its date.',
    ])
    expect(texts({}, { date: "Jul 29 at 4pm CEST" })).toEqual([
      'episode 2 "Zuul": date "Jul 29 at 4pm CEST" is not a date the theme can read: write it as 2021-07-29T14:00:00.000Z (it names no year, so the year was taken from the episodes around it (2021); the time "4pm CEST" is not in UTC, so it was replaced by the show\'s usual time, 14:00 UTC). An episode cannot be placed in the schedule without its date.',
    ])
    // The only other episode has no time: no usual time to go by.
    expect(texts({ date: "2021-07-22" }, { date: "July 29, 2021 8:57 PM" })).toEqual([
      'episode 2 "Zuul": date "July 29, 2021 8:57 PM" is not a date the theme can read: write it as 2021-07-29 (the time "8:57 PM" has no time zone and the show has no usual time (no other episode has a time), so only the day is suggested, as a day without a time). An episode cannot be placed in the schedule without its date.',
    ])
  })
})

describe("yes/no fields, read alike", () => {
  const yes = [true, "true", "True", "TRUE", "yes", "Yes", " YES ", "on", "On", "y", "Y", "1", " 1 ", 1]
  const no = [false, "false", "False", "no", "No", "NO", " no ", "off", "OFF", "n", "N", "0", 0]
  const neither = ["maybe", "draft", "nope", "2", 2, -1, 0.5, ["yes"], { value: true }]

  const table: Array<[unknown, boolean | null]> = [
    ...yes.map((value): [unknown, boolean] => [value, true]),
    ...no.map((value): [unknown, boolean] => [value, false]),
    ...neither.map((value): [unknown, null] => [value, null]),
  ]
  it.each(table)("readSwitch(%j) is %j", (value, expected) => {
    expect(readSwitch(value)).toBe(expected)
  })

  const hidden = (value: unknown) => normalizeContent(episode({ hidden: value }), context)
  const display = (value: unknown) => normalizeContent({ footer: { display: value } }, context)
  const messages = (result: ReturnType<typeof normalizeContent>) => result.problems.map((p) => ({ level: p.level, text: p.text, path: p.path }))

  it.each(yes)("reads %j as a draft in hidden, and as shown in display", (value) => {
    expect(hidden(value)).toMatchObject({ episodes: [], drafts: 1 })
    expect(display(value).page.footer.display).toBe(true)
  })

  it.each(no)("reads %j as published in hidden, and as hidden in display", (value) => {
    expect(hidden(value)).toMatchObject({ drafts: 0, episodes: [{ title: "Kata Containers" }] })
    expect(display(value).page.footer.display).toBe(false)
  })

  it.each(neither)("reads %j as a draft in hidden (to be safe) and as shown in display (the default), saying so", (value) => {
    const shown = JSON.stringify(value)
    expect(hidden(value)).toMatchObject({ drafts: 1, episodes: [] })
    expect(messages(hidden(value))).toEqual([
      {
        level: "warning",
        text: `episode 1 "Kata Containers" (2021-07-22): hidden is ${shown}, not true or false; it was read as true, to be safe: the episode is a draft, left out`,
        path: ["episodes", 0, "hidden"],
      },
    ])
    expect(display(value).page.footer.display).toBe(true)
    expect(messages(display(value))).toEqual([
      {
        level: "warning",
        text: `footer: display is ${shown}, not true or false; it was read as true, the default: the footer is shown`,
        path: ["footer", "display"],
      },
    ])
  })

  it("says how it read a word that is a yes or a no, in both fields alike", () => {
    expect(messages(hidden("No"))).toEqual([
      {
        level: "warning",
        text: 'episode 1 "Kata Containers" (2021-07-22): hidden is "No", not true or false; it was read as false: the episode is published',
        path: ["episodes", 0, "hidden"],
      },
    ])
    expect(messages(hidden(1))).toEqual([
      expect.objectContaining({
        text: 'episode 1 "Kata Containers" (2021-07-22): hidden is 1, not true or false; it was read as true: the episode is a draft, left out',
      }),
    ])
    expect(messages(display("No"))).toEqual([
      { level: "warning", text: 'footer: display is "No", not true or false; it was read as false: the footer is hidden', path: ["footer", "display"] },
    ])
    expect(messages(display("on"))).toEqual([
      { level: "warning", text: 'footer: display is "on", not true or false; it was read as true: the footer is shown', path: ["footer", "display"] },
    ])
  })

  it.each([undefined, null, "", "  "])("takes %j as the default without a word", (value) => {
    expect(hidden(value)).toMatchObject({ drafts: 0, problems: [] })
    expect(display(value)).toMatchObject({ page: { footer: { display: true } }, problems: [] })
  })

  it("reads the words as the file writes them, unquoted too", () => {
    const source =
      '---\nepisodes:\n  - { episodeTitle: A, date: "2021-07-22T14:00:00Z", hidden: no }\n  - { episodeTitle: B, date: "2021-07-29T14:00:00Z", hidden: Yes }\nfooter:\n  display: off\n---\n'
    const result = normalizeContent(matter(source).data, { ...context, locate: locator(source) })
    expect(result.episodes.map((e) => e.title)).toEqual(["A"])
    expect(result.page.footer.display).toBe(false)
  })
})

describe("dates as the file writes them", () => {
  it("reads each episode's date once, an unreadable one included (its suggestion comes from the others' readings), and carries the reading", () => {
    const reads = jest.spyOn(dates, "readEpisodeDate")
    const parses = jest.spyOn(dates, "parseEpisodeDate")
    try {
      const result = normalizeContent(
        {
          templateKey: "openinfra-live",
          episodes: [
            { episodeTitle: "Kata", date: "2031-07-22T16:00:00+02:00" },
            { episodeTitle: "Zuul", date: "July 29, 2031" },
            { episodeTitle: "AMA", date: "2031-08-05" },
            { episodeTitle: "Draft", date: "2031-08-12T14:00:00Z", hidden: true },
          ],
        },
        context,
      )
      expect(reads.mock.calls.map(([value]) => value)).toEqual(["2031-07-22T16:00:00+02:00", "July 29, 2031", "2031-08-05", "2031-08-12T14:00:00Z"])
      expect(parses).not.toHaveBeenCalled()
      expect(result.problems.map((p) => p.text)).toEqual([
        expect.stringContaining('date "July 29, 2031" is not a date the theme can read: write it as 2031-07-29T14:00:00.000Z'),
      ])
      expect(result.episodes.map((e) => [e.title, e.date, e.start, e.dateOnly, e.utcText])).toEqual([
        ["Kata", "2031-07-22T14:00:00.000Z", Date.UTC(2031, 6, 22, 14), false, { day: "Tuesday, July 22, 2031", time: "14:00 UTC" }],
        ["AMA", "2031-08-05T00:00:00.000Z", Date.UTC(2031, 7, 5), true, { day: "Tuesday, August 5, 2031", time: null }],
      ])
    } finally {
      reads.mockRestore()
      parses.mockRestore()
    }
  })

  /** The file with one more episode dated by `date` as written, read as the build reads it (gray-matter and the file's text). */
  function build(date: string, { withText = true } = {}) {
    const source = `---
templateKey: openinfra-live
episodes:
  - episodeTitle: Usual
    date: 2031-07-15T14:00:00.000Z
  - episodeTitle: Kata Containers
    date: ${date}
---
`
    return normalizeContent(matter(source).data, { ...context, locate: withText ? locator(source) : undefined })
  }
  const kata = (result: ReturnType<typeof build>) => {
    const found = result.episodes.find((e) => e.title === "Kata Containers")!
    return { date: found.date, dateOnly: found.dateOnly, utcText: found.utcText, uid: found.uid, problems: result.problems.map((p) => [p.level, p.text]) }
  }

  it.each(["2031-02-30T14:00:00Z", "2031-07-22T25:00:00Z", "2031-07-22T23:75:00Z", "2031-02-30", "2031-13-01"])(
    "stops on unquoted %s, which YAML would roll over to another day, as on its quoted text",
    (text) => {
      const unquoted = build(text)
      expect(unquoted.episodes.map((e) => e.title)).toEqual(["Usual"])
      const errors = unquoted.problems.filter((p) => p.level === "error").map((p) => p.text)
      expect(errors).toEqual([expect.stringContaining(`episode 2 "Kata Containers": date "${text}" is not a date`)])
      expect(errors).toEqual(
        build(`"${text}"`)
          .problems.filter((p) => p.level === "error")
          .map((p) => p.text),
      )
    },
  )

  it.each([
    ["2031-07-22 14:00:00", "2031-07-22T14:00:00.000Z", false, ["warning"]],
    ["2031-08-14T09:00:00+09:00", "2031-08-14T00:00:00.000Z", false, []],
    ["2031-07-22T00:00:00+00:00", "2031-07-22T00:00:00.000Z", false, []],
    ["2031-07-22 19:00:00 -5", "2031-07-23T00:00:00.000Z", false, []],
    ["2031-07-22T00:00:00.000Z", "2031-07-22T00:00:00.000Z", true, ["info"]],
    ["2031-07-22 00:00:00", "2031-07-22T00:00:00.000Z", true, ["warning"]],
    ["2031-07-22", "2031-07-22T00:00:00.000Z", true, []],
    ["2031-07-22T14:00:35.869Z", "2031-07-22T14:00:00.000Z", false, []],
  ])("reads unquoted %s exactly as its quoted text: %s, without a time: %s, %j", (text, date, dateOnly, levels) => {
    const unquoted = kata(build(text))
    expect(unquoted).toMatchObject({ date, dateOnly })
    expect(unquoted.problems.map(([level]) => level)).toEqual(levels)
    expect(unquoted).toEqual(kata(build(`"${text}"`)))
    expect(unquoted).toEqual(kata(build(`'${text}'`)))
  })

  it("names the episode and the field, at its line, in the note about midnight UTC", () => {
    const source = "---\nepisodes:\n  - episodeTitle: Migrated\n    date: 2021-06-03T00:00:00.000Z\n---\n"
    expect(normalizeContent(matter(source).data, { ...context, locate: locator(source) }).problems).toEqual([
      {
        level: "info",
        message:
          'src/pages/openinfra-live/index.md:4:5: episode 1 "Migrated" (2021-06-03): date "2021-06-03T00:00:00.000Z" is midnight UTC, read as a day without a time (migrated episodes lost theirs this way); if the episode starts at 00:00 UTC, write 2021-06-03T00:00:00+00:00',
        file: "src/pages/openinfra-live/index.md",
        line: 4,
        column: 5,
        text: 'episode 1 "Migrated" (2021-06-03): date "2021-06-03T00:00:00.000Z" is midnight UTC, read as a day without a time (migrated episodes lost theirs this way); if the episode starts at 00:00 UTC, write 2021-06-03T00:00:00+00:00',
        path: ["episodes", 0, "date"],
      },
    ])
  })

  it("gives an episode at 00:00 UTC a time in its identity and in its text, and a migrated one neither", () => {
    expect(kata(build("2031-08-14T09:00:00+09:00"))).toMatchObject({ uid: "d-20310814t0000z", utcText: { time: "0:00 UTC" } })
    expect(kata(build("2031-07-22T00:00:00.000Z"))).toMatchObject({ uid: "d-20310722", utcText: { time: null } })
  })

  it("reads a Date as before where the file's text is not known (the CMS preview)", () => {
    expect(kata(build("2031-08-14T09:00:00+09:00", { withText: false }))).toMatchObject({ date: "2031-08-14T00:00:00.000Z", dateOnly: true, uid: "d-20310814" })
    expect(kata(build("2031-07-22 14:00:00", { withText: false }))).toMatchObject({ date: "2031-07-22T14:00:00.000Z", dateOnly: false, problems: [] })
  })
})

describe("seo.image, as the file says it and as the site's plugins hand it to the build", () => {
  const have = new Set(["img/oificon-social.png"])
  const at = { ...context, staticFileExists: (file: string) => have.has(file) }
  const seoImage = (image: unknown) => normalizeContent({ templateKey: "openinfra-live", seo: { image }, episodes: [] }, at)

  it.each([
    // What the editors wrote, what the checker reads.
    "/img/oificon-social.png",
    // What gatsby-remark-relative-images hands the build for the same field.
    "../../../static/img/oificon-social.png",
    "static/img/oificon-social.png",
  ])("reads %j as /img/oificon-social.png, with no problem", (image) => {
    const result = seoImage(image)
    expect(result.problems).toEqual([])
    expect(result.page.seo.image).toBe("/img/oificon-social.png")
  })

  it.each([
    ["/img/missing.png", /seo: image "\/img\/missing\.png" names static\/img\/missing\.png, which the site does not have; it was dropped/],
    ["../../../static/img/missing.png", /names static\/img\/missing\.png, which the site does not have; it was dropped/],
    ["../img/social.png", /is the file src\/pages\/img\/social\.png, outside the site's static\/ folder.*; it was dropped/],
  ])("warns about %j and drops it", (image, message) => {
    const result = seoImage(image)
    expect(result.page.seo.image).toBeNull()
    expect(result.problems).toEqual([expect.objectContaining({ level: "warning", text: expect.stringMatching(message) })])
  })

  it("keeps an http(s) image without looking for a file", () => {
    expect(seoImage("https://cdn.example.org/social.png").page.seo.image).toBe("https://cdn.example.org/social.png")
  })
})

describe("chapters, from the description", () => {
  it("reads them into the episode, and warns at the episode's own place in the file when the list breaks YouTube's rules", () => {
    const source = [
      "---",
      "episodes:",
      "  - episodeTitle: Later",
      "    date: 2025-03-06T15:00:00Z",
      "    youtubeLink: https://www.youtube.com/watch?v=pHHCIGkpNzs",
      "    episodeDescription: |",
      "      <p>A look back.</p><p>00:00 Welcome<br>12:34 Kata roadmap<br>5:00 Demo</p>",
      "  - episodeTitle: Earlier",
      "    date: 2025-02-27T15:00:00Z",
      "    youtubeLink: https://www.youtube.com/watch?v=pHHCIGkpNzs",
      "    episodeDescription: |",
      "      <p>We start at 14:00 UTC.</p><ul><li>00:00 Welcome</li><li>12:34 Kata roadmap</li><li>1:02:03 Q&amp;A</li></ul>",
      "---",
      "",
    ].join("\n")
    const result = normalizeContent(matter(source).data, { ...context, locate: locator(source) })
    expect(result.episodes.map((e) => [e.title, e.chapters])).toEqual([
      [
        "Earlier",
        [
          { start: 0, title: "Welcome" },
          { start: 754, title: "Kata roadmap" },
          { start: 3723, title: "Q&A" },
        ],
      ],
      ["Later", []],
    ])
    expect(result.problems.map((p) => [p.level, p.path, p.line])).toEqual([["warning", ["episodes", 0, "episodeDescription"], 6]])
    expect(result.problems[0]!.text).toBe(
      'episode 1 "Later" (2025-03-06): episodeDescription has chapters out of order: 5:00 "Demo" comes after 12:34 "Kata roadmap"; YouTube needs them in order of time, so the page shows none (YouTube shows no chapters for such a list either)',
    )
  })

  it("gives an episode without a description no chapters", () => {
    expect(normalizeContent(episode({}), context).episodes[0]!.chapters).toEqual([])
  })
})
