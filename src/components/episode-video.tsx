import * as React from "react"
import type { YouTubeVideo } from "../types"

export interface EpisodeVideoProps {
  video: YouTubeVideo
  episodeTitle: string
}

/**
 * The video's thumbnail, linking to it: no player, no request to YouTube
 * beyond a lazy image, until the viewer asks for the video.
 */
export default function EpisodeVideo({ video, episodeTitle }: EpisodeVideoProps) {
  return (
    <a className="oil-video" href={video.watchUrl} rel="noopener noreferrer" aria-label={`Watch on YouTube: ${episodeTitle}`}>
      <img className="oil-video__thumbnail" src={video.thumbnailUrl} alt="" width={480} height={360} loading="lazy" decoding="async" />
    </a>
  )
}
