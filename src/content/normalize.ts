/**
 * One content file's frontmatter in, the show page and its published
 * episodes out, with every problem found on the way described precisely
 * enough for an editor to fix it: file, episode number and title, field.
 */
import { showParts, utcParts } from "../utils/format-date"
import { byStart, plainDate } from "../utils/episode-time"
import { showTitle } from "../utils/show-title"
import type { CallToAction, EpisodeRecord, EpisodeLinks, Footer, Hero, Logo, Seo, ShowLink, ShowPageData } from "../types"
import { DEFAULT_SHOW_LINK_LABELS, platformOfUrl, readPlatform, SHOW_LINK_PLATFORMS, type ShowLinkPlatform } from "../utils/platforms"
import { readEpisodeDate, unreadableDateReason, type DateHints, type DateReading, type DateResult, type UnreadableDate } from "./dates"
import { readChapters } from "./chapters"
import { htmlToPlainText, sanitizeEditorHtml } from "./html"
import { resolveBasePath } from "./options"
import { episodeIdentities } from "./identity"
import type { FieldPath, Locate } from "./locate"
import { episodeSlug, slugify, uniqueSlugs } from "./slug"
import { parseSpeakers } from "./speakers"
import { CATALOG_FOLDERS, catalogShow, PEOPLE_FIELD, readPeopleList, type PersonRecord, type TopicRecord, type UnlinkedEpisode } from "./catalog"
import { readTopics } from "./topics"
import { cleanLine, cleanText, isWrongKind, readSwitch } from "./text"
import { httpUrl, servedPath, siteFileUrl, siteLinkUrl, type TrailingSlash, type UrlResult } from "./urls"
import { parseYouTubeId, youtubeVideo } from "./youtube"

export interface Problem {
  /**
   * An error means the build cannot go on; a warning means a field was dropped or read with a guess;
   * an info note says how a rule read a field (a midnight-UTC date as a day without a time), and never
   * fails a build or `check --strict`.
   */
  level: "error" | "warning" | "info"
  /** The whole message: `src/pages/live/index.md:42:7: episode 3 "Kata" (2021-07-22): date …`. */
  message: string
  file: string
  /** Where the field (or the nearest enclosing one) stands in the file; null when unknown. */
  line: number | null
  column: number | null
  /** The message without the file and position: `episode 3 "Kata" (2021-07-22): date …`. */
  text: string
  /** The frontmatter path of the field: `["episodes", 2, "date"]`. */
  path: Array<string | number>
}

export interface NormalizeContext {
  /** The content file as the site's editors know it: `src/pages/openinfra-live/index.md`. */
  file: string
  /** The `basePath` option, normalized, or null to take it from `seo.url`. */
  basePath: string | null
  /** Give every episode without a hand-made calendarInvite a generated one (written by onPostBuild). */
  generateInvites?: boolean
  /** False when the theme makes no episode pages: episodes then have no path. */
  episodePages?: boolean
  /** Whether the site's `static/` folder holds this file; omit to skip the check. */
  staticFileExists?: (relativePath: string) => boolean
  /** Where a field stands in the file (see locate.ts), for `file:line:column` in messages; omit when unknown. */
  locate?: Locate
  /** Gatsby's trailingSlash option: episodes' `path` is the path the site serves the page at. Default "always". */
  trailingSlash?: TrailingSlash
  /** The show's time zone (the `timeZone` option, an IANA name Intl knows), for `showText`. Default "UTC". */
  timeZone?: string
  /** False when the theme makes no people pages: speakers then have no path. Default true. */
  peoplePages?: boolean
}

export interface NormalizedContent {
  page: ShowPageData
  /** Published episodes, oldest first. */
  episodes: EpisodeRecord[]
  /** How many episodes are drafts (`hidden: true`) and were left out. */
  drafts: number
  /** The people the speakers name and the topics of the episodes, sorted by name (catalog.ts). */
  people: PersonRecord[]
  topics: TopicRecord[]
  problems: Problem[]
}

type Fields = Record<string, unknown>

