/**
 * The data model shared by the content modules (src/content: the build, the `check` command and the
 * CMS preview), the build (src/build) and the components.
 * It mirrors the GraphQL types declared in src/build/schema.ts: a component
 * that is handed query results gets exactly these shapes.
 */
import type { ShowLinkPlatform } from "./utils/platforms"

export type { ShowLinkPlatform } from "./utils/platforms"

export interface Speaker {
  /** The person's (or organisation's) name, trimmed. */
  name: string
  /** Text found in parentheses or after a dash: "Jane Doe (Red Hat)". */
  affiliation: string | null
  /** The label of the group the name was listed under: "Host", "Participants". */
  role: string | null
  /**
   * The person's page, `/live/people/jay-faulkner/`: null for a name read as an organisation or a label
   * ("Canonical"), and when the theme makes no people pages (the `peoplePages` option).
   */
  path: string | null
}

/** A topic an episode is on, as its `topics` list names it (the show's spelling of it): its page is at `path`. */
export interface TopicLink {
  /** "Kata Containers" */
  name: string
  /** `/live/topics/kata-containers/` */
  path: string
}

/** A video's still, in the sizes the build has (see src/content/thumbnails.ts). */
export interface Thumbnail {
  /** The smallest JPEG: what a browser that picks nothing else shows. */
  src: string
  /** The JPEGs: `/live/thumbnails/ID-hqdefault.jpg 480w, /live/thumbnails/ID-sddefault.jpg 640w`. */
  srcSet: string
  /** The same in WebP, or null when there is none. */
  webpSrcSet: string | null
  /** Of `src`: the box the image keeps before it loads. */
  width: number
  height: number
}

export interface YouTubeVideo {
  /** The 11-character video id. */
  id: string
  /** https://www.youtube.com/watch?v=ID */
  watchUrl: string
  /** https://www.youtube-nocookie.com/embed/ID (the privacy-enhanced host). */
  embedUrl: string
  /** https://i.ytimg.com/vi/ID/hqdefault.jpg (480×360): for feeds and structured data, which crawlers read. */
  thumbnailUrl: string
  /**
   * What the cards show: served by the site itself (the `thumbnails: "local"` default), or from
   * YouTube's host (`"youtube"`); null when the build could not download it (the card shows a placeholder).
   */
  thumbnail: Thumbnail | null
}

/** A date in words, in a zone: "Thursday, July 22, 2021" and "14:00 UTC" (or "9:00 CDT"). */
export interface DateText {
  day: string
  /** Null when only the day is known (`dateOnly`). */
  time: string | null
}

/** A chapter of an episode's video, read from its description (src/content/chapters.ts). */
export interface Chapter {
  /** Where it starts, in seconds from the beginning of the video. */
  start: number
  /** Its title, as the description gives it: "Kata roadmap". */
  title: string
}

export interface EpisodeLinks {
  youtube: string | null
  facebook: string | null
  linkedin: string | null
  superuserRecap: string | null
  spotify: string | null
  applePodcasts: string | null
}

/**
 * An episode as the theme's pages receive it: the fields of the GraphQL type OpenInfraLiveEpisode that
 * the `OpenInfraLiveEpisodeFields` fragment fetches (src/build/queries.ts), no more; a unit test holds
 * the two to each other. What only the build's outputs use is in EpisodeRecord.
 */
