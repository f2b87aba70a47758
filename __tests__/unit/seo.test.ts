import { archivePageSeo, episodePageSeo, showPageSeo, type SeoContext } from "../../src/content/seo"
import { pageUrls } from "../../src/content/urls"
import { makeEpisode, makeShowPage } from "../helpers/episodes"

const FEEDS = { rss: "/live/rss.xml", jsonFeed: "/live/feed.json", calendar: "/live/calendar.ics" }
const context = (canonicalUrl: string | null, builtAt = "2021-06-01T00:00:00.000Z"): SeoContext => ({
  siteUrl: "https://openinfra.dev",
  canonicalUrl,
  feeds: FEEDS,
  builtAt: Date.parse(builtAt),
  airingWindowMinutes: 90,
  trailingSlash: "always",
})

describe("showPageSeo", () => {
  it("titles the page with the show, describes it with seo.description, and lists its episodes oldest first", () => {
    const page = makeShowPage()
    const later = makeEpisode({ slug: "later", path: "/live/later/", title: "Later", date: "2021-07-08T14:00:00.000Z" })
    const earlier = makeEpisode({ slug: "earlier", path: "/live/earlier/", title: "Earlier", date: "2021-07-01T14:00:00.000Z" })
    const seo = showPageSeo(page, [later, earlier], "https://openinfra.dev/img/social.png", context("https://openinfra.dev/live/"))
    expect(seo).toMatchObject({
      title: page.seo.title,
      description: page.seo.description,
      canonicalUrl: "https://openinfra.dev/live/",
      imageUrl: "https://openinfra.dev/img/social.png",
      imageWidth: null,
      imageHeight: null,
      imageAlt: null,
      ogType: "website",
      feeds: FEEDS,
      showTitle: page.seo.title,
    })
    expect(seo.jsonLd).toEqual([
      expect.objectContaining({
        "@type": "ItemList",
        url: "https://openinfra.dev/live/",
        itemListElement: [
          expect.objectContaining({ position: 1, name: "Earlier", url: "https://openinfra.dev/live/earlier/" }),
          expect.objectContaining({ position: 2, name: "Later", url: "https://openinfra.dev/live/later/" }),
        ],
      }),
    ])
  })

  it('falls back to the hero\'s title, then to "Live show", when the content has no seo.title', () => {
    const heroOnly = makeShowPage({ seo: { ...makeShowPage().seo, title: null } })
    expect(showPageSeo(heroOnly, [], null, context(null)).title).toBe(heroOnly.hero.title)
    const untitled = makeShowPage({ seo: { ...makeShowPage().seo, title: null }, hero: { ...makeShowPage().hero, title: null, description: null } })
    expect(showPageSeo(untitled, [], null, context(null)).title).toBe("Live show")
  })
})

describe("archivePageSeo", () => {
  it("says which page of past episodes it is, with no share image and no structured data", () => {
    const seo = archivePageSeo(makeShowPage(), { pageNumber: 2, pageCount: 5 }, context("https://openinfra.dev/live/page/2/"))
    expect(seo).toMatchObject({
      title: `Past episodes, page 2 of 5 · ${makeShowPage().seo.title}`,
      imageUrl: null,
      jsonLd: [],
      canonicalUrl: "https://openinfra.dev/live/page/2/",
    })
  })
})

