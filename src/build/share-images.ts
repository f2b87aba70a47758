/**
 * The `shareImages` option at build time: createPages makes each episode page's share image
 * (og:image), a 1200×630 JPEG, from its design (src/content/share-image.ts, or the site's shadow
 * src/gatsby-theme-openinfra-live/share-image.js) rendered by the site's sharp, and copies it to
 * public/<episode path>share-<hash>.jpg. The hash is of the SVG the design returned (the title, date,
 * show, thumbnail and design all in it): an unchanged image is not rendered again, a changed one gets
 * a new URL (social networks keep an image by its URL). Rendered images are kept where `gatsby clean`
 * does not reach, as the downloaded thumbnails are; onPostBuild removes from public/ those of the
 * last build that this one did not make.
 */
import { createHash } from "crypto"
import fs from "fs"
import { createRequire } from "module"
import path from "path"
import type { Reporter } from "gatsby"
import { siteSharp, type Sharp } from "./compat"
import { PLUGIN_NAME } from "../content/plugin-name"
import {
  defaultShareImage,
  escapeXml,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  shareImageAlt,
  shareImageDate,
  wrapText,
  type ShareImageDesign,
  type ShareImageProps,
} from "../content/share-image"
import type { EpisodeShareImage } from "../content/seo"
import type { EpisodeRecord } from "../types"
import { showTitle } from "../utils/show-title"
import type { PageNode } from "./show-nodes"

export type { ShareImageProps, ShareImageDesign } from "../content/share-image"

/** An episode page's share image: where the site serves it, its size, and its text alternative. */
export type ShareImage = EpisodeShareImage

/** What changes how an SVG becomes a JPEG: part of each image's hash, so that a change here renders every image again. */
const RENDERING = `jpeg q80 progressive ${SHARE_IMAGE_WIDTH}x${SHARE_IMAGE_HEIGHT} v1`
const JPEG_QUALITY = 80
/** Images rendered at a time: librsvg draws one on one core. */
const CONCURRENCY = 2
/** The background under a design's transparent parts (JPEG has no transparency): the theme's hero colour. */
const BACKGROUND = "#0f1f3d"

/** The site's shadow of the design, in the theme's shadowing folder, in the order looked for. */
export const SHADOW_FILES = ["share-image.js", "share-image.cjs"].map((file) => path.join("src", PLUGIN_NAME, file))

/** Where a site keeps the theme's rendered share images between builds (`siteDirectory` is the site's folder). */
export function shareImageStore(siteDirectory: string): string {
  return path.join(siteDirectory, "node_modules", ".cache", PLUGIN_NAME, "share-images")
}

/**
 * The design a site's build uses: its shadow when it has one (CommonJS, `module.exports = function
 * (props) { return svg }` or `exports.default`), read again at each call (`gatsby develop` sees an
 * edit), else the theme's. A shadow that cannot be loaded is reported as `error`.
 */
export function shareImageDesign(siteDirectory: string): { design: ShareImageDesign; file: string | null; error?: string } {
  const file = SHADOW_FILES.map((relative) => path.join(siteDirectory, relative)).find((candidate) => fs.existsSync(candidate))
  if (file === undefined) return { design: defaultShareImage, file: null }
  try {
    const siteRequire = createRequire(file)
    delete siteRequire.cache[file]
    const loaded = siteRequire(file) as unknown
    const design = typeof loaded === "function" ? loaded : (loaded as { default?: unknown } | null)?.default
    if (typeof design !== "function") return { design: defaultShareImage, file, error: "it exports no function (module.exports = function (props) { … })" }
    return { design: design as ShareImageDesign, file }
  } catch (error) {
    return { design: defaultShareImage, file, error: error instanceof Error ? error.message : String(error) }
  }
}

/** The props a design gets for an episode; `thumbnail` is its local still, read by the caller. */
export function shareImageProps(episode: EpisodeRecord, showTitle: string, thumbnail: ShareImageProps["thumbnail"]): ShareImageProps {
  return {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    title: episode.title,
    date: shareImageDate(episode),
    day: episode.showText.day,
    time: episode.showText.time,
    showTitle,
    thumbnail,
    episode,
    escapeXml,
    wrapText,
  }
}

/**
 * The largest local JPEG of the episode's video still (the `thumbnails: "local"` option), as its file
 * in the thumbnail store: from its srcSet, whose site paths `thumbnailFiles` maps to files. Null without
 * a video, with YouTube's thumbnails, or when none was downloaded.
 */
