/**
 * The show-level content: the hero's logo, newsletter line and links (hero.logo, hero.newsletter,
 * hero.links) and the call to action (callToAction). All optional; read as the build and the
 * `check` command read the file, every problem placed at its line and column.
 */
import { checkMarkdown } from "../../src/content/check"
import { normalizeContent, type NormalizeContext } from "../../src/content/normalize"
import { DEFAULT_SHOW_LINK_LABELS, platformOfUrl, readPlatform, SHOW_LINK_PLATFORMS } from "../../src/utils/platforms"

const FILE = "src/pages/openinfra-live/index.md"
const context: NormalizeContext = { file: FILE, basePath: null }
const STATIC = new Set(["img/live-logo.svg"])

/** A content file with `yaml` after its templateKey, checked as the build checks it (the site's static/ holds img/live-logo.svg). */
function check(yaml: string) {
  const result = checkMarkdown(`---\ntemplateKey: openinfra-live\n${yaml}---\n`, {
    ...context,
    templateKey: "openinfra-live",
    staticFileExists: (file) => STATIC.has(file),
  })
  return { page: result.content!.page, problems: result.problems.map(({ level, message, path }) => ({ level, message, path })) }
}

const NOTHING = {
  hero: { title: null, description: null, logo: null, links: [], newsletter: null },
  callToAction: { title: null, text: null, buttonText: null, button: null, display: true },
}

