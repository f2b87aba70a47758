/**
 * Video thumbnails. By default ("local") the build downloads each episode's
 * thumbnails and the site serves them itself, so that a visitor's browser makes
 * no request to Google before the viewer presses play. With "youtube", the
 * cards load them from YouTube's image host, as embeds do.
 */
import type { Thumbnail } from "../types"

export const DEFAULT_THUMBNAIL_BASE_URL = "https://i.ytimg.com"

/** YouTube's 4:3 stills: one for cards (about 480 px wide), a larger one for the featured episode and wide screens. */
export const THUMBNAIL_VARIANTS = [
  { name: "hqdefault", width: 480, height: 360 },
  { name: "sddefault", width: 640, height: 480 },
] as const

/** The folder, under the show's path, that local thumbnails are served from. */
export const THUMBNAIL_FOLDER = "thumbnails"

/** Which widths of an image the browser should pick for a card: the whole column on a phone, a third of 72rem on a desktop. */
export const THUMBNAIL_SIZES = "(min-width: 64rem) 24rem, (min-width: 40rem) 50vw, 100vw"

export interface ThumbnailDownload {
  url: string
  /** Where the site serves it: /live/thumbnails/ID-hqdefault.webp. */
  sitePath: string
  format: "jpeg" | "webp"
  width: number
  height: number
}

const base = (baseUrl: string) => baseUrl.replace(/\/+$/, "")

/** Every file to download for a video, JPEG and WebP in each size. */
export function thumbnailDownloads(videoId: string, baseUrl: string, showPath: string): ThumbnailDownload[] {
  return THUMBNAIL_VARIANTS.flatMap(({ name, width, height }) => [
    {
      url: `${base(baseUrl)}/vi/${videoId}/${name}.jpg`,
      sitePath: `${showPath}${THUMBNAIL_FOLDER}/${videoId}-${name}.jpg`,
      format: "jpeg" as const,
      width,
      height,
    },
    {
      url: `${base(baseUrl)}/vi_webp/${videoId}/${name}.webp`,
      sitePath: `${showPath}${THUMBNAIL_FOLDER}/${videoId}-${name}.webp`,
      format: "webp" as const,
      width,
      height,
    },
  ])
}

const srcSet = (images: ReadonlyArray<{ path: string; width: number }>) => images.map((image) => `${image.path} ${image.width}w`).join(", ")

/** The thumbnail from YouTube's host (the "youtube" option). */
export function remoteThumbnail(videoId: string, baseUrl: string = DEFAULT_THUMBNAIL_BASE_URL): Thumbnail {
  const jpegs = THUMBNAIL_VARIANTS.map(({ name, width }) => ({ path: `${base(baseUrl)}/vi/${videoId}/${name}.jpg`, width }))
  const webps = THUMBNAIL_VARIANTS.map(({ name, width }) => ({ path: `${base(baseUrl)}/vi_webp/${videoId}/${name}.webp`, width }))
  return { src: jpegs[0]!.path, srcSet: srcSet(jpegs), webpSrcSet: srcSet(webps), width: THUMBNAIL_VARIANTS[0].width, height: THUMBNAIL_VARIANTS[0].height }
}

/**
 * The thumbnail from the files the build could download, or null without the
 * smallest JPEG (the fallback every browser can show): the card then shows a
 * neutral placeholder. A missing WebP or larger size only narrows the choice.
 */
export function localThumbnail(downloaded: readonly ThumbnailDownload[]): Thumbnail | null {
  const jpegs = downloaded.filter((file) => file.format === "jpeg").sort((a, b) => a.width - b.width)
  const smallest = jpegs[0]
  if (smallest === undefined || smallest.width !== THUMBNAIL_VARIANTS[0].width) return null
  const webps = downloaded.filter((file) => file.format === "webp").sort((a, b) => a.width - b.width)
  const asImages = (files: ThumbnailDownload[]) => files.map((file) => ({ path: file.sitePath, width: file.width }))
  return {
    src: smallest.sitePath,
    srcSet: srcSet(asImages(jpegs)),
    webpSrcSet: webps.length === 0 ? null : srcSet(asImages(webps)),
    width: smallest.width,
    height: smallest.height,
  }
}