export function localStill(
  episode: Pick<EpisodeRecord, "youtube">,
  thumbnailFiles: ReadonlyArray<{ from: string; to: string }>,
): { file: string; width: number } | null {
  const thumbnail = episode.youtube?.thumbnail
  if (thumbnail === null || thumbnail === undefined) return null
  const fileOf = new Map(thumbnailFiles.map(({ from, to }) => [to, from]))
  const jpegs = thumbnail.srcSet
    .split(",")
    .map((entry) => /^\s*(\S+)\s+(\d+)w\s*$/.exec(entry))
    .flatMap((match) =>
      match === null || !/\.jpe?g$/i.test(match[1]!) || !fileOf.has(match[1]!) ? [] : [{ file: fileOf.get(match[1]!)!, width: Number(match[2]) }],
    )
    .sort((a, b) => b.width - a.width)
  return jpegs[0] ?? null
}

/** A still as the design's `thumbnail` prop: a data: URI, and its size (read by sharp). */
async function stillProp(sharp: Sharp, file: string): Promise<ShareImageProps["thumbnail"]> {
  const bytes = await fs.promises.readFile(file)
  const { width, height } = await sharp(bytes).metadata()
  if (width === undefined || height === undefined) return null
  return { href: `data:image/jpeg;base64,${bytes.toString("base64")}`, width, height }
}

/**
 * An SVG as a 1200×630 JPEG: drawn at the density that gives at least that size (a design may
 * return a smaller SVG), cut to it, on the theme's colour, quality 80, progressive, with mozjpeg's
 * encoder when sharp has it.
 */
export async function renderShareImage(sharp: Sharp, svg: string): Promise<Buffer> {
  const input = Buffer.from(svg)
  const { width, height } = await sharp(input).metadata()
  const scale = width && height ? Math.max(SHARE_IMAGE_WIDTH / width, SHARE_IMAGE_HEIGHT / height, 1) : 1
  return sharp(input, { density: 72 * scale })
    .resize(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, { fit: "cover" })
    .flatten({ background: BACKGROUND })
    .jpeg({ quality: JPEG_QUALITY, progressive: true, ...(sharp.versions?.mozjpeg === undefined ? {} : { mozjpeg: true }) })
    .toBuffer()
}

/**
 * True when librsvg draws text with the machine's fonts. Without any font, it draws each character as
 * the same box (or nothing): a line of wide letters then has as much ink as a line of narrow ones.
 */
export async function fontsWork(sharp: Sharp): Promise<boolean> {
  const ink = async (text: string) => {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="64"><rect width="320" height="64" fill="#000"/>` +
      `<text x="8" y="48" font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif" font-size="40" font-weight="700" fill="#fff">${text}</text></svg>`
    const pixels = await sharp(Buffer.from(svg)).flatten({ background: "#000" }).raw().toBuffer()
    return pixels.reduce((sum, value) => sum + value, 0)
  }
  const [narrow, wide] = await Promise.all([ink("iiiiiiii"), ink("MMMMMMMM")])
  return wide > 0 && wide > narrow * 1.5
}

/**
 * The JPEG of an SVG in the store, under the hash of the SVG and of how it is rendered: rendered
 * (`fresh`) only when the store does not have it yet.
 */
async function storedImage(sharp: Sharp, store: string, svg: string): Promise<{ hash: string; file: string; fresh: boolean }> {
  const hash = createHash("sha256").update(`${RENDERING}\n${svg}`).digest("hex").slice(0, 16)
  const file = path.join(store, `${hash}.jpg`)
  const kept = await fs.promises.stat(file).then(
    (stat) => stat.size > 0,
    () => false,
  )
  if (!kept) {
    const jpeg = await renderShareImage(sharp, svg)
    // Written beside, then renamed: a build stopped halfway never leaves a partial image to be served later.
    const partial = `${file}.${process.pid}.partial`
    await fs.promises.writeFile(partial, jpeg)
    await fs.promises.rename(partial, file)
  }
  return { hash, file, fresh: !kept }
}

/** What the build remembers between its hooks and builds of one process: warnings given, fonts checked, images made per page. */
const memory = {
  warned: new Set<string>(),
  fonts: new WeakMap<Sharp, Promise<boolean>>(),
  /** The site paths of the share images of each page node (by id), as createPages last made them. */
  filesByPage: new Map<string, string[]>(),
}

/** The share images createPages last put in public/ for these pages, for onPostBuild's list of the theme's files. */
export function shareImageFiles(pageIds: readonly string[]): string[] {
  return pageIds.flatMap((id) => memory.filesByPage.get(id) ?? [])
}

function warnOnce(reporter: Pick<Reporter, "warn">, key: string, message: string): void {
  if (memory.warned.has(key)) return
  memory.warned.add(key)
  reporter.warn(`[${PLUGIN_NAME}] ${message}`)
}