describe("the show-level fields", () => {
  it("reads them all, as the foundation's page has them", () => {
    const { page, problems } = check(`seo:
  title: OpenInfra Live
hero:
  title: Conversations around all things open infrastructure
  logo:
    image: /img/live-logo.svg
    alt: OpenInfra Live
    width: 320
    height: "80px"
  newsletter: Subscribe to the <a href="/newsletter/">OpenInfra newsletter</a> to hear more about upcoming episodes.
  links:
    - platform: spotify
      url: https://open.spotify.com/show/033KWnXq6Njhy1dRqs6Zx7
    - platform: Apple Podcasts
      url: //podcasts.apple.com/us/podcast/openinfra-live/id6788132895
    - url: https://youtube.com/c/OpenStackFoundation?sub_confirmation=1
      label: Watch Live on YouTube
    - https://www.linkedin.com/company/open-infrastructure-foundation/
    - platform: rss
      url: /live/rss.xml
callToAction:
  title: Have an idea for an episode of OpenInfra Live?
  text: If you have any topics you would like to propose, please <strong>share your ideas</strong> with us!
  buttonText: Share now
  button: //openinfrafoundation.formstack.com/forms/openinfralive
`)
    expect(problems).toEqual([])
    expect(page.hero).toEqual({
      title: "Conversations around all things open infrastructure",
      description: null,
      logo: { image: "/img/live-logo.svg", alt: "OpenInfra Live", width: 320, height: 80 },
      newsletter: 'Subscribe to the <a href="/newsletter/">OpenInfra newsletter</a> to hear more about upcoming episodes.',
      links: [
        { platform: "spotify", label: "Listen on Spotify", url: "https://open.spotify.com/show/033KWnXq6Njhy1dRqs6Zx7" },
        { platform: "applePodcasts", label: "Listen on Apple Podcasts", url: "https://podcasts.apple.com/us/podcast/openinfra-live/id6788132895" },
        { platform: "youtube", label: "Watch Live on YouTube", url: "https://youtube.com/c/OpenStackFoundation?sub_confirmation=1" },
        { platform: "linkedin", label: "Watch on LinkedIn", url: "https://www.linkedin.com/company/open-infrastructure-foundation/" },
        { platform: "rss", label: "Podcast RSS feed", url: "/live/rss.xml" },
      ],
    })
    expect(page.callToAction).toEqual({
      title: "Have an idea for an episode of OpenInfra Live?",
      text: "If you have any topics you would like to propose, please <strong>share your ideas</strong> with us!",
      buttonText: "Share now",
      button: "https://openinfrafoundation.formstack.com/forms/openinfralive",
      display: true,
    })
  })

  it("are all optional: a file without them has none, quietly", () => {
    const { page, problems } = check("hero:\n  title: null\n")
    expect(problems).toEqual([])
    expect({ hero: page.hero, callToAction: page.callToAction }).toEqual(NOTHING)
    const bare = normalizeContent({}, context)
    expect(bare.problems).toEqual([])
    expect({ hero: bare.page.hero, callToAction: bare.page.callToAction }).toEqual(NOTHING)
  })

  it("read null, blank and empty values as none, as the CMS writes cleared fields", () => {
    const nulls = check("hero:\n  logo: null\n  links: null\n  newsletter: null\ncallToAction: null\n")
    expect(nulls.problems).toEqual([])
    expect({ hero: nulls.page.hero, callToAction: nulls.page.callToAction }).toEqual(NOTHING)
    const cleared = check(`hero:
  logo: { image: "", alt: "", width: null, height: "" }
  links: []
  newsletter: "  "
callToAction: { title: "", text: "", buttonText: "", button: "", display: true }
`)
    expect(cleared.problems).toEqual([])
    expect({ hero: cleared.page.hero, callToAction: cleared.page.callToAction }).toEqual(NOTHING)
    // An empty item, as a list widget leaves one, is skipped quietly.
    expect(check("hero:\n  links:\n    -\n    - https://open.spotify.com/show/x\n").page.hero.links).toHaveLength(1)
  })

  it("drop a bad URL with a warning at its line and column that names the field, and keep the rest", () => {
    const { page, problems } = check(`hero:
  logo:
    image: javascript:alert(1)
    alt: Live
  links:
    - platform: spotify
      url: open.spotify.com/show/x
    - url: ftp://example.org/feed
    - url: https://podcasts.apple.com/us/podcast/x
callToAction:
  title: Ideas?
  button: "mailto:ideas@example.org"
`)
    expect(page.hero.logo).toBeNull()
    expect(page.hero.links).toEqual([{ platform: "applePodcasts", label: "Listen on Apple Podcasts", url: "https://podcasts.apple.com/us/podcast/x" }])
    expect(page.callToAction).toMatchObject({ title: "Ideas?", button: null })
    expect(problems).toEqual([
      {
        level: "warning",
        message: `${FILE}:5:5: hero logo: image "javascript:alert(1)" is neither a site path nor an http(s) URL; the logo was left out`,
        path: ["hero", "logo", "image"],
      },
      {
        level: "warning",
        message: `${FILE}:9:7: hero link 1: url "open.spotify.com/show/x" is not a URL (it needs https://); the link was left out`,
        path: ["hero", "links", 0, "url"],
      },
      {
        level: "warning",
        message: `${FILE}:10:7: hero link 2: url "ftp://example.org/feed" is a ftp: URL; only http(s) links are kept; the link was left out`,
        path: ["hero", "links", 1, "url"],
      },
      {
        level: "warning",
        message: `${FILE}:14:3: callToAction: button "mailto:ideas@example.org" is a mailto: URL; only http(s) links are kept; it was dropped`,
        path: ["callToAction", "button"],
      },
    ])
  })

  it("leave out a logo the site does not have, and say what it named", () => {
    const { page, problems } = check("hero:\n  logo:\n    image: static/img/missing.svg\n    alt: Live\n")
    expect(page.hero.logo).toBeNull()
    expect(problems).toEqual([
      {
        level: "warning",
        message: `${FILE}:5:5: hero logo: image "static/img/missing.svg" names static/img/missing.svg, which the site does not have; the logo was left out`,
        path: ["hero", "logo", "image"],
      },
    ])
    // The same file, written the ways editors write it, is the site's /img/live-logo.svg.
    for (const image of ["/img/live-logo.svg", "img/live-logo.svg", "/static/img/live-logo.svg", "https://cdn.example.org/logo.svg"]) {
      const logo = check(`hero:\n  logo:\n    image: ${image}\n    alt: Live\n`).page.hero.logo
      expect(logo?.image).toBe(image.startsWith("https:") ? image : "/img/live-logo.svg")
    }
  })

  it("describe a logo without alt by the show's name, and drop a size that is not whole pixels, with warnings", () => {
    const { page, problems } = check(`seo:
  title: OpenInfra Live
hero:
  logo:
    image: /img/live-logo.svg
    width: wide
    height: -80
`)
    expect(page.hero.logo).toEqual({ image: "/img/live-logo.svg", alt: "OpenInfra Live", width: null, height: null })
    expect(problems.map(({ message }) => message)).toEqual([
      `${FILE}:6:3: hero logo: alt is missing; the logo is described as "OpenInfra Live", the show's name`,
      `${FILE}:8:5: hero logo: width is "wide", not a size in pixels (a whole number from 1 to 10000); it was dropped`,
      `${FILE}:9:5: hero logo: height is -80, not a size in pixels (a whole number from 1 to 10000); it was dropped`,
    ])
    // The hero's title names the show when seo has no title.
    expect(check("hero:\n  title: My Show\n  logo: { image: /img/live-logo.svg }\n").page.hero.logo!.alt).toBe("My Show")
  })

  it("recognise the platform from the address, take any spelling of a known one, and say when a word is none", () => {
    const { page, problems } = check(`hero:
  links:
    - url: https://open.spotify.com/show/x
    - platform: TWITTER
      url: https://twitter.com/OpenInfraDev
    - platform: tiktok
      url: https://www.youtube.com/@OpenInfra
    - platform: mastodon
      url: https://social.example/@openinfra
    - url: https://www.openinfra.dev/podcast/
      label: The podcast page
`)
    expect(page.hero.links.map(({ platform, label }) => [platform, label])).toEqual([
      ["spotify", "Listen on Spotify"],
      ["x", "Follow on X"],
      ["youtube", "Watch on YouTube"],
      ["other", "social.example"],
      ["other", "The podcast page"],
    ])
    expect(problems.map(({ message, path }) => [message, path])).toEqual([
      [
        `${FILE}:8:7: hero link 3: platform "tiktok" is not a platform the theme knows (${SHOW_LINK_PLATFORMS.join(", ")}); it was read from the address, as youtube`,
        ["hero", "links", 2, "platform"],
      ],
      [
        `${FILE}:10:7: hero link 4: platform "mastodon" is not a platform the theme knows (${SHOW_LINK_PLATFORMS.join(", ")}); it was read from the address, as other`,
        ["hero", "links", 3, "platform"],
      ],
      [
        `${FILE}:10:7: hero link 4: label is missing, and the link is on no platform the theme knows; it is labelled "social.example"`,
        ["hero", "links", 3, "label"],
      ],
    ])
  })

  it("report groups and lists of the wrong kind, and skip what they cannot read", () => {
    const { page, problems } = check(`hero:
  logo: /img/live-logo.svg
  links:
    spotify: https://open.spotify.com/show/x
  newsletter: [a, list]
callToAction: Share your ideas
`)
    expect({ hero: page.hero, callToAction: page.callToAction }).toEqual(NOTHING)
    expect(problems.map(({ message }) => message)).toEqual([
      `${FILE}:4:3: hero: logo is not a group of fields (image, alt, width, height); it was ignored`,
      `${FILE}:7:3: hero: newsletter is not text; it was dropped`,
      `${FILE}:5:3: hero: links is not a list; no link was read`,
      `${FILE}:8:1: callToAction is not a group of fields; it was ignored`,
    ])
    const items = check("hero:\n  links:\n    - 42\n    - [a]\n    - { label: No address }\n    - www.spotify.com/show/x\n")
    expect(items.page.hero.links).toEqual([])
    expect(items.problems.map(({ message, path }) => [message, path])).toEqual([
      [`${FILE}:5:7: hero link 1 is not a group of fields (platform, url, label); it was skipped`, ["hero", "links", 0]],
      [`${FILE}:6:7: hero link 2 is not a group of fields (platform, url, label); it was skipped`, ["hero", "links", 1]],
      [`${FILE}:7:7: hero link 3 "No address": url is missing; the link was left out`, ["hero", "links", 2, "url"]],
      [`${FILE}:8:7: hero link 4: "www.spotify.com/show/x" is not a URL (it needs https://); the link was left out`, ["hero", "links", 3]],
    ])
  })

  it("sanitize the newsletter line and the call to action's text as the descriptions are, and say what was removed", () => {
    const { page, problems } = check(`hero:
  newsletter: Subscribe <a href="/newsletter/" onclick="x()">here</a><script>steal()</script>
callToAction:
  text: "<img src=x onerror=alert(1)>Share your <em>ideas</em>"
`)
    expect(page.hero.newsletter).toBe('Subscribe <a href="/newsletter/">here</a>')
    expect(page.callToAction.text).toBe("Share your <em>ideas</em>")
    expect(problems.map(({ message }) => message)).toEqual([
      `${FILE}:4:3: hero: newsletter contained HTML that is not allowed, which was removed: onclick attribute on <a>, <script>`,
      `${FILE}:6:3: callToAction: text contained HTML that is not allowed, which was removed: <img>`,
    ])
  })

  it("hide the call to action on display: false, read the words editors use for it, and say when its button has no link", () => {
    expect(check("callToAction:\n  title: Ideas?\n  display: false\n").page.callToAction.display).toBe(false)
    const { page, problems } = check("callToAction:\n  title: Ideas?\n  buttonText: Share now\n  display: off\n")
    expect(page.callToAction).toEqual({ title: "Ideas?", text: null, buttonText: "Share now", button: null, display: false })
    expect(problems.map(({ message }) => message)).toEqual([
      `${FILE}:6:3: callToAction: display is "off", not true or false; it was read as false: the call to action is hidden`,
      `${FILE}:5:3: callToAction: buttonText "Share now" has no button link (button) to go with it; the call to action shows no button`,
    ])
  })
})

