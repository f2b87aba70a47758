import * as React from "react"
import { withPrefix } from "gatsby"
import { useEffect, useRef, useState } from "react"
import { useHydrated } from "../hooks/use-hydrated"
import type { YouTubeVideo } from "../types"
import { THUMBNAIL_SIZES } from "../content/thumbnails"

export interface EpisodeVideoProps {
  video: YouTubeVideo
  episodeTitle: string
  /**
   * A second to play the video from (a chapter the viewer picked): when set, and whenever it changes,
   * the player takes the facade's place (or reloads) at that second, with autoplay, and takes the focus.
   */
  startAt?: number | null
}

/** A srcset's site paths (local thumbnails) under the site's path prefix; URLs (YouTube's host) as they are. */
const prefixed = (srcSet: string) =>
  srcSet
    .split(", ")
    .map((candidate) => withPrefix(candidate))
    .join(", ")

/** The player's permissions, as YouTube's own embed code gives them. */
const ALLOW = "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"

/**
 * A facade: the video's thumbnail and a play button, and no request to YouTube
 * but the lazy thumbnail until the viewer asks for the video. A click swaps in
 * the player (privacy-enhanced host, autoplay) and moves focus to it.
 * Without JavaScript the control over the thumbnail is a link to the video on
 * YouTube; hydration swaps only that control for a button, so the thumbnail's
 * elements stay as the server wrote them (no image made again after hydration).
 */
export default function EpisodeVideo({ video, episodeTitle, startAt = null }: EpisodeVideoProps) {
  const hydrated = useHydrated()
  const [playing, setPlaying] = useState(false)
  const player = useRef<HTMLIFrameElement>(null)
  const start = startAt === null ? null : Math.max(0, Math.floor(startAt))
  const shown = playing || start !== null
  useEffect(() => {
    if (shown) player.current?.focus()
  }, [shown, start])

  if (shown) {
    return (
      <div className="oil-video oil-video--playing">
        <iframe
          ref={player}
          className="oil-video__player"
          src={start === null ? `${video.embedUrl}?autoplay=1` : `${video.embedUrl}?autoplay=1&start=${start}`}
          title={`${episodeTitle} (YouTube video)`}
          allow={ALLOW}
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    )
  }
  const { thumbnail } = video
  const icon = <span className="oil-video__play" aria-hidden="true" />
  return (
    <div className="oil-video">
      {thumbnail === null ? (
        <span className="oil-video__thumbnail oil-video__thumbnail--placeholder" role="img" aria-label={`Video: ${episodeTitle}`} />
      ) : (
        <picture>
          {thumbnail.webpSrcSet !== null && <source type="image/webp" srcSet={prefixed(thumbnail.webpSrcSet)} sizes={THUMBNAIL_SIZES} />}
          {/* `loading` before `src` and `srcSet`: React sets attributes in this order on an element it creates,
              and an image whose source is set first starts loading at once, lazy or not. */}
          <img
            className="oil-video__thumbnail"
            loading="lazy"
            decoding="async"
            width={thumbnail.width}
            height={thumbnail.height}
            alt={`Video thumbnail: ${episodeTitle}`}
            sizes={THUMBNAIL_SIZES}
            srcSet={prefixed(thumbnail.srcSet)}
            src={withPrefix(thumbnail.src)}
          />
        </picture>
      )}
      {hydrated ? (
        <button type="button" className="oil-video__control" aria-label={`Play: ${episodeTitle}`} onClick={() => setPlaying(true)}>
          {icon}
        </button>
      ) : (
        <a className="oil-video__control" href={video.watchUrl} rel="noopener noreferrer" aria-label={`Play on YouTube: ${episodeTitle}`}>
          {icon}
        </a>
      )}
    </div>
  )
}
