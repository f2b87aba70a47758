/** YouTube videos found in any URL form and in pasted iframe tags. */
import { parseYouTubeId, youtubeVideo } from "../../src/node/youtube"

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

  it.each([
    "https://www.youtube.com/embed/videoseries?list=PLKqaoAnDyfgr",
    "https://www.youtube.com/@OpenInfraFoundation",
    "https://vimeo.com/123456789",
    "https://evil.example/embed/pHHCIGkpNzs",
    "javascript:alert('pHHCIGkpNzs')",
    "not a video",
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
