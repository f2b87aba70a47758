/**
 * A content file checked the way the build checks it, without Gatsby: its
 * frontmatter read with gray-matter (as gatsby-transformer-remark and the
 * theme's own `contentPath` sourcing read it), normalized, every problem
 * placed at its line and column. Used by gatsby-node and by the `check` command.
 */
import matter from "gray-matter"
import { locator, yamlError } from "./locate"
import { normalizeContent, problemAt, type NormalizeContext, type NormalizedContent, type Problem } from "./normalize"

export interface YamlProblem {
  /** What the YAML parser said, without its code excerpt. */
  reason: string
  /** 1-based, in the whole file; null when the parser did not say. */
  line: number | null
  column: number | null
}

export type Frontmatter = { ok: true; data: Record<string, unknown> } | { ok: false; error: YamlProblem }

/** The frontmatter of a markdown file, as the build reads it. */
export function readFrontmatter(source: string): Frontmatter {
  try {
    // gray-matter caches by text and hands out the same object: copy before anyone changes it.
    return { ok: true, data: { ...(matter(source).data as Record<string, unknown>) } }
  } catch (error) {
    const { reason, mark, message } = error as { reason?: string; mark?: { line?: number; column?: number }; message?: string }
    // The yaml package points at the line where the mistake is; js-yaml (gray-matter's parser) often at the
    // line after it, counting from 0 within the frontmatter, which starts on the file's second line.
    const located = yamlError(source)?.position
    const line = located?.line ?? (typeof mark?.line === "number" ? mark.line + 2 : null)
    const column = located?.column ?? (typeof mark?.column === "number" ? mark.column + 1 : null)
    return { ok: false, error: { reason: reason ?? String(message ?? error).split("\n")[0]!, line, column } }
  }
}

/** The error for a frontmatter that is not valid YAML, at the line the parser names. */
export function invalidYamlProblem(file: string, error: YamlProblem): Problem {
  const at = error.line === null ? null : { line: error.line, column: error.column ?? 1 }
  return problemAt("error", { file, locate: () => at }, [], `the frontmatter is not valid YAML: ${error.reason}`)
}

export interface CheckedFile {
  /** False for a markdown file of another templateKey (or none): the checker leaves it alone. */
  isShow: boolean
  problems: Problem[]
  content: NormalizedContent | null
}

/** Checks one markdown file's text; `context` is what the build would pass for it. */
export function checkMarkdown(source: string, context: NormalizeContext & { templateKey: string }): CheckedFile {
  const front = readFrontmatter(source)
  if (!front.ok) {
    // A file that does not parse may still be the show's: say so only when it looks like it.
    const isShow = new RegExp(`^\\s*templateKey\\s*:\\s*["']?${context.templateKey.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*$`, "m").test(source)
    return { isShow, problems: isShow ? [invalidYamlProblem(context.file, front.error)] : [], content: null }
  }
  if (front.data.templateKey !== context.templateKey) return { isShow: false, problems: [], content: null }
  const content = normalizeContent(front.data, { ...context, locate: locator(source) })
  return { isShow: true, problems: content.problems, content }
}
