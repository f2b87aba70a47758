/**
 * The GraphQL types the theme declares. Explicit and `@dontInfer`, so that
 * queries work with zero episodes and with fields no episode has yet.
 */

export const PAGE_TYPE = "OpenInfraLivePage"
export const EPISODE_TYPE = "OpenInfraLiveEpisode"

export const typeDefs = /* GraphQL */ `
  """One show page, made from one content file."""
  type ${PAGE_TYPE} implements Node @dontInfer {
    """The page's path on the site, such as /live/."""
    path: String!
    """The content file, relative to the site."""
    file: String!
    seo: OpenInfraLiveSeo!
    hero: OpenInfraLiveHero!
    """The call to action between the upcoming and the past episodes."""
    callToAction: OpenInfraLiveCallToAction!
    footer: OpenInfraLiveFooter!
    """Published episodes, oldest first."""
    episodes: [${EPISODE_TYPE}!]! @link(from: "episodeIds")
    """The people the speakers name, sorted by name (organisations and labels listed as speakers are not people)."""
    people: [OpenInfraLivePerson!]!
    """The topics of the episodes, sorted by name."""
    topics: [OpenInfraLiveTopic!]!
  }

  type OpenInfraLiveSeo @dontInfer {
    title: String
    description: String
    url: String
    image: String
    twitterUsername: String
  }

  type OpenInfraLiveHero @dontInfer {
    title: String
    """Sanitized HTML."""
    description: String
    """The show's logo, above the title; null when there is none."""
    logo: OpenInfraLiveLogo
    """Where else to listen, watch or follow the show, in the content's order."""
    links: [OpenInfraLiveShowLink!]!
    """Sanitized HTML: a line under the description, such as where to subscribe to news of upcoming episodes."""
    newsletter: String
  }

  type OpenInfraLiveLogo @dontInfer {
    """A site path (/img/live-logo.svg) or an http(s) URL."""
    image: String!
    """What the logo says: the content's alt, else the show's name."""
    alt: String!
    """The logo's size in pixels, when the content gives it."""
    width: Int
    height: Int
  }

  type OpenInfraLiveShowLink @dontInfer {
    """spotify, applePodcasts, youtube, linkedin, facebook, x, rss or other."""
    platform: String!
    """The link's text: the content's label, else the platform's ("Listen on Spotify")."""
    label: String!
    """An http(s) URL or a site path."""
    url: String!
  }

  type OpenInfraLiveCallToAction @dontInfer {
    title: String
    """Sanitized HTML."""
    text: String
    buttonText: String
    """The button's link: an http(s) URL or a site path."""
    button: String
    """False only when the content says display: false."""
    display: Boolean!
  }

  type OpenInfraLiveFooter @dontInfer {
    title: String
    subTitle: String
    buttonText: String
    """The button's link: an http(s) URL or a site path."""
    button: String
    """False only when the content says display: false."""
    display: Boolean!
  }

  """One published episode (drafts, hidden: true, have no node)."""
  type ${EPISODE_TYPE} implements Node @dontInfer {
    page: ${PAGE_TYPE}! @link(from: "pageId")
    """Stable identity (calendar UIDs): the content's id, else yt-<video id>, else the start (d-20210722t1400z)."""
    uid: String!
    """Unique within its page: the content's slug field, else date and title: 2021-07-22-kata-containers."""
    slug: String!
    """The episode's own page, /live/2021-07-22-kata-containers/; null when the episodePages option is false."""
    path: String
    """1-based position in the content file's episodes list."""
    number: Int!
    title: String!
    """Start time in UTC, to the minute; 00:00 UTC of the day when dateOnly."""
    date: Date! @dateformat
    """The same instant in milliseconds since 1970-01-01T00:00:00Z: what the order of episodes and the schedule use."""
    start: Float!
    """True when only the day is known (a bare date, or exactly midnight UTC): outputs then write the day alone, 2021-07-22."""
    dateOnly: Boolean!
    """The date in words, in the show's time zone (the timeZone option), as the static HTML shows it (the browser shows the viewer's own unless they choose the show's)."""
    showText: OpenInfraLiveDateText!
    """The date in words, in UTC."""
    utcText: OpenInfraLiveDateText!
    """Sanitized HTML."""
    description: String
    """The description as plain text, with its paragraphs as new lines."""
    descriptionText: String
    speakers: [OpenInfraLiveSpeaker!]!
    """The speakers as the editor wrote them."""
    speakersText: String
    youtube: OpenInfraLiveYouTube
    links: OpenInfraLiveLinks!
    """The URL the built site serves the invite at: the editor's (/invites/x.ics), else the generated /live/<slug>/invite.ics."""
    calendarInvite: String
    """True when calendarInvite is the theme's generated invite."""
    inviteGenerated: Boolean!
    """The video's chapters, from a list of timestamps in the description (00:00 Welcome); empty when there is none."""
    chapters: [OpenInfraLiveChapter!]!
    """The topics it is on, in the content's order."""
    topics: [OpenInfraLiveTopicLink!]!
  }

  type OpenInfraLiveTopicLink @dontInfer {
    """The show's spelling of the topic: Kata Containers."""
    name: String!
    """Its page: /live/topics/kata-containers/."""
    path: String!
  }

  """A person the show's speakers name, gathered across spellings (see the README's People)."""
  type OpenInfraLivePerson @dontInfer {
    """The name their page is titled with: the showPeople list's, else the spelling used most."""
    name: String!
    slug: String!
    """Their page, /live/people/jay-faulkner/; null when the peoplePages option is false."""
    path: String
    """Their own page, from the showPeople list."""
    url: String
    """Every spelling the content has, most used first."""
    spellings: [String!]!
    """As the content gives them, most recent first."""
    affiliations: [String!]!
    roles: [String!]!
    """The slugs of their episodes, newest first."""
    episodeSlugs: [String!]!
  }

  """A topic of the show's episodes."""
  type OpenInfraLiveTopic @dontInfer {
    name: String!
    slug: String!
    """Its page: /live/topics/kata-containers/."""
    path: String!
    """The slugs of its episodes, newest first."""
    episodeSlugs: [String!]!
  }

  type OpenInfraLiveChapter @dontInfer {
    """Where it starts, in seconds from the beginning of the video."""
    start: Int!
    title: String!
  }

  type OpenInfraLiveDateText @dontInfer {
    """Thursday, July 22, 2021"""
    day: String!
    """14:00 UTC, 9:00 CDT; null when only the day is known."""
    time: String
  }

  type OpenInfraLiveSpeaker @dontInfer {
    name: String!
    affiliation: String
    role: String
    """The person's page, /live/people/jay-faulkner/; null for an organisation or a label, or without people pages."""
    path: String
  }

  type OpenInfraLiveYouTube @dontInfer {
    id: String!
    watchUrl: String!
    """On the privacy-enhanced youtube-nocookie.com host."""
    embedUrl: String!
    """YouTube's own still (i.ytimg.com), for feeds and structured data."""
    thumbnailUrl: String!
    """What the cards show: served by the site (thumbnails: "local") or by YouTube; null when it could not be downloaded."""
    thumbnail: OpenInfraLiveThumbnail
  }

  type OpenInfraLiveThumbnail @dontInfer {
    src: String!
    srcSet: String!
    webpSrcSet: String
    width: Int!
    height: Int!
  }

  type OpenInfraLiveLinks @dontInfer {
    youtube: String
    facebook: String
    linkedin: String
    superuserRecap: String
    spotify: String
    applePodcasts: String
  }
`
