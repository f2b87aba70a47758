/**
 * Episode pages' share images: the theme's design (an SVG, its text escaped and wrapped), its
 * rendering to a 1200×630 JPEG by the real sharp of this repository, the site's shadow of the design,
 * the images kept between builds, and what the build does without sharp or without fonts.
 */
import fs from "fs"
import os from "os"
import path from "path"
import { JSDOM } from "jsdom"
import { siteSharp, type Sharp } from "../../src/build/compat"
import {
  fontsWork,
  localStill,
  makeShareImages,
  renderShareImage,
  shareImageDesign,
  shareImageFiles,
  shareImageProps,
  shareImageStore,
} from "../../src/build/share-images"
import { defaultShareImage, escapeXml, shareImageAlt, textWidth, wrapText, type ShareImageProps } from "../../src/content/share-image"
import { makeEpisode, makeShowPage } from "../helpers/episodes"

const REPO = path.join(__dirname, "..", "..")
const sharp = siteSharp(REPO).sharp as Sharp

/** A YouTube-like still: a 4:3 JPEG whose 16:9 picture has black bars above and below. */
async function stillJpeg(width = 640, height = 480): Promise<Buffer> {
  const bar = Math.round((height - (width * 9) / 16) / 2)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#000"/><rect y="${bar}" width="${width}" height="${height - 2 * bar}" fill="#3a7"/></svg>`
  return (sharp(Buffer.from(svg)) as unknown as { jpeg: (o: object) => { toBuffer: () => Promise<Buffer> } }).jpeg({ quality: 80 }).toBuffer()
}

function props(overrides: Partial<ShareImageProps> = {}): ShareImageProps {
  return { ...shareImageProps({ ...makeEpisode(), id: "e1" } as never, "OpenInfra Live", null), ...overrides }
}

/** The SVG as an XML document (a parse error throws). */
function parseSvg(svg: string): Document {
  const document = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml")
  if (document.getElementsByTagName("parsererror").length > 0) throw new Error(`not well-formed: ${document.documentElement.textContent}`)
  return document
}

const texts = (document: Document) => [...document.querySelectorAll("text")].map((text) => text.textContent!.replace(/\s+/g, " ").trim())
const tspans = (document: Document, size: string) => [...document.querySelectorAll(`text[font-size="${size}"] tspan`)].map((tspan) => tspan.textContent!)

function tempSite(files: Record<string, string> = {}): string {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "oil-share-"))
  fs.writeFileSync(path.join(site, "package.json"), "{}")
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
    fs.writeFileSync(path.join(site, file), text)
  }
  return site
}

const reporter = () => ({ warn: jest.fn(), verbose: jest.fn() })