/** Frontmatter keys of the episode links, by the name they have in the data model. */
const LINK_FIELDS: Record<Exclude<keyof EpisodeLinks, "youtube">, string> = {
  facebook: "facebookLink",
  linkedin: "linkedinLink",
  superuserRecap: "superuserRecap",
  spotify: "spotifyLink",
  applePodcasts: "applePodcastsLink",
}

function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** How messages name an episode: `episode 3 "Kata Containers" (2021-07-22)`. */
export function episodeLabel(episode: Pick<EpisodeRecord, "number" | "title" | "date">): string {
  return `episode ${episode.number} "${episode.title}" (${plainDate(episode.date)})`
}

/** A problem at a path of the file, its message naming the file, the position and `text`. */
export function problemAt(level: Problem["level"], context: Pick<NormalizeContext, "file" | "locate">, path: FieldPath, text: string): Problem {
  const position = context.locate?.(path) ?? null
  const where = position === null ? context.file : `${context.file}:${position.line}:${position.column}`
  return { level, message: `${where}: ${text}`, file: context.file, line: position?.line ?? null, column: position?.column ?? null, text, path: [...path] }
}

/** Reports problems about one place in the file (`seo`, or `episode 3 "Kata" (2021-07-22)`). */
class FieldProblems {
  constructor(
    private readonly problems: Problem[],
    private readonly context: Pick<NormalizeContext, "file" | "locate">,
    private readonly path: FieldPath,
    private readonly label: string,
  ) {}

  warn(field: string, text: string): void {
    this.problems.push(problemAt("warning", this.context, [...this.path, field], `${this.label}: ${field} ${text}`))
  }

  error(field: string, text: string): void {
    this.problems.push(problemAt("error", this.context, [...this.path, field], `${this.label}: ${field} ${text}`))
  }

  info(field: string, text: string): void {
    this.problems.push(problemAt("info", this.context, [...this.path, field], `${this.label}: ${field} ${text}`))
  }

  /**
   * A yes/no field, read with `readSwitch` (true/false, yes/no, on/off, y/n, 1/0). Missing, null or
   * blank gives `fallback` quietly; anything but a YAML boolean is reported with what it was read as.
   * A value that is neither a yes nor a no gives `unclear` (the safe reading: `fallback` unless said),
   * and `why` says why in the message. `meaning` says what a value does, for the message.
   */
  switch(
    fields: Fields,
    key: string,
    fallback: boolean,
    meaning: (value: boolean) => string,
    unclear: { value: boolean; why: string } = { value: fallback, why: "the default" },
  ): boolean {
    const raw = fields[key]
    if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) return fallback
    if (typeof raw === "boolean") return raw
    const read = readSwitch(raw)
    const shown = JSON.stringify(raw) ?? String(raw)
    if (read === null) this.warn(key, `is ${shown}, not true or false; it was read as ${unclear.value}, ${unclear.why}: ${meaning(unclear.value)}`)
    else this.warn(key, `is ${shown}, not true or false; it was read as ${read}: ${meaning(read)}`)
    return read ?? unclear.value
  }

  /** A text field; a list or a map where text belongs is reported and dropped. */
  text(fields: Fields, key: string, { multiline = false } = {}): string | null {
    const value = fields[key]
    if (isWrongKind(value)) {
      this.warn(key, "is not text; it was dropped")
      return null
    }
    return multiline ? cleanText(value) : cleanLine(value)
  }

  /** An editor's HTML field, sanitized; what the allowlist removed is reported. */
  html(fields: Fields, key: string): string | null {
    const text = this.text(fields, key, { multiline: true })
    if (text === null) return null
    const { html, removed } = sanitizeEditorHtml(text)
    if (removed.length > 0) this.warn(key, `contained HTML that is not allowed, which was removed: ${removed.join(", ")}`)
    return html
  }

  /** A URL field checked by `check`; a bad one is reported and dropped. */
  url(fields: Fields, key: string, check: (raw: string) => UrlResult): string | null {
    const text = this.text(fields, key)
    if (text === null) return null
    const result = check(text)
    if (result.ok) return result.url
    this.warn(key, `${result.reason}; it was dropped`)
    return null
  }
}

