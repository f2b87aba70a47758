/**
 * A site's own Babel compiles the theme's src/ for the browser, and @babel/preset-env rewrites for older
 * browsers every regex literal that uses the `u`, `s` or `v` flag, a named group or a `\p{…}` property
 * escape, with regexpu-core. That rewrite crashes where a site's lockfile holds two copies of `regenerate`
 * ("symbol.charCodeAt is not a function"). Babel leaves `new RegExp(source, flags)` calls alone: src/ writes
 * such patterns that way, and no literal that needs rewriting is left in any .ts/.tsx file of src/.
 */
import fs from "fs"
import path from "path"
import ts from "typescript"

const SRC = path.join(__dirname, "..", "..", "src")

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Why Babel would rewrite a regex literal (`/…/flags`), or null when it leaves it as it is. */
function rewriteReason(literal: string): string | null {
  const end = literal.lastIndexOf("/")
  const body = literal.slice(1, end)
  const flags = literal.slice(end + 1)
  const flag = /[usv]/.exec(flags)?.[0]
  if (flag !== undefined) return `the ${flag} flag`
  // A named group; lookbehinds, (?<= and (?<!, are left alone.
  if (/\(\?<(?![=!])/.test(body)) return "a named group"
  if (/\\[pP]\{/.test(body)) return "a \\p{…} escape"
  return null
}

/** Every regex literal of a file's source, with its line. */
function regexLiterals(file: string, text = fs.readFileSync(file, "utf8")): Array<{ line: number; literal: string }> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: Array<{ line: number; literal: string }> = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, literal: node.getText(source) })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe("the regular expressions of src/", () => {
  it("are all literals a site's Babel compiles without rewriting them (else new RegExp(source, flags))", () => {
    const files = sourceFiles(SRC)
    expect(files.length).toBeGreaterThan(40)
    const literals = files.flatMap((file) => regexLiterals(file).map((found) => ({ ...found, file: path.relative(path.dirname(SRC), file) })))
    // The walk sees the literals: src/ has many that need no rewriting.
    expect(literals.length).toBeGreaterThan(50)
    const rewritten = literals.flatMap(({ file, line, literal }) => {
      const reason = rewriteReason(literal)
      return reason === null ? [] : [`${file}:${line}: ${literal} (${reason})`]
    })
    expect(rewritten).toEqual([])
  })

  it.each([
    ["/[\\p{L}]/u", "the u flag"],
    ["/^a.b$/s", "the s flag"],
    ["/[\\p{L}--[a-z]]/v", "the v flag"],
    ["/(?<year>\\d{4})-(?<month>\\d\\d)/", "a named group"],
    ["/\\P{Lu}/", "a \\p{…} escape"],
    ["/\\d+/gi", null],
    ["/(?<=\\$)\\d+(?<!0)/", null],
    ["/\\/p\\{/", null],
  ])("says why Babel rewrites %s: %s", (literal, reason) => {
    expect(rewriteReason(literal)).toBe(reason)
  })

  it("finds literals in TSX, and not in strings, comments or RegExp calls", () => {
    const text = ['const a = new RegExp("[\\\\p{L}]", "u") // /x/u', "const b = <div title={'/y/s'}>{/z/u.test(c) ? 1 : 2}</div>", "const d = e / f / g"].join(
      "\n",
    )
    expect(regexLiterals("example.tsx", text)).toEqual([{ line: 2, literal: "/z/u" }])
  })
})
