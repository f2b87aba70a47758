/**
 * Chapters: the YouTube-style list of timestamps editors paste into an episode's description
 *   00:00 Welcome
 *   12:34 Kata roadmap
 *   1:02:03 Q&A
 * read from its plain text (`descriptionText`, one line per line or paragraph). Pure, with no Node
 * import: the build, the `check` command and the CMS preview all run it.
 *
 * What is a chapter list: a run of lines (blank lines between them allowed) that each start with a
 * timestamp followed by a title (`0:00 - Intro`, `(00:00) Intro`, `00:00 – Intro`, `- 00:00 Intro`,
 * `• 00:00 Intro`, `1. 00:00 Intro`), or each end with one (`Intro 00:00`, `Intro (0:00)`). A time
 * inside a sentence ("we start at 14:00 UTC") is never read. Nor is a schedule: a run in which a
 * time carries a time zone or AM/PM (`14:00 UTC Welcome`, `9:30 AM Keynote`) or is a range
 * (`14:00–14:30 Panel`) holds times of day, not places in the video.
 *
 * A run is taken for a chapter list when it starts at 0:00 (2 lines or more); when none does, the first
 * run of 3 lines or more that start with their timestamps is one that went wrong (and is reported, see
 * below). A run whose
 * times end its lines and that does not start at 0:00 ("Doors open at 9:00" / "Talks at 9:30") is left
 * alone without a word: sentences end with times too.
 *
 * YouTube's rules (its help, "Video chapters"): the first timestamp is 0:00, there are at least 3,
 * in ascending order, each chapter at least 10 seconds long; a list that breaks one gets no chapters
 * at all. The same rules hold here, with the same outcome: a list that breaks any of them gives no
 * chapters, and a problem that says which rule and how to fix it. So the page offers chapters exactly
 * when YouTube shows them on the video, and never a guess (a list sorted back into order would send
 * viewers to a typo's time). Only the first chapter list counts; a second one from 0:00 is reported.
 */
import type { Chapter } from "../types"
import { formatChapterTime } from "../utils/chapter-time"

export type { Chapter } from "../types"
export { formatChapterTime } from "../utils/chapter-time"

export interface ChapterReading {
  /** The chapters, in order; empty when there is no chapter list or when it breaks one of YouTube's rules. */
  chapters: Chapter[]
  /** What is wrong with the chapter list, as the end of a sentence about the description (`has chapters out of order: …`). */
  problems: string[]
}

/** 12:34, 2:05, 1:02:03, 00:00:00: minutes (1 or 2 digits) and seconds, or hours, minutes and seconds. */
const TIME = String.raw`\d{1,2}(?::[0-5]\d){1,2}`
/** A bullet, an emoji or a number before the timestamp: `- `, `* `, `• `, `> `, `▶️ `, `📌 `, `1. `, `2) `. */
const BULLET = String.raw`(?:(?:[-*•·‣◦▪▸►▶–—−>]|\p{Extended_Pictographic})\uFE0F?\s*|\d{1,3}[.)]\s+)?`
/** Between a timestamp and its title: spaces, or a dash, colon, bar or full stop with or without spaces. */
const SEPARATOR = String.raw`(?:\s*[-–—−:|.]\s*|\s+)`
/** The timestamp, bare or in parentheses or brackets. */
const STAMP = String.raw`(?:\((${TIME})\)|\[(${TIME})\]|(${TIME}))`

const LEADING = new RegExp(`^${BULLET}(?:\\((${TIME})\\)|\\[(${TIME})\\])\\s*(.*)$|^${BULLET}(${TIME})${SEPARATOR}(.*)$`, "u")
const TRAILING = new RegExp(`^${BULLET}(.*?)${SEPARATOR}${STAMP}$`, "u")
/** A title must say something: a letter or a digit. */
const WORDY = new RegExp(String.raw`[\p{L}\p{N}]`, "u")
/** What makes a time a time of day: a zone, AM/PM, "h", "Uhr" right after it… */
const CLOCK_SUFFIX = new RegExp(
  String.raw`^\(?(?:(?:[Uu][Tt][Cc]|[Gg][Mm][Tt])(?:\s*[-+−]\s*\d{1,2}(?::?\d{2})?)?|[AaPp]\.?[Mm]\.?|h|hrs?|Uhr|` +
    String.raw`CES?T|EES?T|WES?T|BST|IST|JST|KST|HKT|SGT|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|AK[SD]T|HST|[ECMP][SD]?T)(?![A-Za-z0-9])`,
)
/** …or another time after it: a range (`14:00–14:30`, `14:00 to 14:30`). */
const RANGE_END = new RegExp(String.raw`^(?:(?:to|until|till|bis)\s+)?\(?${TIME}(?!\d)`, "i")