function readSeo(fields: Fields, report: FieldProblems, context: NormalizeContext): Seo {
  const description = report.text(fields, "description")
  const twitter = report.text(fields, "twitterUsername")
  return {
    title: report.text(fields, "title"),
    description: description === null ? null : htmlToPlainText(description) || null,
    url: report.url(fields, "url", httpUrl),
    image: readSiteFile(fields, "image", report, context, "it was dropped"),
    twitterUsername: twitter === null ? null : twitter.startsWith("@") ? twitter : `@${twitter}`,
  }
}

/**
 * A field that names a file of the site or an http(s) URL (see siteFileUrl): its URL, or null with a
 * warning that ends with `dropped` (what happens instead) when it is unusable or the site does not have it.
 */
function readSiteFile(fields: Fields, key: string, report: FieldProblems, context: NormalizeContext, dropped: string): string | null {
  const written = report.text(fields, key)
  if (written === null) return null
  const result = siteFileUrl(written, context.file)
  if (!result.ok) {
    report.warn(key, `${result.reason}; ${dropped}`)
    return null
  }
  if (result.staticFile !== undefined && context.staticFileExists && !context.staticFileExists(result.staticFile)) {
    report.warn(key, `"${written}" names static/${result.staticFile}, which the site does not have; ${dropped}`)
    return null
  }
  return result.url
}

/** Nothing written: a missing key, null, or blank text. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "")
}

/** The largest logo width or height the theme takes, in pixels. */
const MAX_LOGO_SIZE = 10000

/** A size in pixels (`320`, `"320"`, `"320px"`), or null; anything else is reported and dropped. */
function readPixels(fields: Fields, key: string, report: FieldProblems): number | null {
  const raw = fields[key]
  if (isEmpty(raw)) return null
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim().replace(/\s*px$/i, "") : null
  const value = text !== null && /^\d+$/.test(text) ? Number(text) : NaN
  if (Number.isInteger(value) && value >= 1 && value <= MAX_LOGO_SIZE) return value
  report.warn(key, `is ${JSON.stringify(raw) ?? String(raw)}, not a size in pixels (a whole number from 1 to ${MAX_LOGO_SIZE}); it was dropped`)
  return null
}

/**
 * `hero.logo`: `{ image, alt, width, height }`. The image is a file of the site's `static/` folder
 * (`/img/logo.svg`; `static/img/logo.svg` and `/static/img/logo.svg` name the same) or an http(s) URL;
 * without a usable one there is no logo. A missing `alt` is the show's name, with a warning.
 */
function readLogo(hero: Fields, context: NormalizeContext, problems: Problem[], showName: string): Logo | null {
  const value = hero.logo
  if (isEmpty(value)) return null
  const report = new FieldProblems(problems, context, ["hero", "logo"], "hero logo")
  if (!isFields(value)) {
    problems.push(problemAt("warning", context, ["hero", "logo"], "hero: logo is not a group of fields (image, alt, width, height); it was ignored"))
    return null
  }
  if (isEmpty(value.image)) {
    if (Object.values(value).some((field) => !isEmpty(field))) report.warn("image", "is missing; the logo was left out")
    return null
  }
  // The rules of seo.image: a file the site serves from static/, or an http(s) URL.
  const image = readSiteFile(value, "image", report, context, "the logo was left out")
  if (image === null) return null
  let alt = report.text(value, "alt")
  if (alt === null) {
    report.warn("alt", `is missing; the logo is described as "${showName}", the show's name`)
    alt = showName
  }
  return { image, alt, width: readPixels(value, "width", report), height: readPixels(value, "height", report) }
}

/** How a link without a label or a known platform is labelled: its host (`openinfra.dev`), or its path on the site. */
function addressLabel(url: string): string {
  if (url.startsWith("/")) return url
  try {
    return new URL(url).hostname.replace(/^www\./, "")
  } catch {
    return url
  }
}

/**
 * `hero.links`: a list of `{ platform, url, label }`, or of bare addresses. A link without a usable
 * `url` is left out; the platform comes from `platform`, else from the address; the label from
 * `label`, else from the platform.
 */
