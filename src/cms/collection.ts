/**
 * The CMS collection for the show's file, for Decap CMS 3 and Netlify CMS 2.
 * `showCollection()` is the object for a manual `CMS.init({ config })`;
 * `collectionYaml()` (in src/cli/collection-yaml.ts) the same as YAML for config.yml.
 */
import { DEFAULTS, type ThemeOptions } from "../content/options"
import { PLATFORM_NAMES, SHOW_LINK_PLATFORMS } from "../utils/platforms"
import { TOPICS_WIDGET } from "./topics-field"

export interface CollectionOptions {
  /** The show's markdown file, from the site's root. Default: src/pages/openinfra-live/index.md. */
  file?: string
  /** The entry's name: the preview is registered under it. Default: the templateKey, openinfra-live. */
  name?: string
  /** What editors see. Default: OpenInfra Live. */
  label?: string
  /** The content's templateKey. Default: openinfra-live. */
  templateKey?: ThemeOptions["templateKey"]
  /**
   * A site with several shows: one entry per show file, each with its own name (registerOpenInfraLive's
   * `name` lists them) and label. `file`, `name` and `label` above are then left out.
   */
  shows?: ReadonlyArray<{ file: string; name: string; label?: string }>
}

type Field = Record<string, unknown> & { name: string; label: string; widget: string }

const optional = (name: string, label: string, widget: string, hint?: string, extra: Record<string, unknown> = {}): Field => ({
  label,
  name,
  widget,
  required: false,
  ...(hint === undefined ? {} : { hint }),
  ...extra,
})

const HTML_HINT = "HTML is allowed: links, <strong>, <em>, lists, <br />. A blank line starts a new paragraph."

const LINK = (name: string, label: string) => optional(name, label, "string", "A full link, starting with https://.")

