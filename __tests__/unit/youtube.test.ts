/** YouTube videos found in any URL form and in pasted iframe tags. */
import { parseYouTubeId, youtubeVideo } from "../../src/content/youtube"

describe("parseYouTubeId", () => {
  it.each([
    "https://www.youtube.com/embed/pHHCIGkpNzs",
    "https://www.youtube.com/watch?v=pHHCIGkpNzs",
    "https://www.youtube.com/watch?feature=share&v=pHHCIGkpNzs&t=42s",
    "https://youtu.be/pHHCIGkpNzs?si=Xy3kq_8Gq0m1VZ",
    "https://www.youtube-nocookie.com/embed/pHHCIGkpNzs?autoplay=1",
    "//www.youtube.com/embed/pHHCIGkpNzs",
    "youtube.com/watch?v=pHHCIGkpNzs",
    "https://m.youtube.com/watch?v=pHHCIGkpNzs",
    "https://www.youtube.com/live/pHHCIGkpNzs?si=abc",
    "https://www.youtube.com/shorts/pHHCIGkpNzs",
    '<iframe width="560" height="315" src="https://www.youtube.com/embed/pHHCIGkpNzs?si=AbCd" title="YouTube video player" allowfullscreen></iframe>',
    "src='https://www.youtube.com/embed/pHHCIGkpNzs'",
    // A URL followed by the rest of a pasted iframe tag.
    'https://www.youtube.com/embed/pHHCIGkpNzs" title="YouTube video player',
    'https://www.youtube.com/embed/pHHCIGkpNzs?si=R2d2C3po" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay" allowfullscreen></iframe>',
    "https://youtu.be/pHHCIGkpNzs' width='560'",
    "https://www.youtube.com/watch?v=pHHCIGkpNzs>",
    "  pHHCIGkpNzs  ",
  ])("finds the id in %s", (input) => {
    expect(parseYouTubeId(input)).toBe("pHHCIGkpNzs")
  })

  // Every form a browser opens as the one video, as editors paste them.
  it.each([
    // Share links: `&` where `?` belongs, a start time, a trailing slash.
    ["https://youtu.be/xfrvN9zkjs8&t=42", "xfrvN9zkjs8"],
    ["https://youtu.be/xfrvN9zkjs8?t=42", "xfrvN9zkjs8"],
    ["https://youtu.be/xfrvN9zkjs8/", "xfrvN9zkjs8"],
    ["youtu.be/-KeD5RFLNUI&feature=shared", "-KeD5RFLNUI"],
    // The watch page, with its parameters in any order, and /watch/.
    ["https://www.youtube.com/watch?v=xfrvN9zkjs8&t=42s", "xfrvN9zkjs8"],
    ["https://www.youtube.com/watch/?v=xfrvN9zkjs8", "xfrvN9zkjs8"],
    ["https://www.youtube.com/watch?feature=share&v=xfrvN9zkjs8", "xfrvN9zkjs8"],
    ["https://www.youtube.com/watch?app=desktop&v=xfrvN9zkjs8", "xfrvN9zkjs8"],
    ["https://www.youtube.com/watch?v=xfrvN9zkjs8&list=PLKqaoAnDyfgr", "xfrvN9zkjs8"],
    // Players and other pages with the id in the path, `&` or `?` after it.
    ["https://www.youtube.com/v/xfrvN9zkjs8&hl=en", "xfrvN9zkjs8"],
    ["https://www.youtube.com/embed/xfrvN9zkjs8&autoplay=1", "xfrvN9zkjs8"],
    ["https://www.youtube.com/embed/xfrvN9zkjs8?start=30", "xfrvN9zkjs8"],
    ["https://www.youtube-nocookie.com/embed/xfrvN9zkjs8&start=30", "xfrvN9zkjs8"],
    ["https://www.youtube.com/live/xfrvN9zkjs8?feature=share", "xfrvN9zkjs8"],
    ["https://youtube.com/shorts/xfrvN9zkjs8?feature=share", "xfrvN9zkjs8"],
    ["https://www.youtube.com/e/xfrvN9zkjs8", "xfrvN9zkjs8"],
    // Hosts, and any case in the scheme and the host.
    ["https://m.youtube.com/watch?v=xfrvN9zkjs8", "xfrvN9zkjs8"],
    ["https://music.youtube.com/watch?v=xfrvN9zkjs8&feature=share", "xfrvN9zkjs8"],
    ["http://youtube.com/watch?v=xfrvN9zkjs8", "xfrvN9zkjs8"],
    ["HTTPS://WWW.YOUTUBE.COM/watch?v=xfrvN9zkjs8", "xfrvN9zkjs8"],
    ["Https://YouTu.be/xfrvN9zkjs8", "xfrvN9zkjs8"],
    ["WWW.YouTube.com/embed/xfrvN9zkjs8", "xfrvN9zkjs8"],
    // Pasted out of HTML, mail and chat: &amp;, <angle brackets>, punctuation after the link.
    ["https://www.youtube.com/watch?feature=share&amp;v=xfrvN9zkjs8", "xfrvN9zkjs8"],
    ["https://www.youtube.com/watch?v=xfrvN9zkjs8&amp;t=42s", "xfrvN9zkjs8"],
    ["<https://youtu.be/xfrvN9zkjs8>", "xfrvN9zkjs8"],
    ["<https://www.youtube.com/watch?v=xfrvN9zkjs8>", "xfrvN9zkjs8"],
    ["https://youtu.be/xfrvN9zkjs8.", "xfrvN9zkjs8"],
    ["https://www.youtube.com/watch?v=xfrvN9zkjs8,", "xfrvN9zkjs8"],
    ["https://www.youtube.com/embed/xfrvN9zkjs8);", "xfrvN9zkjs8"],
    ["(https://youtu.be/xfrvN9zkjs8)", "xfrvN9zkjs8"],
    ['"https://youtu.be/xfrvN9zkjs8"', "xfrvN9zkjs8"],
    ["https://youtu.be/xfrvN9zkjs8 (the recording)", "xfrvN9zkjs8"],
    // An attribution link carries the watch page's address in `u`.
    ["https://www.youtube.com/attribution_link?u=/watch%3Fv%3DxfrvN9zkjs8", "xfrvN9zkjs8"],
    ["https://www.youtube.com/attribution_link?a=8g8kPrPIi-ecwIsS&u=%2Fwatch%3Fv%3DxfrvN9zkjs8%26feature%3Dshare", "xfrvN9zkjs8"],
    // A pasted iframe, in either quotes.
    ['<iframe src="https://www.youtube-nocookie.com/embed/xfrvN9zkjs8?start=30" allowfullscreen></iframe>', "xfrvN9zkjs8"],
    ["<IFRAME SRC='https://www.youtube.com/embed/xfrvN9zkjs8&autoplay=1'></IFRAME>", "xfrvN9zkjs8"],
  ])("finds the video in %s", (input, id) => {
    expect(parseYouTubeId(input)).toBe(id)
  })

  it.each([
    "https://www.youtube.com/embed/videoseries?list=PLKqaoAnDyfgr",
    "https://www.youtube.com/@OpenInfraFoundation",
    "https://vimeo.com/123456789",
    "https://evil.example/embed/pHHCIGkpNzs",
    "javascript:alert('pHHCIGkpNzs')",
    "not a video",
    // Playlists, channels, a channel's live stream, a search: no one video.
    "https://www.youtube.com/playlist?list=PLKqaoAnDyfgrXyz",
    "https://www.youtube.com/watch?list=PLKqaoAnDyfgrXyz",
    "https://www.youtube.com/embed/?listType=playlist&list=PLKqaoAnDyfgr",
    "https://www.youtube.com/embed/videoseries&list=PLKqaoAnDyfgr",
    "https://www.youtube.com/embed/live_stream?channel=UCfN2TZ0Q3mJmW6QmFbkB1mQ",
    "https://www.youtube.com/channel/UCfN2TZ0Q3mJmW6QmFbkB1mQ",
    "https://www.youtube.com/c/OpenInfraFoundation",
    "https://www.youtube.com/user/OpenStackFoundation",
    "https://www.youtube.com/results?search_query=kata+containers",
    "videoseries",
    // An 11-character path or parameter anywhere but YouTube's video places, or on another host.
    "https://www.youtube.com/pHHCIGkpNzs",
    "https://evil.example/pHHCIGkpNzs",
    "https://evil.example/watch?v=pHHCIGkpNzs",
    "https://youtube.com.evil.example/watch?v=pHHCIGkpNzs",
    "https://notyoutube.com/watch?v=pHHCIGkpNzs",
    "https://youtu.be.evil.example/pHHCIGkpNzs",
    "https://www.youtube.com/attribution_link?u=https://evil.example/watch%3Fv%3DpHHCIGkpNzs",
    "https://www.youtube.com/attribution_link?u=/playlist%3Flist%3DPLKqaoAnDyfgr",
    "ftp://youtu.be/pHHCIGkpNzs",
    // Not an id: too short, too long.
    "https://youtu.be/",
    "https://youtu.be/pHHCIGkpNz",
    "https://www.youtube.com/watch?v=pHHCIGkpNzsX",
    "https://youtu.be/pHHCIGkpNzs_x&t=1",
  ])("finds no video in %s", (input) => {
    expect(parseYouTubeId(input)).toBeNull()
  })

  it("builds the nocookie player, the watch page and the thumbnail", () => {
    expect(youtubeVideo("-KeD5RFLNUI")).toEqual({
      id: "-KeD5RFLNUI",
      watchUrl: "https://www.youtube.com/watch?v=-KeD5RFLNUI",
      embedUrl: "https://www.youtube-nocookie.com/embed/-KeD5RFLNUI",
      thumbnailUrl: "https://i.ytimg.com/vi/-KeD5RFLNUI/hqdefault.jpg",
      thumbnail: {
        src: "https://i.ytimg.com/vi/-KeD5RFLNUI/hqdefault.jpg",
        srcSet: "https://i.ytimg.com/vi/-KeD5RFLNUI/hqdefault.jpg 480w, https://i.ytimg.com/vi/-KeD5RFLNUI/sddefault.jpg 640w",
        webpSrcSet: "https://i.ytimg.com/vi_webp/-KeD5RFLNUI/hqdefault.webp 480w, https://i.ytimg.com/vi_webp/-KeD5RFLNUI/sddefault.webp 640w",
        width: 480,
        height: 360,
      },
    })
  })
})