function readShowLinks(hero: Fields, context: NormalizeContext, problems: Problem[]): ShowLink[] {
  const value = hero.links
  if (isEmpty(value)) return []
  if (!Array.isArray(value)) {
    problems.push(problemAt("warning", context, ["hero", "links"], "hero: links is not a list; no link was read"))
    return []
  }
  const links: ShowLink[] = []
  value.forEach((raw: unknown, index) => {
    const number = index + 1
    if (isEmpty(raw)) return
    const item: Fields | null = typeof raw === "string" ? { url: raw } : isFields(raw) ? raw : null
    if (item === null) {
      problems.push(
        problemAt("warning", context, ["hero", "links", index], `hero link ${number} is not a group of fields (platform, url, label); it was skipped`),
      )
      return
    }
    const named = isWrongKind(item.label) ? null : cleanLine(item.label)
    const report = new FieldProblems(problems, context, ["hero", "links", index], `hero link ${number}${named === null ? "" : ` "${named}"`}`)
    const written = report.text(item, "url")
    if (written === null) {
      report.warn("url", "is missing; the link was left out")
      return
    }
    const result = siteLinkUrl(written, context.file)
    if (!result.ok) {
      // A bare address is the item itself: its problem is placed at the item.
      if (typeof raw === "string")
        problems.push(problemAt("warning", context, ["hero", "links", index], `hero link ${number}: ${result.reason}; the link was left out`))
      else report.warn("url", `${result.reason}; the link was left out`)
      return
    }
    const fromUrl = platformOfUrl(result.url)
    let platform: ShowLinkPlatform = fromUrl
    const word = report.text(item, "platform")
    if (word !== null) {
      const read = readPlatform(word)
      if (read === null) {
        const known = SHOW_LINK_PLATFORMS.join(", ")
        report.warn("platform", `"${word}" is not a platform the theme knows (${known}); it was read from the address, as ${fromUrl}`)
      } else {
        platform = read
      }
    }
    let label = report.text(item, "label")
    if (label === null && platform !== "other") label = DEFAULT_SHOW_LINK_LABELS[platform]
    if (label === null) {
      label = addressLabel(result.url)
      report.warn("label", `is missing, and the link is on no platform the theme knows; it is labelled "${label}"`)
    }
    links.push({ platform, label, url: result.url })
  })
  return links
}

function readHero(fields: Fields, report: FieldProblems, context: NormalizeContext, problems: Problem[], seo: Seo): Hero {
  const title = report.text(fields, "title")
  const description = report.html(fields, "description")
  // The logo's alt falls back on the show's name, which the hero's title may give.
  const showName = showTitle({ seo, hero: { title, description, logo: null, links: [], newsletter: null } })
  const logo = readLogo(fields, context, problems, showName)
  const newsletter = report.html(fields, "newsletter")
  return { title, description, logo, newsletter, links: readShowLinks(fields, context, problems) }
}

function readCallToAction(fields: Fields, report: FieldProblems, context: NormalizeContext): CallToAction {
  const display = report.switch(fields, "display", true, (shown) => (shown ? "the call to action is shown" : "the call to action is hidden"))
  const buttonText = report.text(fields, "buttonText")
  const button = report.url(fields, "button", (raw) => siteLinkUrl(raw, context.file))
  if (buttonText !== null && button === null && isEmpty(fields.button)) {
    report.warn("buttonText", `"${buttonText}" has no button link (button) to go with it; the call to action shows no button`)
  }
  return { title: report.text(fields, "title"), text: report.html(fields, "text"), buttonText, button, display }
}

function readFooter(fields: Fields, report: FieldProblems, context: NormalizeContext): Footer {
  const display = report.switch(fields, "display", true, (shown) => (shown ? "the footer is shown" : "the footer is hidden"))
  return {
    title: report.text(fields, "title"),
    subTitle: report.text(fields, "subTitle"),
    buttonText: report.text(fields, "buttonText"),
    button: report.url(fields, "button", (raw) => siteLinkUrl(raw, context.file)),
    display,
  }
}

/** A section of the frontmatter (`seo`, `hero`, `footer`) as a map; anything else is reported. */
function section(frontmatter: Fields, key: string, problems: Problem[], context: NormalizeContext): Fields {
  const value = frontmatter[key]
  if (value === undefined || value === null) return {}
  if (isFields(value)) return value
  problems.push(problemAt("warning", context, [key], `${key} is not a group of fields; it was ignored`))
  return {}
}

