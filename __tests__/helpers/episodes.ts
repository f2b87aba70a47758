import type { EpisodeRecord, ShowPageData } from "../../src/types"
import { utcParts } from "../../src/utils/format-date"

/** An episode as the page query returns it; override any field (`start` follows `date`, and `showText` (in UTC) and `utcText` both and `dateOnly`). */
export function makeEpisode(overrides: Partial<EpisodeRecord> = {}): EpisodeRecord {
  const episode: Omit<EpisodeRecord, "utcText" | "showText" | "start"> = {
    uid: "yt-pHHCIGkpNzs",
    slug: "2021-07-01-building-the-intelligent-edge",
    path: "/live/2021-07-01-building-the-intelligent-edge/",
    number: 4,
    title: "Building the Intelligent Edge with Open Source Technologies",
    date: "2021-07-01T14:00:00.000Z",
    dateOnly: false,
    description: 'Ildiko Vancsa will host <a href="https://openinfra.dev/">Mark Collier</a>.',
    descriptionText: "Ildiko Vancsa will host Mark Collier.",
    speakers: [
      { name: "Paul Miller", affiliation: "Wind River", role: null, path: "/live/people/paul-miller/" },
      { name: "Mark Collier", affiliation: null, role: null, path: "/live/people/mark-collier/" },
    ],
    speakersText: "Paul Miller (Wind River), Mark Collier",
    youtube: {
      id: "pHHCIGkpNzs",
      watchUrl: "https://www.youtube.com/watch?v=pHHCIGkpNzs",
      embedUrl: "https://www.youtube-nocookie.com/embed/pHHCIGkpNzs",
      thumbnailUrl: "https://i.ytimg.com/vi/pHHCIGkpNzs/hqdefault.jpg",
      thumbnail: {
        src: "/live/thumbnails/pHHCIGkpNzs-hqdefault.jpg",
        srcSet: "/live/thumbnails/pHHCIGkpNzs-hqdefault.jpg 480w, /live/thumbnails/pHHCIGkpNzs-sddefault.jpg 640w",
        webpSrcSet: "/live/thumbnails/pHHCIGkpNzs-hqdefault.webp 480w, /live/thumbnails/pHHCIGkpNzs-sddefault.webp 640w",
        width: 480,
        height: 360,
      },
    },
    links: {
      youtube: "https://www.youtube.com/watch?v=pHHCIGkpNzs",
      facebook: "https://www.facebook.com/104139126308032/posts/4096084423780129/",
      linkedin: null,
      superuserRecap: null,
      spotify: null,
      applePodcasts: null,
    },
    calendarInvite: "/invites/openinfralive-july1.ics",
    inviteGenerated: false,
    chapters: [],
    topics: [],
    ...overrides,
  }
  const start = overrides.start ?? Date.parse(episode.date)
  return { start, showText: utcParts(start, episode.dateOnly), utcText: utcParts(start, episode.dateOnly), ...episode }
}

/** A show page's data as the page query returns it (without its episodes). */
export function makeShowPage(overrides: Partial<ShowPageData> = {}): ShowPageData {
  return {
    path: "/live/",
    seo: {
      title: "OpenInfra Live",
      description: "Conversations",
      url: "https://openinfra.dev/live/",
      image: "/img/social.png",
      twitterUsername: "@OpenInfraDev",
    },
    hero: {
      title: "Conversations around all things open infrastructure",
      description: "Airing <strong>Thursdays</strong>",
      logo: null,
      links: [],
      newsletter: null,
    },
    callToAction: { title: null, text: null, buttonText: null, button: null, display: true },
    footer: { title: "Get involved", subTitle: "Join the foundation.", buttonText: "JOIN", button: "https://openinfra.dev/join/", display: true },
    ...overrides,
  }
}