describe("the theme's share image design", () => {
  it("is a well-formed 1200×630 SVG with the title, the date in words and the show, in the fonts librsvg finds", () => {
    const document = parseSvg(defaultShareImage(props()))
    const svg = document.documentElement
    expect([svg.getAttribute("width"), svg.getAttribute("height"), svg.getAttribute("viewBox")]).toEqual(["1200", "630", "0 0 1200 630"])
    expect(texts(document)).toEqual(["OpenInfra Live", "Thursday, July 1, 2021 14:00 UTC", "Building the Intelligent Edge with Open Source Technologies"])
    for (const text of document.querySelectorAll("text"))
      expect(text.getAttribute("font-family")).toBe("DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif")
    // Without a still: no <image>, the rings in its place.
    expect(document.querySelector("image")).toBeNull()
  })

  it("escapes the text, which stays the same text once parsed", () => {
    const title = `Tags <b>&amp; "quotes" 'n' </svg> ]]> \u0007bell`
    const document = parseSvg(defaultShareImage(props({ title, showTitle: "R&D <Live>" })))
    expect(tspans(document, "68").join(" ")).toBe(`Tags <b>&amp; "quotes" 'n' </svg> ]]> bell`)
    expect(texts(document)[0]).toBe("R&D <Live>")
    expect(escapeXml(`<a href="x">'&'</a>\u0000\ud800`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
  })

  it("wraps a long title in three lines at most, smaller the longer it is, ending in … when it is cut", () => {
    const long = "Kubernetes, OpenStack and the Intelligent Edge: what operators learned running open infrastructure at scale in 2024 and beyond, and more"
    const document = parseSvg(defaultShareImage(props({ title: long })))
    const size = document.querySelector("text[font-weight='700'] + text + text, text:last-of-type")!.getAttribute("font-size")
    const lines = tspans(document, size!)
    expect(lines).toHaveLength(3)
    expect(lines[2]).toMatch(/…$/)
    expect(Number(size)).toBe(46)
    for (const line of lines) expect(textWidth(line, 46)).toBeLessThanOrEqual(1200 - 2 * 64)
    // A short title is larger, on one line.
    expect(tspans(parseSvg(defaultShareImage(props({ title: "Kata Containers 2.0" }))), "68")).toEqual(["Kata Containers 2.0"])
  })

  it("places the still, as a data: URI, in a 16:9 card", () => {
    const document = parseSvg(defaultShareImage(props({ thumbnail: { href: "data:image/jpeg;base64,AAAA", width: 640, height: 480 } })))
    const image = document.querySelector("image")!
    expect(image.getAttribute("href")).toBe("data:image/jpeg;base64,AAAA")
    expect(Number(image.getAttribute("width")) / Number(image.getAttribute("height"))).toBeCloseTo(16 / 9, 2)
    expect(image.getAttribute("preserveAspectRatio")).toBe("xMidYMid slice")
  })

  it("gives the image a text alternative of the title, date and show", () => {
    expect(shareImageAlt(props())).toBe("Building the Intelligent Edge with Open Source Technologies · Thursday, July 1, 2021 · 14:00 UTC · OpenInfra Live")
    expect(props({}).date).toBe("Thursday, July 1, 2021 · 14:00 UTC")
    expect(shareImageProps(makeEpisode({ dateOnly: true }) as never, "Show", null).date).toBe("Thursday, July 1, 2021")
  })
})

describe("wrapText", () => {
  it("breaks between words, and inside a word wider than a line", () => {
    expect(wrapText("aaa bbb ccc", { fontSize: 10, maxWidth: 40, maxLines: 5 })).toEqual(["aaa", "bbb", "ccc"])
    const lines = wrapText("x".repeat(40), { fontSize: 10, maxWidth: 100, maxLines: 10 })
    expect(lines.join("")).toBe("x".repeat(40))
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(100)
  })

  it("cuts the last line with … and folds white space", () => {
    expect(wrapText("one two three four five six", { fontSize: 10, maxWidth: 60, maxLines: 2 })).toEqual(["one two", "three…"])
    expect(wrapText("Edge, cloud and more", { fontSize: 10, maxWidth: 60, maxLines: 1 })).toEqual(["Edge…"])
    expect(wrapText("  a \n\t b  ", { fontSize: 10, maxWidth: 500, maxLines: 1 })).toEqual(["a b"])
    expect(wrapText("", { fontSize: 10, maxWidth: 500, maxLines: 1 })).toEqual([])
  })

  it("counts wide scripts as wider than Latin letters", () => {
    expect(textWidth("漢字", 10)).toBe(20)
    expect(textWidth("é", 10)).toBeCloseTo(textWidth("e", 10))
  })
})

describe("rendering with sharp", () => {
  it("makes a progressive 1200×630 JPEG of the design, with the still", async () => {
    const still = await stillJpeg()
    const thumbnail = { href: `data:image/jpeg;base64,${still.toString("base64")}`, width: 640, height: 480 }
    const jpeg = await renderShareImage(sharp, defaultShareImage(props({ thumbnail })))
    const metadata = await (
      sharp(jpeg) as unknown as { metadata: () => Promise<{ format: string; width: number; height: number; isProgressive: boolean }> }
    ).metadata()
    expect(metadata).toMatchObject({ format: "jpeg", width: 1200, height: 630, isProgressive: true })
  })

  it("scales a smaller SVG a shadow returns to 1200×630, drawn at that size", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="315"><rect width="600" height="315" fill="#fff"/><rect x="0" y="0" width="1" height="315" fill="#000"/></svg>`
    const jpeg = await renderShareImage(sharp, svg)
    const metadata = await sharp(jpeg).metadata()
    expect([metadata.width, metadata.height]).toEqual([1200, 630])
  })

  it("draws text with this machine's fonts", async () => {
    await expect(fontsWork(sharp)).resolves.toBe(true)
  })

  it("sees when there is no font at all: every character drawn as the same box, or nothing", async () => {
    // What librsvg draws without a font, whatever the text: the same pixels for "iiii" and "MMMM".
    // (A child process with an empty fontconfig showed it on this machine, but not every time: fontconfig
    // finds fonts through caches too. The rule is tested here, the machine's fonts by the test above.)
    const drawing = (pixels: Buffer) =>
      (() => {
        const image = { flatten: () => image, raw: () => image, toBuffer: async () => pixels }
        return image
      }) as unknown as Sharp
    await expect(fontsWork(drawing(Buffer.alloc(64, 40)))).resolves.toBe(false)
    await expect(fontsWork(drawing(Buffer.alloc(64, 0)))).resolves.toBe(false)
    let call = 0
    const fonts = (() => {
      const pixels = Buffer.alloc(64, call++ === 0 ? 10 : 40)
      const image = { flatten: () => image, raw: () => image, toBuffer: async () => pixels }
      return image
    }) as unknown as Sharp
    await expect(fontsWork(fonts)).resolves.toBe(true)
  })
})

describe("the site's shadow of the design", () => {
  it("is src/gatsby-theme-openinfra-live/share-image.js (or .cjs), as module.exports or exports.default", () => {
    expect(shareImageDesign(tempSite())).toEqual({ design: defaultShareImage, file: null })
    const site = tempSite({ "src/gatsby-theme-openinfra-live/share-image.js": `module.exports = (props) => "<svg>" + props.title + "</svg>"` })
    const file = path.join(site, "src/gatsby-theme-openinfra-live/share-image.js")
    const found = shareImageDesign(site)
    expect(found.file).toBe(file)
    expect(found.design(props({ title: "T" }))).toBe("<svg>T</svg>")
    const other = tempSite({
      "src/gatsby-theme-openinfra-live/share-image.cjs": `exports.default = function (props) { return "<svg>" + props.showTitle + "</svg>" }`,
    })
    expect(shareImageDesign(other).design(props())).toBe("<svg>OpenInfra Live</svg>")
  })

  it("is reported, and the theme's design used, when it cannot be loaded or exports no function", () => {
    const broken = shareImageDesign(tempSite({ "src/gatsby-theme-openinfra-live/share-image.js": "module.exports = (" }))
    expect(broken.design).toBe(defaultShareImage)
    expect(broken.error).toMatch(/SyntaxError|Unexpected/i)
    const empty = shareImageDesign(tempSite({ "src/gatsby-theme-openinfra-live/share-image.cjs": "module.exports = { design: 1 }" }))
    expect(empty).toMatchObject({ design: defaultShareImage, error: expect.stringMatching(/exports no function/) })
  })
})

describe("localStill", () => {
  const files = [
    { from: "/store/a/hqdefault.jpg", to: "/live/thumbnails/pHHCIGkpNzs-hqdefault.jpg" },
    { from: "/store/b/sddefault.jpg", to: "/live/thumbnails/pHHCIGkpNzs-sddefault.jpg" },
    { from: "/store/c/sddefault.webp", to: "/live/thumbnails/pHHCIGkpNzs-sddefault.webp" },
  ]
  it("is the largest downloaded JPEG, and none with YouTube's thumbnails or without a video", () => {
    expect(localStill(makeEpisode(), files)).toEqual({ file: "/store/b/sddefault.jpg", width: 640 })
    expect(localStill(makeEpisode(), files.slice(0, 1))).toEqual({ file: "/store/a/hqdefault.jpg", width: 480 })
    expect(localStill(makeEpisode({ youtube: null }), files)).toBeNull()
    const remote = makeEpisode()
    remote.youtube!.thumbnail = { ...remote.youtube!.thumbnail!, srcSet: "https://i.ytimg.com/vi/x/hqdefault.jpg 480w" }
    expect(localStill(remote, files)).toBeNull()
  })
})

describe("makeShareImages", () => {
  const withStill = async (site: string) => {
    const store = path.join(site, "node_modules", ".cache", "thumbnails")
    fs.mkdirSync(store, { recursive: true })
    fs.writeFileSync(path.join(store, "sd.jpg"), await stillJpeg())
    return [{ from: path.join(store, "sd.jpg"), to: "/live/thumbnails/pHHCIGkpNzs-sddefault.jpg" }]
  }
  const show = (thumbnailFiles: Array<{ from: string; to: string }>, overrides: Partial<Parameters<typeof makeShareImages>[1]> = {}) => ({
    page: { ...makeShowPage(), id: "page-1", thumbnailFiles },
    episodes: [
      { ...makeEpisode(), id: "e1" },
      { ...makeEpisode({ slug: "no-video", path: "/live/no-video/", title: "No video", youtube: null }), id: "e2" },
      { ...makeEpisode({ slug: "no-page", path: null }), id: "e3" },
    ],
    enabled: true,
    ...overrides,
  })

  it("writes each episode page's image into public/, once: a second build finds it made", async () => {
    const site = tempSite()
    const thumbnails = await withStill(site)
    const first = reporter()
    const images = await makeShareImages({ siteDirectory: site, reporter: first, loadSharp: () => siteSharp(REPO) }, show(thumbnails))
    expect([...images.keys()]).toEqual(["e1", "e2"])
    const image = images.get("e1")!
    expect(image).toMatchObject({ width: 1200, height: 630, alt: expect.stringMatching(/^Building the Intelligent Edge .* · OpenInfra Live$/) })
    expect(image.path).toMatch(/^\/live\/2021-07-01-building-the-intelligent-edge\/share-[0-9a-f]{10}\.jpg$/)
    expect(images.get("e2")!.path).toMatch(/^\/live\/no-video\/share-[0-9a-f]{10}\.jpg$/)
    const metadata = await sharp(fs.readFileSync(path.join(site, "public", image.path))).metadata()
    expect([metadata.width, metadata.height]).toEqual([1200, 630])
    expect(first.verbose).toHaveBeenCalledWith(expect.stringMatching(/share images: 2 made, 0 unchanged, in \d+ ms/))
    expect(shareImageFiles(["page-1"]).sort()).toEqual([image.path, images.get("e2")!.path].sort())
    expect(fs.readdirSync(shareImageStore(site))).toHaveLength(2)

    // Public/ emptied (gatsby clean): the images come back from the store, unchanged, not drawn again.
    fs.rmSync(path.join(site, "public"), { recursive: true })
    const second = reporter()
    const again = await makeShareImages({ siteDirectory: site, reporter: second, loadSharp: () => siteSharp(REPO) }, show(thumbnails))
    expect(again).toEqual(images)
    expect(fs.existsSync(path.join(site, "public", image.path))).toBe(true)
    expect(second.verbose).toHaveBeenCalledWith(expect.stringMatching(/0 made, 2 unchanged/))

    // A new title: a new image, under a new name.
    const original = show(thumbnails)
    const renamed = { ...original, episodes: [{ ...original.episodes[0]!, title: "Renamed" }, ...original.episodes.slice(1)] }
    const changed = await makeShareImages({ siteDirectory: site, reporter: reporter(), loadSharp: () => siteSharp(REPO) }, renamed)
    expect(changed.get("e1")!.path).not.toBe(image.path)
    expect(changed.get("e2")).toEqual(images.get("e2"))

    // Turned off: none, and none remembered for onPostBuild's list.
    expect((await makeShareImages({ siteDirectory: site, reporter: reporter() }, show(thumbnails, { enabled: false }))).size).toBe(0)
    expect(shareImageFiles(["page-1"])).toEqual([])
  })

  it("uses the site's shadow of the design, and the theme's for an episode the shadow fails on", async () => {
    const site = tempSite({
      "src/gatsby-theme-openinfra-live/share-image.js": `module.exports = (props) => props.thumbnail === null ? 42 :
        '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#ff0000"/></svg>'`,
    })
    const log = reporter()
    const images = await makeShareImages({ siteDirectory: site, reporter: log, loadSharp: () => siteSharp(REPO) }, show(await withStill(site)))
    expect(images.size).toBe(2)
    const pixel = async (id: string) => {
      const raw = await sharp(fs.readFileSync(path.join(site, "public", images.get(id)!.path)))
        .raw()
        .toBuffer()
      return [...raw.subarray(0, 3)]
    }
    expect((await pixel("e1"))[0]).toBeGreaterThan(240)
    expect((await pixel("e1"))[1]).toBeLessThan(20)
    expect((await pixel("e2"))[0]).toBeLessThan(60)
    expect(log.warn).toHaveBeenCalledTimes(1)
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/share-image\.js made no share image for "No video" \(it returned no SVG text\)/))
  })

  it("warns once, naming what to install, and makes none when sharp cannot be loaded", async () => {
    const log = reporter()
    const noSharp = () => ({ sharp: null, reason: "Cannot find module 'sharp'" }) as const
    for (let build = 0; build < 2; build += 1) {
      const images = await makeShareImages({ siteDirectory: tempSite(), reporter: log, loadSharp: noSharp }, show([]))
      expect(images.size).toBe(0)
    }
    expect(log.warn).toHaveBeenCalledTimes(1)
    expect(log.warn.mock.calls[0]![0]).toMatch(
      /keep their video's still .* could not be loaded \(Cannot find module 'sharp'\)\. Install it in the site \(npm install sharp\)/,
    )
  })

  it("warns, and makes none, when sharp draws no text (no font on the machine)", async () => {
    // A sharp whose text has no ink: every drawing is black.
    const image = { flatten: () => image, raw: () => image, toBuffer: async () => Buffer.alloc(16) }
    const blind = (() => image) as unknown as Sharp
    const log = reporter()
    const images = await makeShareImages({ siteDirectory: tempSite(), reporter: log, loadSharp: () => ({ sharp: blind, from: "test" }) }, show([]))
    expect(images.size).toBe(0)
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/no font .* DejaVu Sans \(apt-get install fonts-dejavu-core/))
  })
})

describe("siteSharp", () => {
  it("is the site's sharp, else gatsby-sharp's, else null with why", () => {
    const fake = (marker: string) => `module.exports = function sharp() {}; module.exports.marker = ${JSON.stringify(marker)}`
    const own = tempSite({ "node_modules/sharp/package.json": `{"name":"sharp","main":"index.js"}`, "node_modules/sharp/index.js": fake("own") })
    const marker = (found: ReturnType<typeof siteSharp>) => [
      found.sharp === null ? null : (found as { from: string }).from,
      (found.sharp as { marker?: string } | null)?.marker,
    ]
    expect(marker(siteSharp(own))).toEqual(["the site's sharp", "own"])
    const viaGatsby = tempSite({
      "node_modules/gatsby/package.json": `{"name":"gatsby","version":"5.16.1"}`,
      "node_modules/gatsby-sharp/package.json": `{"name":"gatsby-sharp","version":"1.16.0"}`,
      "node_modules/gatsby-sharp/node_modules/sharp/package.json": `{"name":"sharp","main":"index.js"}`,
      "node_modules/gatsby-sharp/node_modules/sharp/index.js": fake("gatsby's"),
    })
    expect(marker(siteSharp(viaGatsby))).toEqual(["gatsby-sharp's sharp", "gatsby's"])
    const none = siteSharp(tempSite())
    expect(none.sharp).toBeNull()
    expect("reason" in none && none.reason).toMatch(/^the site's sharp: .*Cannot find module 'sharp'.*; gatsby-sharp's sharp: .*Cannot find module/)
  })
})