function isDraft(fields: Fields, report: FieldProblems): boolean {
  // A word that says neither keeps the episode out: publishing what an editor may have meant as a draft cannot be undone.
  return report.switch(fields, "hidden", false, (draft) => (draft ? "the episode is a draft, left out" : "the episode is published"), {
    value: true,
    why: "to be safe",
  })
}

/** The file name of a generated invite, in the episode's folder: /live/2021-07-22-kata-containers/invite.ics. */
export const INVITE_FILE = "invite.ics"

interface EpisodeDraft extends Omit<UnlinkedEpisode, "slug" | "path" | "descriptionText" | "inviteGenerated" | "uid" | "chapters"> {
  baseSlug: string
  /** True when the `slug` field set it: it keeps its slug, and others make way. */
  pinned: boolean
}

function readYouTube(fields: Fields, report: FieldProblems): Pick<EpisodeRecord, "youtube"> & { link: string | null } {
  const embed = report.text(fields, "youtubeEmbed", { multiline: true })
  const link = report.text(fields, "youtubeLink")
  const embedId = embed === null ? null : parseYouTubeId(embed)
  if (embed !== null && embedId === null) report.warn("youtubeEmbed", `"${embed}" is not a YouTube video; it was dropped`)
  const linkId = link === null ? null : parseYouTubeId(link)
  if (embedId !== null && linkId !== null && embedId !== linkId) {
    report.warn("youtubeLink", `points to video ${linkId} but youtubeEmbed to ${embedId}; the player shows ${embedId}`)
  }
  const id = embedId ?? linkId
  // A channel or playlist link is still a link, if it is http(s).
  const linkUrl = linkId !== null ? youtubeVideo(linkId).watchUrl : report.url(fields, "youtubeLink", httpUrl)
  return { youtube: id === null ? null : youtubeVideo(id), link: linkUrl ?? (id === null ? null : youtubeVideo(id).watchUrl) }
}

/**
 * Why a pinned slug cannot be an episode's: the show's folders of other pages (`page/2/`, `people/`,
 * `topics/`) and its year pages (`2024/`) are under the same path. Null when it can be.
 */
function reservedSlug(slug: string): string | null {
  if (slug === "page" || (CATALOG_FOLDERS as readonly string[]).includes(slug)) return `the folder of the show's ${slug === "page" ? "archive" : slug} pages`
  return /^\d{4}$/.test(slug) ? "a year, whose page is at that address" : null
}