export interface Episode {
  /**
   * Unique within its show page: the `slug` field when the content pins one, else
   * `2021-07-22-kata-containers` from the date and title.
   */
  slug: string
  /** The episode's own page, `/live/2021-07-22-kata-containers/`; null when the theme makes no episode pages. */
  path: string | null
  /** 1-based position of the episode in the content file's `episodes` list. */
  number: number
  title: string
  /**
   * ISO 8601 in UTC, to the minute: `2021-07-22T14:00:00.000Z`. A day without a time (`dateOnly`)
   * is at 00:00 UTC of its day, the moment it is ordered by; outputs write it as the day alone
   * (`2021-07-22`: see `machineDate` in src/utils/episode-time.ts).
   */
  date: string
  /**
   * `date` as a number, milliseconds since 1970-01-01T00:00:00Z, from the same one reading of the
   * content: what the order of episodes and the schedule are computed with (nothing reads `date` again).
   */
  start: number
  /**
   * True when the content gives a day but no time of day (a bare date, or
   * exactly midnight UTC, which is how migrated episodes lost their time).
   * Such dates are shown as a day only, always in UTC, and written as the day
   * alone wherever an output can say so (`<time datetime="2021-07-22">`, the
   * calendars' `VALUE=DATE`, the structured data's `startDate`).
   */
  dateOnly: boolean
  /**
   * `date` in words, in the show's time zone (the `timeZone` option), made at build time: what the
   * static HTML shows, and what the page shows when the viewer picks the show's zone; the browser
   * replaces it with the viewer's own date and time otherwise (so the browser carries no month names).
   */
  showText: DateText
  /** Sanitized HTML, or null. */
  description: string | null
  speakers: Speaker[]
  youtube: YouTubeVideo | null
  links: EpisodeLinks
  /**
   * The URL the built site serves the invite at: the editor's (`/invites/x.ics`, or an
   * absolute http(s) URL), else the theme's generated one (`/live/<slug>/invite.ics`).
   */
  calendarInvite: string | null
  /** True when `calendarInvite` is the theme's generated invite. */
  inviteGenerated: boolean
  /**
   * The video's chapters, from a YouTube-style list of timestamps in the description (`00:00 Welcome`,
   * `12:34 Kata roadmap`), in order: empty when there is none, or when the list breaks one of YouTube's
   * rules (first at 0:00, at least 3, in order, 10 seconds or more each: the build warns then).
   */
  chapters: Chapter[]
  /** The topics it is on (its `topics` list), in the content's order; empty when it has none. */
  topics: TopicLink[]
}

/**
 * An episode as the build makes it (src/content/normalize.ts): what the pages get, and what only the
 * calendars, feeds and structured data use. All are fields of OpenInfraLiveEpisode; a site's own
 * query can fetch them.
 */
export interface EpisodeRecord extends Episode {
  /**
   * The episode's stable identity (calendar UIDs are made from it): its `id` field, else
   * `yt-<video id>`, else its start (`d-20210722t1400z`). Renaming never changes it; nor does
   * rescheduling, once the episode has an `id` (the CMS gives it one when it first saves it).
   */
  uid: string
  /** The description as plain text (paragraphs and line breaks kept as new lines), or null. */
  descriptionText: string | null
  /** The speakers as the editor wrote them, trimmed (null when empty). */
  speakersText: string | null
  /** `date` in words, in UTC: "Thursday, July 22, 2021" and "14:00 UTC" (time null when only the day is known). */
  utcText: DateText
}

export interface Seo {
  title: string | null
  description: string | null
  url: string | null
  image: string | null
  twitterUsername: string | null
}

/**
 * The show's logo, shown above the hero's title. In the content (`hero.logo`):
 *   logo:
 *     image: /img/openinfra-live-logo.svg   # a file of the site's static/ folder, or an http(s) URL
 *     alt: OpenInfra Live                   # what the logo says; default: the show's name
 *     width: 320                            # its size in pixels (optional): the page keeps the logo's
 *     height: 96                            #   place before it loads
 */
export interface Logo {
  /** Where the site serves it (a site path, `/img/live-logo.svg`) or an http(s) URL. */
  image: string
  /** What the logo says, for those who do not see it: the content's `alt`, else the show's name. */
  alt: string
  /** Its intrinsic size in pixels, or null when the content does not give it. */
  width: number | null
  height: number | null
}