describe("episodePageSeo", () => {
  it("titles the page with the episode and the show, describes it with its text, and shares its video's still", () => {
    const episode = makeEpisode({ descriptionText: `${"A long description. ".repeat(30)}` })
    const seo = episodePageSeo(makeShowPage(), episode, context("https://openinfra.dev/live/x/"))
    expect(seo.title).toBe(`${episode.title} · ${makeShowPage().seo.title}`)
    expect(seo.description!.length).toBeLessThanOrEqual(300)
    expect(seo.description).toMatch(/^A long description\. .*…$/)
    expect(seo).toMatchObject({ imageUrl: episode.youtube!.thumbnailUrl, ogType: "video.other" })
  })

  it("describes an episode still to come at build time as an Event, and a past one with a video as a VideoObject", () => {
    const episode = makeEpisode()
    expect(episodePageSeo(makeShowPage(), episode, context(null, "2021-06-01T00:00:00.000Z")).jsonLd[0]).toMatchObject({ "@type": "Event" })
    expect(episodePageSeo(makeShowPage(), episode, context(null, "2021-08-01T00:00:00.000Z")).jsonLd[0]).toMatchObject({ "@type": "VideoObject" })
  })

  it("is a plain website without a video", () => {
    expect(episodePageSeo(makeShowPage(), makeEpisode({ youtube: null }), context(null))).toMatchObject({
      ogType: "website",
      imageUrl: null,
      imageWidth: null,
      imageHeight: null,
      imageAlt: null,
    })
  })

  it("shares its own 1200×630 image, as an absolute URL with its size and text, first among the Event's images too", () => {
    const shareImage = { path: "/live/x/share-0123456789.jpg", width: 1200, height: 630, alt: "Title · Thursday, July 1, 2021 · 14:00 UTC · OpenInfra Live" }
    const episode = makeEpisode()
    const seo = episodePageSeo(makeShowPage(), episode, context("https://openinfra.dev/live/x/"), shareImage)
    expect(seo).toMatchObject({ imageUrl: "https://openinfra.dev/live/x/share-0123456789.jpg", imageWidth: 1200, imageHeight: 630, imageAlt: shareImage.alt })
    expect(seo.jsonLd[0]).toMatchObject({ "@type": "Event", image: ["https://openinfra.dev/live/x/share-0123456789.jpg", episode.youtube!.thumbnailUrl] })
    const noVideo = episodePageSeo(makeShowPage(), makeEpisode({ youtube: null }), context(null), shareImage)
    expect(noVideo).toMatchObject({ imageUrl: "https://openinfra.dev/live/x/share-0123456789.jpg", ogType: "website" })
    expect(noVideo.jsonLd[0]).toMatchObject({ image: ["https://openinfra.dev/live/x/share-0123456789.jpg"] })
    // Without the site's URL the image has no absolute URL: the page shares the video's still, whose size is known.
    const unknownSite = episodePageSeo(makeShowPage(), episode, { ...context(null), siteUrl: null }, shareImage)
    expect(unknownSite).toMatchObject({ imageUrl: episode.youtube!.thumbnailUrl, imageWidth: 480, imageHeight: 360, imageAlt: null })
  })
})

describe("pageUrls", () => {
  const base = { seoUrl: "https://openinfra.dev/live/", path: "/live/", image: "/img/social.png" }

  it("puts the page and its image under siteMetadata.siteUrl, else under the origin of seo.url", () => {
    expect(pageUrls({ ...base, siteMetadataUrl: "https://www.openinfra.dev/", pathPrefix: "" })).toEqual({
      siteUrl: "https://www.openinfra.dev",
      canonicalUrl: "https://www.openinfra.dev/live/",
      imageUrl: "https://www.openinfra.dev/img/social.png",
    })
    expect(pageUrls({ ...base, siteMetadataUrl: undefined, pathPrefix: "" }).canonicalUrl).toBe("https://openinfra.dev/live/")
    expect(pageUrls({ ...base, seoUrl: null, siteMetadataUrl: "", pathPrefix: "" })).toEqual({ siteUrl: null, canonicalUrl: null, imageUrl: null })
  })

  it("puts them under the path prefix of a --prefix-paths build", () => {
    expect(pageUrls({ ...base, siteMetadataUrl: "https://example.org", pathPrefix: "/community" })).toEqual({
      siteUrl: "https://example.org/community",
      canonicalUrl: "https://example.org/community/live/",
      imageUrl: "https://example.org/community/img/social.png",
    })
  })

  it("keeps a share image that is already a URL", () => {
    expect(
      pageUrls({ ...base, image: "https://cdn.example.org/social.png", siteMetadataUrl: "https://openinfra.dev", pathPrefix: "/community" }).imageUrl,
    ).toBe("https://cdn.example.org/social.png")
  })
})