function readEpisode(
  fields: Fields,
  number: number,
  context: NormalizeContext,
  problems: Problem[],
  showTitle: string,
  date: DateResult,
): EpisodeDraft | "draft" | null {
  const rawTitle = isWrongKind(fields.episodeTitle) ? null : cleanLine(fields.episodeTitle)
  const day = date.ok ? ` (${plainDate(date.iso)})` : ""
  const report = new FieldProblems(problems, context, ["episodes", number - 1], `episode ${number} "${rawTitle ?? "untitled"}"${day}`)
  if (isDraft(fields, report)) return "draft"

  const title = report.text(fields, "episodeTitle")
  if (!date.ok) {
    report.error("date", `${date.reason}. An episode cannot be placed in the schedule without its date.`)
    return null
  }
  for (const note of date.notes) report[note.level === "info" ? "info" : "warn"]("date", note.text)
  if (title === null) report.warn("episodeTitle", `is missing; the episode is titled "${showTitle} – ${plainDate(date.iso)}"`)
  const episodeTitle = title ?? `${showTitle} – ${plainDate(date.iso)}`

  let speakersText: string | null
  if (Array.isArray(fields.episodeSpeakers)) {
    speakersText = cleanText(fields.episodeSpeakers.map((item) => cleanLine(item) ?? "").join("\n"))
  } else {
    speakersText = report.text(fields, "episodeSpeakers", { multiline: true })
  }

  const { youtube, link: youtubeLink } = readYouTube(fields, report)
  const links: EpisodeLinks = {
    youtube: youtubeLink,
    facebook: report.url(fields, LINK_FIELDS.facebook, httpUrl),
    linkedin: report.url(fields, LINK_FIELDS.linkedin, httpUrl),
    superuserRecap: report.url(fields, LINK_FIELDS.superuserRecap, httpUrl),
    spotify: report.url(fields, LINK_FIELDS.spotify, httpUrl),
    applePodcasts: report.url(fields, LINK_FIELDS.applePodcasts, httpUrl),
  }

  const instead = context.generateInvites === true ? ", and the episode gets a generated invite instead" : ""
  const calendarInvite = readSiteFile(fields, "calendarInvite", report, context, `it was dropped${instead}`)

  const slugField = report.text(fields, "slug")
  // In a slug the editor wrote, dashes, underscores and slashes separate words.
  const pinnedSlug = slugField === null ? "" : slugify(slugField.replace(/[-_/]+/g, " "))
  if (slugField !== null && pinnedSlug === "")
    report.warn("slug", `"${slugField}" has no letter or digit to make a URL of; the URL comes from the date and title`)
  else if (slugField !== null && pinnedSlug !== slugField)
    report.warn("slug", `"${slugField}" was read as "${pinnedSlug}" (lowercase letters, digits and dashes)`)
  const reserved = reservedSlug(pinnedSlug)
  if (reserved !== null) report.warn("slug", `"${pinnedSlug}" is ${reserved}; the URL comes from the date and title`)

  return {
    baseSlug: pinnedSlug !== "" && reserved === null ? pinnedSlug : episodeSlug(plainDate(date.iso), episodeTitle),
    pinned: pinnedSlug !== "" && reserved === null,
    number,
    title: episodeTitle,
    date: date.iso,
    start: date.start,
    dateOnly: date.dateOnly,
    showText: showParts(date.start, date.dateOnly, context.timeZone ?? "UTC"),
    utcText: utcParts(date.start, date.dateOnly),
    description: report.html(fields, "episodeDescription"),
    speakers: speakersText === null ? [] : parseSpeakers(speakersText, (text) => report.warn("episodeSpeakers", text)),
    speakersText,
    topicNames: readEpisodeTopics(fields, report),
    youtube,
    links,
    calendarInvite,
  }
}

/** The episode's `topics` (topics.ts: a list, or text with commas); what is not a topic is reported and dropped. */
function readEpisodeTopics(fields: Fields, report: FieldProblems): string[] {
  if (isFields(fields.topics)) {
    report.warn("topics", "is not a list of topics; it was dropped")
    return []
  }
  const { topics, dropped } = readTopics(fields.topics)
  for (const why of dropped) report.warn("topics", `has an item that is not a topic (${why}); it was dropped`)
  return topics
}