export interface ShowShareImages {
  /** The show's page node: its id (under which its images are remembered), its title, its downloaded thumbnails. */
  page: Pick<PageNode, "id" | "path" | "seo" | "hero" | "thumbnailFiles">
  /** Its episodes: those with a page of their own get an image. */
  episodes: ReadonlyArray<EpisodeRecord & { id: string }>
  /** False (the `shareImages` option off, or the site's URL unknown) makes none, and forgets those of the last build. */
  enabled: boolean
}

/**
 * Makes (or finds, made at an earlier build) the share image of each episode page of a show, and
 * copies it into public/. Returns each episode's image by its id; an empty map when sharp cannot be
 * loaded or draws no text (a warning names what to install): the pages keep the video's still.
 */
export async function makeShareImages(
  { siteDirectory, reporter, loadSharp = siteSharp }: { siteDirectory: string; reporter: Pick<Reporter, "warn" | "verbose">; loadSharp?: typeof siteSharp },
  { page, episodes, enabled }: ShowShareImages,
): Promise<Map<string, ShareImage>> {
  const images = new Map<string, ShareImage>()
  memory.filesByPage.set(page.id, [])
  const withPages = episodes.filter((episode) => episode.path !== null)
  if (!enabled || withPages.length === 0) return images
  const loaded = loadSharp(siteDirectory)
  if (loaded.sharp === null) {
    warnOnce(
      reporter,
      "sharp",
      `episode pages keep their video's still as their share image: sharp, which makes the theme's 1200×630 share images, could not be loaded ` +
        `(${loaded.reason}). Install it in the site (npm install sharp), or set the theme's option shareImages: false to make none.`,
    )
    return images
  }
  const { sharp } = loaded
  const fonts = memory.fonts.get(sharp) ?? fontsWork(sharp).catch(() => false)
  memory.fonts.set(sharp, fonts)
  if (!(await fonts)) {
    warnOnce(
      reporter,
      "fonts",
      `episode pages keep their video's still as their share image: this machine has no font for the text of the share images ` +
        `(sharp's librsvg draws it with the system's fonts, through fontconfig). Install one, such as DejaVu Sans ` +
        `(apt-get install fonts-dejavu-core; apk add font-dejavu), or set the theme's option shareImages: false.`,
    )
    return images
  }
  const chosen = shareImageDesign(siteDirectory)
  if (chosen.error !== undefined) warnOnce(reporter, `design ${chosen.file}`, `${chosen.file}: ${chosen.error}; the share images use the theme's design`)
  const store = shareImageStore(siteDirectory)
  await fs.promises.mkdir(store, { recursive: true })
  const started = Date.now()
  let rendered = 0
  const made = new Map<string, ShareImage>()
  const make = async (episode: EpisodeRecord & { id: string }): Promise<void> => {
    const still = localStill(episode, page.thumbnailFiles ?? [])
    const props = shareImageProps(episode, showTitle(page), still === null ? null : await stillProp(sharp, still.file).catch(() => null))
    // The site's design, and the theme's for an episode the site's makes nothing of.
    const designs = [
      ...(chosen.design === defaultShareImage ? [] : [{ design: chosen.design, name: chosen.file! }]),
      { design: defaultShareImage, name: "the theme's share image design" },
    ]
    for (const { design, name } of designs) {
      try {
        const svg = design(props)
        if (typeof svg !== "string" || svg.trim() === "") throw new Error("it returned no SVG text")
        const { hash, file: kept, fresh } = await storedImage(sharp, store, svg)
        if (fresh) rendered += 1
        const sitePath = `${episode.path}share-${hash.slice(0, 10)}.jpg`
        const target = path.join(siteDirectory, "public", sitePath)
        await fs.promises.mkdir(path.dirname(target), { recursive: true })
        await fs.promises.copyFile(kept, target)
        made.set(episode.id, { path: sitePath, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: shareImageAlt(props) })
        return
      } catch (error) {
        warnOnce(reporter, `render ${name}`, `${name} made no share image for "${episode.title}" (${error instanceof Error ? error.message : String(error)})`)
      }
    }
  }
  for (let start = 0; start < withPages.length; start += CONCURRENCY) await Promise.all(withPages.slice(start, start + CONCURRENCY).map(make))
  // In the episodes' order, whichever was made first.
  for (const episode of withPages) if (made.has(episode.id)) images.set(episode.id, made.get(episode.id)!)
  memory.filesByPage.set(
    page.id,
    [...images.values()].map((image) => image.path),
  )
  reporter.verbose(`[${PLUGIN_NAME}] ${page.path}: share images: ${rendered} made, ${images.size - rendered} unchanged, in ${Date.now() - started} ms`)
  return images
}
