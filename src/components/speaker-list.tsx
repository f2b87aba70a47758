import * as React from "react"
import { withPrefix } from "gatsby"
import type { Speaker, TopicLink } from "../types"

export interface SpeakerListProps {
  speakers: Speaker[]
  /** The episode's topics, shown after the speakers as "Topics: …", each a link to its page. Default: none. */
  topics?: TopicLink[]
}

/** A line of names under a label: speakers of one role, or the topics. */
interface Group {
  role: string | null
  items: Array<Pick<Speaker, "name" | "path"> & { affiliation?: string | null }>
}

function groupByRole(speakers: Speaker[]): Group[] {
  const groups: Group[] = []
  for (const speaker of speakers) {
    const last = groups[groups.length - 1]
    if (last !== undefined && last.role === speaker.role) last.items.push(speaker)
    else groups.push({ role: speaker.role, items: [speaker] })
  }
  return groups
}

/**
 * Speakers in the order the editor listed them, grouped under their role ("Host", "Participants"),
 * each person's name a link to their page (when the theme makes people pages); then the episode's
 * topics, each a link to its page.
 */
export default function SpeakerList({ speakers, topics = [] }: SpeakerListProps) {
  const groups = groupByRole(speakers)
  if (topics.length > 0) groups.push({ role: "Topics", items: topics })
  if (groups.length === 0) return null
  return (
    <div className="oil-speakers">
      {groups.map((group, index) => (
        <p className="oil-speakers__group" key={index}>
          <span className="oil-speakers__role">{group.role ?? "Speakers"}:</span>{" "}
          {group.items.map((item, position) => (
            <React.Fragment key={position}>
              {position > 0 && ", "}
              <span className="oil-speaker">
                {item.path ? (
                  // A plain link: Gatsby's Link would prefetch every person's and topic's page a card shows.
                  <a className="oil-speaker__name" href={withPrefix(item.path)}>
                    {item.name}
                  </a>
                ) : (
                  <span className="oil-speaker__name">{item.name}</span>
                )}
                {item.affiliation && <span className="oil-speaker__affiliation"> ({item.affiliation})</span>}
              </span>
            </React.Fragment>
          ))}
        </p>
      ))}
    </div>
  )
}