export function normalizeContent(frontmatter: unknown, context: NormalizeContext): NormalizedContent {
  const problems: Problem[] = []
  const fields = isFields(frontmatter) ? frontmatter : {}
  const seo = readSeo(section(fields, "seo", problems, context), new FieldProblems(problems, context, ["seo"], "seo"), context)
  const hero = readHero(section(fields, "hero", problems, context), new FieldProblems(problems, context, ["hero"], "hero"), context, problems, seo)
  const callToAction = readCallToAction(
    section(fields, "callToAction", problems, context),
    new FieldProblems(problems, context, ["callToAction"], "callToAction"),
    context,
  )
  const footer = readFooter(section(fields, "footer", problems, context), new FieldProblems(problems, context, ["footer"], "footer"), context)
  const page: ShowPageData = { path: resolveBasePath(context.basePath, seo.url), seo, hero, callToAction, footer }

  const rawEpisodes = fields.episodes ?? []
  if (!Array.isArray(rawEpisodes)) {
    problems.push(problemAt("warning", context, ["episodes"], "episodes is not a list; no episode was read"))
  }
  const list: unknown[] = Array.isArray(rawEpisodes) ? rawEpisodes : []
  // Each date is read once, here; everything after uses the reading. A Date is what YAML made of an
  // unquoted timestamp: it is read from the file's text for it, when known (see dates.ts).
  const dates = list.map((raw, index) =>
    isFields(raw) ? readEpisodeDate(raw.date, raw.date instanceof Date ? (context.locate?.text?.(["episodes", index, "date"]) ?? null) : null) : null,
  )
  const hints = dateHints(dates)
  // Identities from the same reading of each date (the episodes are copied, with their reading in place of the date).
  const identities = episodeIdentities(
    list.map((raw, index) => (isFields(raw) ? { ...raw, date: dates[index] } : raw)),
    (date) => {
      const reading = date as DateReading | UnreadableDate | null | undefined
      return reading?.ok === true ? reading : null
    },
  )
  const show = showTitle({ seo, hero })
  let drafts = 0
  const read: EpisodeDraft[] = []
  list.forEach((raw: unknown, index) => {
    const number = index + 1
    if (!isFields(raw)) {
      problems.push(problemAt("warning", context, ["episodes", index], `episode ${number} is not a group of fields; it was skipped`))
      return
    }
    // The hints only make the reason of an unreadable date: a suggestion in the year and at the time of the others.
    const reading = dates[index]!
    const date: DateResult = reading.ok ? reading : { ok: false, reason: unreadableDateReason(reading.value, hints(index)) }
    const episode = readEpisode(raw, number, context, problems, show, date)
    if (episode === "draft") drafts += 1
    else if (episode !== null) read.push(episode)
    const identity = identities[index]!
    if (episode !== "draft" && episode !== null && identity.problem !== null) {
      problems.push(problemAt("warning", context, ["episodes", index, "id"], `${episodeLabel(episode)}: id ${identity.problem}`))
    }
  })

  read.sort(byStart)
  const slugs = uniqueSlugs(read.map((episode) => ({ slug: episode.baseSlug, pinned: episode.pinned })))
  const unlinked = read.map(({ baseSlug: _baseSlug, pinned: _pinned, ...episode }, index): UnlinkedEpisode => {
    const slug = slugs[index]!
    const folder = `${page.path}${slug}/`
    const generate = episode.calendarInvite === null && context.generateInvites === true
    const descriptionText = episode.description === null ? null : htmlToPlainText(episode.description, { keepLines: true })
    const { chapters, problems: chapterProblems } = readChapters(descriptionText)
    // At the episode's place in the file (its number), not in the order of dates.
    for (const problem of chapterProblems) {
      problems.push(
        problemAt("warning", context, ["episodes", episode.number - 1, "episodeDescription"], `${episodeLabel(episode)}: episodeDescription ${problem}`),
      )
    }
    return {
      ...episode,
      slug,
      path: context.episodePages === false ? null : servedPath(folder, context.trailingSlash ?? "always"),
      descriptionText,
      chapters,
      calendarInvite: generate ? `${folder}${INVITE_FILE}` : episode.calendarInvite,
      inviteGenerated: generate,
      // Every published episode has a readable date, so it has an identity.
      uid: identities[episode.number - 1]!.id!,
    }
  })
  const directory = readPeopleList(fields[PEOPLE_FIELD])
  const catalog = catalogShow(unlinked, directory.entries, {
    basePath: page.path,
    peoplePages: context.peoplePages ?? true,
    trailingSlash: context.trailingSlash ?? "always",
  })
  const byNumber = new Map(unlinked.map((episode) => [episode.number, episode]))
  for (const note of [...directory.notes, ...catalog.notes]) {
    const episode = note.episode === null ? undefined : byNumber.get(note.episode)
    problems.push(problemAt(note.level, context, note.path, episode === undefined ? note.text : `${episodeLabel(episode)}: ${note.text}`))
  }
  return { page, episodes: catalog.episodes, drafts, people: catalog.people, topics: catalog.topics, problems }
}

/**
 * What a date suggestion needs from the other episodes: the year of the
 * nearest readable date before the episode (or after it, for the first), and
 * the time of day most episodes start at.
 */
function dateHints(readings: ReadonlyArray<DateReading | UnreadableDate | null>): (index: number) => DateHints {
  const dates = readings.map((date) => (date?.ok === true ? date : null))
  const times = new Map<string, number>()
  for (const date of dates) if (date !== null && !date.dateOnly) times.set(date.iso.slice(11, 16), (times.get(date.iso.slice(11, 16)) ?? 0) + 1)
  const time = [...times.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null
  return (index) => {
    const near = [...dates.slice(0, index).reverse(), ...dates.slice(index + 1)].find((date) => date !== null)
    return { year: near ? Number(near.iso.slice(0, 4)) : null, time }
  }
}
