import * as React from "react"

export interface PreviewProblem {
  /** An info note says how a rule read a field: it is listed as a note, never counted as a problem. */
  level: "error" | "warning" | "info"
  /** The build's words, without the file and line: `episode 3 "Kata" (2021-07-22): date …`. */
  text: string
}

export interface PreviewProblemsProps {
  problems: PreviewProblem[]
  /** Published episodes, and drafts left out. */
  episodeCount: number
  draftCount: number
}

const LABELS: Record<PreviewProblem["level"], string> = { error: "Error", warning: "Warning", info: "Note" }

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** At the top of the CMS preview: what the build would report about the entry as it is now. */
export default function PreviewProblems({ problems, episodeCount, draftCount }: PreviewProblemsProps) {
  const errors = problems.filter((problem) => problem.level === "error").length
  const warnings = problems.filter((problem) => problem.level === "warning").length
  const notes = problems.filter((problem) => problem.level === "info").length
  const reported = [errors > 0 ? count(errors, "error") : null, warnings > 0 ? count(warnings, "warning") : null].filter((part) => part !== null)
  const summary = `The build would report ${reported.length === 0 ? "no problem" : reported.join(" and ")}${notes > 0 ? ` (and ${count(notes, "note")})` : ""}${
    errors > 0 ? ", and would stop" : ""
  }${problems.length > 0 ? ":" : "."}`
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
              <span className="oil-preview-problems__level">{LABELS[problem.level]}:</span> {problem.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