/**
 * A link to the show on a platform (its podcast, its channel, its page), in the hero. In the content,
 * a list (`hero.links`), in the order to show them:
 *   links:
 *     - platform: spotify                   # optional: recognised from the address when left out
 *       url: https://open.spotify.com/show/033KWnXq6Njhy1dRqs6Zx7
 *     - url: https://youtube.com/c/OpenStackFoundation
 *       label: Watch Live on YouTube        # optional: "Watch on YouTube" by default
 * Platforms: spotify, applePodcasts, youtube, linkedin, facebook, x, rss, other (src/utils/platforms.ts).
 */
export interface ShowLink {
  /** The platform it is on (its icon): the content's `platform`, else recognised from `url`, else "other". */
  platform: ShowLinkPlatform
  /** The link's text, its accessible name: the content's `label`, else the platform's ("Listen on Spotify"). */
  label: string
  /** An http(s) URL, or a site path. */
  url: string
}

export interface Hero {
  title: string | null
  /** Sanitized HTML, or null. */
  description: string | null
  /** The show's logo, or null. */
  logo: Logo | null
  /** Where else to listen, watch or follow the show; empty when the content has none. */
  links: ShowLink[]
  /**
   * Sanitized HTML, or null: a line under the description, such as
   * `Subscribe to the <a href="/newsletter/">OpenInfra newsletter</a> to hear about upcoming episodes.`
   */
  newsletter: string | null
}

/**
 * A call to action between the upcoming and the past episodes, such as a call for episode ideas.
 * In the content (`callToAction`), beside `footer`, with the same names for its button:
 *   callToAction:
 *     title: Have an idea for an episode?
 *     text: Share it with us! If it is selected, we will reach out to you.   # HTML allowed
 *     buttonText: Share now
 *     button: https://openinfrafoundation.formstack.com/forms/openinfralive  # or a page of the site
 *     display: true                                                         # false hides it
 */
export interface CallToAction {
  title: string | null
  /** Sanitized HTML, or null. */
  text: string | null
  buttonText: string | null
  /** The button's link: an http(s) URL or a site path; null shows no button. */
  button: string | null
  /** False only when the content says `display: false`. */
  display: boolean
}

export interface Footer {
  title: string | null
  subTitle: string | null
  buttonText: string | null
  /** The button's link: an http(s) URL or a site path. */
  button: string | null
  /** False only when the content says `display: false`. */
  display: boolean
}

export interface ShowPageData {
  /** The page's path on the site, with leading and trailing slashes: `/live/`. */
  path: string
  seo: Seo
  hero: Hero
  /** The call to action; shown when it has something to show and `display` is not false. */
  callToAction: CallToAction
  footer: Footer
}

/** Where a show's RSS feed, JSON feed and calendar are served (site paths), or null for those the options turn off. */
export interface FeedLinks {
  rss: string | null
  jsonFeed: string | null
  calendar: string | null
}

/** A schema.org object, for a <script type="application/ld+json">. */
export type JsonLd = Record<string, unknown>

/** What a page's <head> says: made at build time (src/content/seo.ts), handed to the SeoHead component. */
export interface PageSeo {
  /** The document's title: "Kata Containers · OpenInfra Live". */
  title: string
  /** Plain text, or null. */
  description: string | null
  /** Absolute URL of the page, or null when the site's URL is unknown. */
  canonicalUrl: string | null
  /** Absolute URL of the share image, or null. */
  imageUrl: string | null
  /** The share image's size in pixels (og:image:width and og:image:height), or null when unknown. */
  imageWidth: number | null
  imageHeight: number | null
  /** What the share image shows, for those who do not see it (og:image:alt), or null. */
  imageAlt: string | null
  twitterUsername: string | null
  /** Open Graph type: "video.other" for an episode page with a video. */
  ogType: "website" | "video.other" | "profile"
  /** Advertised with <link rel="alternate">; null advertises none. */
  feeds: FeedLinks | null
  /** The show's name, for the feeds' titles. */
  showTitle: string
  /** schema.org objects, each in its own <script type="application/ld+json">. */
  jsonLd: JsonLd[]
}
