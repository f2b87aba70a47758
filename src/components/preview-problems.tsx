import * as React from "react"

export interface PreviewProblem {
  level: "error" | "warning"
  /** The build's words, without the file and line: `episode 3 "Kata" (2021-07-22): date …`. */
  text: string
}

export interface PreviewProblemsProps {
  problems: PreviewProblem[]
  /** Published episodes, and drafts left out. */
  episodeCount: number
  draftCount: number
}

/** At the top of the CMS preview: what the build would report about the entry as it is now. */
export default function PreviewProblems({ problems, episodeCount, draftCount }: PreviewProblemsProps) {
  const errors = problems.filter((problem) => problem.level === "error").length
  const summary =
    problems.length === 0
      ? "The build would report no problem."
      : `The build would report ${errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}${errors < problems.length ? " and " : ""}` : ""}${
          problems.length > errors ? `${problems.length - errors} warning${problems.length - errors === 1 ? "" : "s"}` : ""
        }${errors > 0 ? ", and would stop" : ""}:`
  return (
    <section className={`oil-preview-problems${errors > 0 ? " oil-preview-problems--error" : ""}`} aria-label="Content check" role="status">
      <p className="oil-preview-problems__summary">
        <strong>{summary}</strong> {episodeCount} published episode{episodeCount === 1 ? "" : "s"}
        {draftCount > 0 ? `, ${draftCount} draft${draftCount === 1 ? "" : "s"} left out` : ""}.
      </p>
      {problems.length > 0 && (
        <ul className="oil-preview-problems__list">
          {problems.map((problem, index) => (
            <li key={index} className={`oil-preview-problems__item oil-preview-problems__item--${problem.level}`}>
              <span className="oil-preview-problems__level">{problem.level === "error" ? "Error" : "Warning"}:</span> {problem.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
