import * as React from "react"
import { Link } from "gatsby"
import type { Speaker } from "../types"

export interface SpeakerListProps {
  speakers: Speaker[]
}

interface Group {
  role: string | null
  speakers: Speaker[]
}

function groupByRole(speakers: Speaker[]): Group[] {
  const groups: Group[] = []
  for (const speaker of speakers) {
    const last = groups[groups.length - 1]
    if (last !== undefined && last.role === speaker.role) last.speakers.push(speaker)
    else groups.push({ role: speaker.role, speakers: [speaker] })
  }
  return groups
}

/**
 * Speakers in the order the editor listed them, grouped under their role ("Host", "Participants"),
 * each person's name a link to their page (when the theme makes people pages).
 */
export default function SpeakerList({ speakers }: SpeakerListProps) {
  if (speakers.length === 0) return null
  return (
    <div className="oil-speakers">
      {groupByRole(speakers).map((group, index) => (
        <p className="oil-speakers__group" key={index}>
          <span className="oil-speakers__role">{group.role ?? "Speakers"}:</span>{" "}
          {group.speakers.map((speaker, position) => (
            <React.Fragment key={position}>
              {position > 0 && ", "}
              <span className="oil-speaker">
                {speaker.path ? (
                  <Link className="oil-speaker__name" to={speaker.path}>
                    {speaker.name}
                  </Link>
                ) : (
                  <span className="oil-speaker__name">{speaker.name}</span>
                )}
                {speaker.affiliation !== null && <span className="oil-speaker__affiliation"> ({speaker.affiliation})</span>}
              </span>
            </React.Fragment>
          ))}
        </p>
      ))}
    </div>
  )
}
