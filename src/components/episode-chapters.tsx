import * as React from "react"
import { useHydrated } from "../hooks/use-hydrated"
import type { Chapter, YouTubeVideo } from "../types"
import { formatChapterTime } from "../utils/chapter-time"

export interface EpisodeChaptersProps {
  /** The video's chapters, in order (`episode.chapters`). */
  chapters: Chapter[]
  /** The video they are chapters of: each chapter links to its watch page at the chapter's second. */
  video: YouTubeVideo
  /** Called with a chapter's start (seconds) when the viewer picks it, once the page is hydrated: the page plays the video from there. */
  onSelect: (start: number) => void
  /** The level of the list's heading, under the episode's. Default: 2. */
  headingLevel?: 2 | 3 | 4 | 5
  /** Makes the heading's id unique on the page: the episode's slug. */
  idPrefix: string
}

/**
 * The video's chapters: an ordered list of `12:34 Kata roadmap`, each a link to the video on YouTube
 * at that second, which works without JavaScript. Once hydrated, a click (without a modifier key,
 * which still opens YouTube, in a new tab or window) plays the video on the page from there instead.
 * Only the episode page imports this: the show page's cards ship none of it.
 */
export default function EpisodeChapters({ chapters, video, onSelect, headingLevel = 2, idPrefix }: EpisodeChaptersProps) {
  const hydrated = useHydrated()
  const Heading = `h${headingLevel}` as const
  const headingId = `${idPrefix}-chapters`
  return (
    <section className="oil-chapters" aria-labelledby={headingId}>
      <Heading className="oil-chapters__title" id={headingId}>
        Chapters
      </Heading>
      <ol className="oil-chapters__list">
        {chapters.map((chapter) => (
          <li key={chapter.start} className="oil-chapters__item">
            <a
              className="oil-chapters__link"
              href={`${video.watchUrl}&t=${chapter.start}s`}
              rel="noopener noreferrer"
              onClick={
                hydrated
                  ? (event) => {
                      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
                      event.preventDefault()
                      onSelect(chapter.start)
                    }
                  : undefined
              }
            >
              <time className="oil-chapters__time" dateTime={`PT${chapter.start}S`}>
                {formatChapterTime(chapter.start)}
              </time>{" "}
              <span className="oil-chapters__name">{chapter.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  )
}