interface ChapterLine extends Chapter {
  /** Where the timestamp stands on its line. */
  leading: boolean
  /** The time is a time of day (a zone, AM/PM or a range): the run is a schedule. */
  clock: boolean
}

/** Seconds of a timestamp: `12:34` → 754, `1:02:03` → 3723. */
function seconds(time: string): number {
  return time.split(":").reduce((total, part) => total * 60 + Number(part), 0)
}

function readLine(line: string): ChapterLine | null {
  const leading = LEADING.exec(line)
  if (leading !== null) {
    const time = (leading[1] ?? leading[2] ?? leading[4])!
    const title = (leading[3] ?? leading[5] ?? "").trim()
    const clock = CLOCK_SUFFIX.test(title) || RANGE_END.test(title.replace(/^[-–—−]\s*/, ""))
    // A line that is only a time ("14:00 UTC" included) is no chapter, but a time of day still makes its run a schedule.
    if (clock) return { start: seconds(time), title, leading: true, clock }
    if (WORDY.test(title)) return { start: seconds(time), title, leading: true, clock: false }
    return null
  }
  const trailing = TRAILING.exec(line)
  if (trailing !== null) {
    const title = trailing[1]!.trim()
    if (WORDY.test(title)) return { start: seconds((trailing[2] ?? trailing[3] ?? trailing[4])!), title, leading: false, clock: false }
  }
  return null
}

/** The runs of timestamped lines: a line without a timestamp ends one, blank lines do not. */
function runs(text: string): ChapterLine[][] {
  const found: ChapterLine[][] = []
  let run: ChapterLine[] = []
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.replace(/\s+/g, " ").trim()
    if (line === "") continue
    const chapter = readLine(line)
    if (chapter !== null) {
      run.push(chapter)
      continue
    }
    if (run.length > 0) found.push(run)
    run = []
  }
  if (run.length > 0) found.push(run)
  return found
}

const named = (chapter: Chapter) => `${formatChapterTime(chapter.start)} "${chapter.title}"`

/** Why a chapter list breaks YouTube's rules, each problem once. */
function listProblems(list: readonly ChapterLine[]): string[] {
  const problems: string[] = []
  const none = "so the page shows none (YouTube shows no chapters for such a list either)"
  const first = list[0]!
  if (first.start !== 0) {
    const hint = first.leading
      ? `; if these are times of day, give their time zone (${formatChapterTime(first.start)} UTC) and they are not read as chapters`
      : ""
    problems.push(`has a chapter list that does not start at 0:00 (its first is ${named(first)}); YouTube needs the first chapter at 0:00, ${none}${hint}`)
  }
  if (list.length < 3) {
    problems.push(`has a chapter list of only ${list.length} chapters (${list.map(named).join(", ")}); YouTube needs at least 3, ${none}`)
  }
  list.forEach((chapter, index) => {
    const previous = list[index - 1]
    if (previous === undefined) return
    if (chapter.start === previous.start) {
      problems.push(`has two chapters at ${formatChapterTime(chapter.start)} ("${previous.title}" and "${chapter.title}"); each needs its own time, ${none}`)
    } else if (chapter.start < previous.start) {
      problems.push(`has chapters out of order: ${named(chapter)} comes after ${named(previous)}; YouTube needs them in order of time, ${none}`)
    } else if (chapter.start - previous.start < 10) {
      const length = chapter.start - previous.start
      problems.push(
        `has a chapter of ${length} second${length === 1 ? "" : "s"}, ${named(previous)} (until ${formatChapterTime(chapter.start)}); YouTube needs each to last 10 seconds or more, ${none}`,
      )
    }
  })
  return problems
}

/** The chapters of a description's plain text (see the top of this file for what counts and what is reported). */
export function readChapters(descriptionText: string | null): ChapterReading {
  if (descriptionText === null) return { chapters: [], problems: [] }
  // A schedule: its first time is a time of day (an agenda names its zone once, at the top), or half of its times
  // or more are. A chapter further down whose title happens to start with "PM" or "ET" does not make one.
  const candidates = runs(descriptionText).filter((run) => !run[0]!.clock && run.filter((line) => line.clock).length * 2 < run.length)
  const lists = candidates.filter((run) => run[0]!.start === 0 && run.length >= 2)
  // No list from 0:00: the first run of 3 lines or more that start with their times is one that went wrong.
  const list = lists[0] ?? candidates.find((run) => run.length >= 3 && run.every((line) => line.leading))
  if (list === undefined) return { chapters: [], problems: [] }
  const problems = listProblems(list)
  const chapters = problems.length > 0 ? [] : list.map(({ start, title }) => ({ start, title }))
  if (lists.length > 1) {
    problems.push(`has ${lists.length} chapter lists; only the first (from ${named(list[0]!)}) is read, not the one from ${named(lists[1]![0]!)}`)
  }
  return { chapters, problems }
}