describe("platforms", () => {
  it("are known by their hosts, and feeds by their addresses", () => {
    expect(platformOfUrl("https://open.spotify.com/show/x")).toBe("spotify")
    expect(platformOfUrl("https://podcasts.apple.com/us/podcast/x")).toBe("applePodcasts")
    expect(platformOfUrl("https://youtu.be/x")).toBe("youtube")
    expect(platformOfUrl("https://m.youtube.com/@x")).toBe("youtube")
    expect(platformOfUrl("https://www.linkedin.com/company/x/")).toBe("linkedin")
    expect(platformOfUrl("https://x.com/OpenInfraDev")).toBe("x")
    expect(platformOfUrl("https://www.facebook.com/x")).toBe("facebook")
    expect(platformOfUrl("https://example.org/podcast.rss")).toBe("rss")
    expect(platformOfUrl("/live/rss.xml")).toBe("rss")
    // A look-alike host is not the platform's.
    expect(platformOfUrl("https://notspotify.com/show/x")).toBe("other")
    expect(platformOfUrl("https://openinfra.dev/newsletter/")).toBe("other")
  })

  it("are read from the words editors write, and have a label each but other", () => {
    expect(["Spotify", "apple-podcasts", "applePodcasts", "Apple Podcasts", "YouTube", "LinkedIn", "X", "twitter", "RSS"].map(readPlatform)).toEqual([
      "spotify",
      "applePodcasts",
      "applePodcasts",
      "applePodcasts",
      "youtube",
      "linkedin",
      "x",
      "x",
      "rss",
    ])
    expect(readPlatform("tiktok")).toBeNull()
    expect(Object.keys(DEFAULT_SHOW_LINK_LABELS).sort()).toEqual(SHOW_LINK_PLATFORMS.filter((platform) => platform !== "other").sort())
  })
})