/** The file collection of the show page, one entry: the show's markdown file. */
export function showCollection(options: CollectionOptions = {}): Record<string, unknown> {
  const templateKey = options.templateKey ?? DEFAULTS.templateKey
  const show = {
    label: options.label ?? "OpenInfra Live",
    name: options.name ?? templateKey,
    file: options.file ?? "src/pages/openinfra-live/index.md",
    fields: [
      { label: "Template key", name: "templateKey", widget: "hidden", default: templateKey },
      {
        label: "Search and sharing",
        name: "seo",
        widget: "object",
        collapsed: true,
        fields: [
          optional("title", "Title", "string", "The page's title in browser tabs, search results and shares."),
          optional("description", "Description", "text", "One or two sentences for search results and shares."),
          optional("url", "Page address", "string", "Such as https://openinfra.dev/live/. Its path is where the show page is built."),
          optional("image", "Share image", "image", "Shown when the page is shared (1200×630 works best)."),
          optional("twitterUsername", "X / Twitter account", "string", "Such as @OpenInfraDev."),
        ],
      },
      {
        label: "Hero",
        name: "hero",
        widget: "object",
        fields: [
          optional("title", "Title", "string", "The big heading at the top of the page."),
          optional("description", "Introduction", "text", HTML_HINT),
          {
            label: "Logo",
            name: "logo",
            widget: "object",
            required: false,
            collapsed: true,
            hint: "The show's logo, above the title. Leave the image empty for none.",
            fields: [
              optional("image", "Image", "image", "An SVG or PNG of the site (or a link to one, https://…).", { choose_url: true }),
              optional("alt", "What the logo says", "string", "For people who cannot see it, such as OpenInfra Live. Empty: the show's name."),
              optional("width", "Width (pixels)", "number", "The image's own size: the page keeps its place before it loads.", { value_type: "int", min: 1 }),
              optional("height", "Height (pixels)", "number", undefined, { value_type: "int", min: 1 }),
            ],
          },
          optional(
            "newsletter",
            "Newsletter line",
            "text",
            `A line under the introduction, such as where to subscribe for news of upcoming episodes. ${HTML_HINT}`,
          ),
          {
            label: "Where to listen and watch",
            name: "links",
            label_singular: "link",
            widget: "list",
            required: false,
            summary: "{{fields.url}}",
            hint: "Buttons under the introduction: the show on Spotify, Apple Podcasts, YouTube, LinkedIn…, in this order.",
            fields: [
              optional("platform", "Platform", "select", "Its icon and its words. Empty: recognised from the link.", {
                options: SHOW_LINK_PLATFORMS.map((platform) => ({ label: PLATFORM_NAMES[platform], value: platform })),
              }),
              { label: "Link", name: "url", widget: "string", hint: "A full link, starting with https://, or a page of the site (/newsletter/)." },
              optional("label", "Button text", "string", "Empty: the platform's own, such as Listen on Spotify."),
            ],
          },
        ],
      },
      {
        label: "Episodes",
        name: "episodes",
        label_singular: "episode",
        widget: "list",
        add_to_top: true,
        // `date`, not `fields.date`: both CMSs read an unquoted timestamp into a Date, and `fields.` hands the
        // filter that Date as JSON, in quotes, which it cannot read ("Invalid date"); the plain key hands it the
        // value itself, Date or text. The filter writes the editor's own zone (neither CMS can write UTC), so the
        // summary names its offset: "2021-07-22 09:00 UTC-05:00 · Kata Containers".
        summary: "{{date | date('YYYY-MM-DD HH:mm [UTC]Z')}} · {{fields.episodeTitle}}",
        fields: [
          optional(
            "id",
            "Id",
            "hidden",
            "Written when the episode is new, or when a save changes its start or its video; it keeps subscribers' calendar events the same when the episode is renamed or rescheduled. Never edit it.",
          ),
          optional("hidden", "Draft (not on the site)", "boolean", "Leave off to publish the episode with the next build.", { default: false }),
          {
            label: "Date and time (UTC)",
            name: "date",
            widget: "datetime",
            picker_utc: true,
            hint: "When the episode starts, in UTC: 14:00 UTC is 9:00 in Chicago in summer. A day without a time shows as that day only, and so does 00:00 UTC (how migrated episodes lost their time).",
          },
          { label: "Title", name: "episodeTitle", widget: "string" },
          optional("episodeDescription", "Description", "text", HTML_HINT),
          optional(
            "episodeSpeakers",
            "Speakers",
            "text",
            "One person per line, with an affiliation or role after a comma or in parentheses: Jane Doe, Acme Cloud — Jane Doe (Host). A label groups people: Participants: Ann Lee, Bo Chen.",
          ),
          optional(
            "topics",
            "Topics",
            TOPICS_WIDGET,
            "What the episode is about: type a topic, then Enter or a comma. The show's topics are offered as you type, and one written as another episode writes it takes that spelling. Each topic gets a page listing its episodes.",
          ),
          optional("youtubeEmbed", "YouTube video", "string", "Any YouTube link to the video, or its embed code: the player comes from it."),
          optional("youtubeLink", "YouTube link", "string", "Where the 'YouTube' link goes, if not to the video above."),
          LINK("facebookLink", "Facebook link"),
          LINK("linkedinLink", "LinkedIn link"),
          LINK("superuserRecap", "Superuser recap"),
          LINK("spotifyLink", "Spotify link"),
          LINK("applePodcastsLink", "Apple Podcasts link"),
          optional(
            "calendarInvite",
            "Calendar invite",
            "string",
            "A hand-made invite under static/invites/ (static/invites/episode.ics) or a link. Leave empty: the site makes one.",
          ),
          optional(
            "slug",
            "Page address (slug)",
            "string",
            "Pins the episode page's address, such as kata-containers-2025. Leave empty to make it from the date and title.",
          ),
        ],
      },
      {
        label: "Call to action",
        name: "callToAction",
        widget: "object",
        collapsed: true,
        required: false,
        hint: "A box between the upcoming and the past episodes, such as a call for episode ideas.",
        fields: [
          optional("title", "Title", "string", "Such as: Have an idea for an episode?"),
          optional("text", "Text", "text", HTML_HINT),
          optional("buttonText", "Button text", "string", "Such as: Share now."),
          optional("button", "Button link", "string", "A link (https://…) or a page of the site (/ideas/)."),
          optional("display", "Show the call to action", "boolean", undefined, { default: true }),
        ],
      },
      {
        label: "Join footer",
        name: "footer",
        widget: "object",
        collapsed: true,
        fields: [
          optional("title", "Title", "string"),
          optional("subTitle", "Subtitle", "string"),
          optional("buttonText", "Button text", "string"),
          optional("button", "Button link", "string", "A link (https://…) or a page of the site (/join/)."),
          optional("display", "Show the footer", "boolean", undefined, { default: true }),
        ],
      },
      {
        label: "People",
        name: "showPeople",
        label_singular: "person",
        widget: "list",
        required: false,
        collapsed: true,
        summary: "{{fields.name}}",
        hint: "Only where the speakers' names need help: a preferred name, other spellings of the same person, or a link to their own page. Everyone named in the episodes gets a page without being listed here.",
        fields: [
          { label: "Name", name: "name", widget: "string", hint: "The name their page is titled with." },
          optional("aliases", "Other spellings", "list", "Other ways the episodes write this person's name, separated by commas: Kendall Kelson."),
          optional("url", "Their own page", "string", "A full link, starting with https://: their profile or site."),
        ],
      },
    ],
  }
  if (options.shows === undefined || options.shows.length === 0) return { name: "openinfra-live-pages", label: "Show pages", files: [show] }
  return {
    name: "openinfra-live-pages",
    label: "Show pages",
    files: options.shows.map((entry) => ({ ...show, file: entry.file, name: entry.name, label: entry.label ?? entry.name })),
  }
}
