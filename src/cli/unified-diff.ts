/**
 * A unified diff of two texts, line by line (Myers' algorithm), as `diff -u`
 * and `git diff` write it: what `cms-config --config` prints, for review and
 * for `git apply`.
 */

type Op = { kind: " " | "-" | "+"; line: string }

/** The shortest edit script from `a` to `b`, as kept, removed and added lines in order. */
function editScript(a: string[], b: string[]): Op[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = false
  for (let d = 0; d <= max && !found; d += 1) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x += 1
        y += 1
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = true
        break
      }
    }
  }
  // Walk back through the saved frontiers.
  const ops: Op[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const frontier = trace[d]!
    const k = x - y
    const previousK = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? k + 1 : k - 1
    const previousX = d === 0 ? 0 : frontier[offset + previousK]!
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      ops.push({ kind: " ", line: a[x - 1]! })
      x -= 1
      y -= 1
    }
    if (d === 0) break
    if (x === previousX) ops.push({ kind: "+", line: b[y - 1]! })
    else ops.push({ kind: "-", line: a[x - 1]! })
    x = previousX
    y = previousY
  }
  return ops.reverse()
}

/** A text's lines; the last one, when the text does not end in a newline, marked (it differs from the same line with one). */
const NO_NEWLINE = "\u0000no newline"
const split = (text: string) => {
  const lines = text.split("\n")
  if (lines[lines.length - 1] === "") lines.pop()
  else lines[lines.length - 1] += NO_NEWLINE
  return lines
}

/** `before` → `after` as a unified diff of `path` (a/ and b/ prefixes, `context` lines around each change); "" when they are the same. */
export function unifiedDiff(before: string, after: string, path: string, context = 3): string {
  if (before === after) return ""
  const ops = editScript(split(before), split(after))
  const hunks: string[] = []
  let index = 0
  while (index < ops.length) {
    if (ops[index]!.kind === " ") {
      index += 1
      continue
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change closer than 2 × context.
    let start = index
    while (start > 0 && index - start < context && ops[start - 1]!.kind === " ") start -= 1
    let end = index
    let lastChange = index
    while (end < ops.length) {
      if (ops[end]!.kind !== " ") lastChange = end
      else if (end - lastChange > 2 * context) break
      end += 1
    }
    end = Math.min(ops.length, lastChange + context + 1)
    let oldLine = 1
    let newLine = 1
    for (const op of ops.slice(0, start)) {
      if (op.kind !== "+") oldLine += 1
      if (op.kind !== "-") newLine += 1
    }
    const body = ops.slice(start, end)
    const oldCount = body.filter((op) => op.kind !== "+").length
    const newCount = body.filter((op) => op.kind !== "-").length
    const range = (line: number, count: number) => `${count === 0 ? line - 1 : line}${count === 1 ? "" : `,${count}`}`
    const lines = body.map((op) =>
      op.line.endsWith(NO_NEWLINE) ? `${op.kind}${op.line.slice(0, -NO_NEWLINE.length)}\n\\ No newline at end of file\n` : `${op.kind}${op.line}\n`,
    )
    hunks.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n${lines.join("")}`)
    index = end
  }
  return `--- a/${path}\n+++ b/${path}\n${hunks.join("")}`
}

/** How many lines a unified diff removes and adds. */
export function diffStat(diff: string): { added: number; removed: number } {
  let added = 0
  let removed = 0
  for (const line of diff.split("\n")) {
    if (line.startsWith("+") && !line.startsWith("+++ ")) added += 1
    else if (line.startsWith("-") && !line.startsWith("--- ")) removed += 1
  }
  return { added, removed }
}
