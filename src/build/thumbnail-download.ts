/**
 * Downloads the thumbnails of a show's videos for the `thumbnails: "local"`
 * option. The fetching is handed in (Gatsby's fetchRemoteFile, kept between
 * builds by keepingDownloads), which keeps this module testable.
 */
import { createHash } from "crypto"
import fs from "fs"
import path from "path"
import type { Episode, Thumbnail } from "../types"
import { localThumbnail, thumbnailDownloads, type ThumbnailDownload } from "../content/thumbnails"

/** Fetches a URL to a local file; rejects when it cannot (HTTP error, no network). */
export type FetchFile = (url: string) => Promise<string>

export interface DownloadedThumbnails {
  /** Per video id: the local thumbnail, or null when its smallest JPEG could not be fetched. */
  byVideo: Map<string, Thumbnail | null>
  /** Files to copy into the site's public folder: from the cache, to a site path. */
  files: Array<{ from: string; to: string }>
  /** The first failure of each video that has no thumbnail: why its smallest JPEG could not be fetched. */
  failures: Map<string, string>
}

const CONCURRENCY = 6

/** Why a fetch failed, in a line: gatsby-core-utils puts it on a "Reason:" line of a long message. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return (/^Reason: (.+)$/m.exec(message)?.[1] ?? message.split("\n")[0]!).trim()
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += CONCURRENCY) await Promise.all(items.slice(start, start + CONCURRENCY).map(work))
}

export async function downloadThumbnails(
  episodes: ReadonlyArray<Pick<Episode, "youtube">>,
  options: { showPath: string; baseUrl: string; fetchFile: FetchFile },
): Promise<DownloadedThumbnails> {
  const videos = [...new Set(episodes.flatMap((episode) => (episode.youtube === null ? [] : [episode.youtube.id])))]
  const byVideo = new Map<string, Thumbnail | null>()
  const files: DownloadedThumbnails["files"] = []
  const failures = new Map<string, string>()
  await inBatches(videos, async (id) => {
    const [fallback, ...others] = thumbnailDownloads(id, options.baseUrl, options.showPath)
    // The smallest JPEG first: without it nothing is served, and an offline build fails once per video, not four times.
    try {
      files.push({ from: await options.fetchFile(fallback!.url), to: fallback!.sitePath })
    } catch (error) {
      failures.set(id, `${fallback!.url}: ${reasonOf(error)}`)
      byVideo.set(id, null)
      return
    }
    const fetched: ThumbnailDownload[] = [fallback!]
    await Promise.all(
      others.map(async (download) => {
        try {
          files.push({ from: await options.fetchFile(download.url), to: download.sitePath })
          fetched.push(download)
        } catch {
          // A missing larger size or WebP (old videos have no sddefault) only narrows the choice.
        }
      }),
    )
    byVideo.set(id, localThumbnail(fetched))
  })
  files.sort((a, b) => a.to.localeCompare(b.to))
  return { byVideo, files, failures }
}

/**
 * `fetchFile`, with every file it fetched kept in `directory` (one folder per URL) and handed out
 * from there on later builds without a request. The site's build command may begin with
 * `gatsby clean`, which empties Gatsby's cache (and fetchRemoteFile's with it): the theme keeps its
 * downloads in `node_modules/.cache/gatsby-theme-openinfra-live/thumbnails/` of the site (see
 * `thumbnailStore`), which `gatsby clean` leaves alone and hosts such as Netlify keep between deploys
 * with node_modules. Failures are not kept: the next build tries again.
 */
export function keepingDownloads(fetchFile: FetchFile, directory: string): FetchFile {
  return async (url) => {
    const folder = path.join(directory, createHash("sha256").update(url).digest("hex").slice(0, 32))
    const kept = path.join(folder, path.posix.basename(new URL(url).pathname) || "file")
    if (
      await fs.promises.stat(kept).then(
        (stat) => stat.isFile() && stat.size > 0,
        () => false,
      )
    )
      return kept
    const fetched = await fetchFile(url)
    await fs.promises.mkdir(folder, { recursive: true })
    // Written beside, then renamed: a build stopped halfway never leaves a partial file to be served later.
    const partial = `${kept}.${process.pid}.partial`
    await fs.promises.copyFile(fetched, partial)
    await fs.promises.rename(partial, kept)
    return kept
  }
}

/** Where a site keeps the theme's downloaded thumbnails between builds (`siteDirectory` is the site's folder). */
export function thumbnailStore(siteDirectory: string): string {
  return path.join(siteDirectory, "node_modules", ".cache", "gatsby-theme-openinfra-live", "thumbnails")
}
