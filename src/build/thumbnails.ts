/**
 * The `thumbnails: "local"` option at build time: onCreateNode downloads each video's thumbnails
 * (src/build/thumbnail-download.ts), and createPages copies them where the site serves them.
 */
import fs from "fs"
import path from "path"
import type { GatsbyCache } from "gatsby"
import { siteGatsbyCoreUtils } from "./compat"
import type { Locate } from "../content/locate"
import { episodeLabel, problemAt, type Problem } from "../content/normalize"
import { downloadThumbnails, keepingDownloads, thumbnailStore } from "./thumbnail-download"
import type { Episode } from "../types"
import type { PageNode } from "./show-nodes"

/** A downloaded thumbnail: Gatsby's cache file, and the site path it is served at. */
export type ThumbnailFile = PageNode["thumbnailFiles"][number]

/** The show being read, as the download needs it. */
export interface ShowThumbnails {
  /** The show file, as messages name it, and where its fields stand in it. */
  file: string
  locate?: Locate
  showPath: string
  /** Each episode's `youtube.thumbnail` is set to the downloaded one (null when it could not be downloaded). */
  episodes: Episode[]
  /** A warning is added for each thumbnail that could not be downloaded. */
  problems: Problem[]
}

/**
 * Downloads the thumbnails of the show's videos, once: kept where `gatsby clean` does not reach (a
 * rebuild does not fetch again), copied into public/ by createPages. gatsby-core-utils is resolved on
 * the first download only: a show without videos never needs it.
 */
export async function downloadShowThumbnails(
  { cache, siteDirectory, baseUrl }: { cache: GatsbyCache; siteDirectory: string; baseUrl: string },
  show: ShowThumbnails,
): Promise<ThumbnailFile[]> {
  let coreUtils: ReturnType<typeof siteGatsbyCoreUtils> | undefined
  const fetchFile = keepingDownloads(
    (url: string) => (coreUtils ??= siteGatsbyCoreUtils(siteDirectory)).fetchRemoteFile({ url, cache }),
    thumbnailStore(siteDirectory),
  )
  const downloaded = await downloadThumbnails(show.episodes, { showPath: show.showPath, baseUrl, fetchFile })
  for (const episode of show.episodes) {
    if (episode.youtube === null) continue
    episode.youtube = { ...episode.youtube, thumbnail: downloaded.byVideo.get(episode.youtube.id) ?? null }
    const failure = downloaded.failures.get(episode.youtube.id)
    if (failure !== undefined) {
      show.problems.push(
        problemAt(
          "warning",
          show,
          ["episodes", episode.number - 1, "youtubeEmbed"],
          `${episodeLabel(episode)}: the video's thumbnail could not be downloaded (${failure}); the card shows a placeholder`,
        ),
      )
    }
  }
  return downloaded.files
}

/**
 * Puts a page's downloaded thumbnails where the site serves them. From createPages, which runs in
 * `gatsby develop` and on every build, cached or not.
 */
export async function copyThumbnails(page: PageNode, siteDirectory: string): Promise<void> {
  for (const { from, to } of page.thumbnailFiles ?? []) {
    const target = path.join(siteDirectory, "public", to)
    await fs.promises.mkdir(path.dirname(target), { recursive: true })
    await fs.promises.copyFile(from, target)
  }
}
