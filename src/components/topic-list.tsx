import * as React from "react"
import { Link } from "gatsby"
import type { TopicLink } from "../types"

export interface TopicListProps {
  /** The episode's topics, in the content's order. */
  topics: TopicLink[]
}

/** "Topics: Kata Containers, Ironic", each a link to its page; nothing when the episode has none. */
export default function TopicList({ topics }: TopicListProps) {
  if (!topics?.length) return null
  return (
    <p className="oil-speakers__group oil-topics">
      <span className="oil-speakers__role">Topics:</span>{" "}
      {topics.map((topic, position) => (
        <React.Fragment key={topic.path}>
          {position > 0 && ", "}
          <Link className="oil-speaker__name" to={topic.path}>
            {topic.name}
          </Link>
        </React.Fragment>
      ))}
    </p>
  )
}
