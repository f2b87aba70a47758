/**
 * What the browser bundles: the templates and components (the site's pages), and the CMS module
 * (the site's CMS bundle, built by webpack 5, which has no Node built-ins). Every module they import,
 * transitively, must leave Node's built-ins alone; a slip shows up only when a site builds otherwise.
 */
import fs from "fs"
import { builtinModules } from "module"
import path from "path"

const SRC = path.join(__dirname, "..", "..", "src")
const ENTRIES = [
  ...fs.readdirSync(path.join(SRC, "templates")).map((file) => path.join(SRC, "templates", file)),
  ...fs.readdirSync(path.join(SRC, "components")).map((file) => path.join(SRC, "components", file)),
  path.join(SRC, "cms", "register.ts"),
  path.join(SRC, "cms", "preview.tsx"),
  path.join(SRC, "cms", "collection.ts"),
]

/** The specifiers a module imports or re-exports (type-only imports are erased and left out). */
function specifiers(file: string): string[] {
  const source = fs.readFileSync(file, "utf8")
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)].map((match) => match[1]!)
}

function resolveLocal(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier)
  const candidate = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((file) => fs.existsSync(file) && fs.statSync(file).isFile())
  if (candidate === undefined) throw new Error(`${from} imports ${specifier}, which does not exist`)
  return candidate
}

/** Every package (or built-in) the entries reach, with the module that imports it. */
function reachedPackages(): Map<string, string> {
  const packages = new Map<string, string>()
  const seen = new Set<string>()
  const queue = [...ENTRIES]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file) || file.endsWith(".css")) continue
    seen.add(file)
    for (const specifier of specifiers(file)) {
      if (specifier.startsWith(".")) queue.push(resolveLocal(file, specifier))
      else packages.set(specifier, path.relative(SRC, file))
    }
  }
  return packages
}

describe("the modules the browser bundles", () => {
  it("import no Node built-in, directly or through another module", () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
    const reached = reachedPackages()
    expect([...reached.keys()]).toEqual(expect.arrayContaining(["react", "gatsby"]))
    expect([...reached].filter(([name]) => builtins.has(name.split("/")[0]!)).map(([name, file]) => `${file} imports ${name}`)).toEqual([])
  })

  it("would see a built-in imported two modules away", () => {
    // The same walk over a module known to import one: src/build/sourcing.ts imports path.
    expect(specifiers(path.join(SRC, "build", "sourcing.ts"))).toContain("path")
  })
})

describe("the command line (src/cli)", () => {
  /** Every .ts and .tsx file under a folder. */
  const sources = (folder: string): string[] =>
    fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) return sources(full)
      return /\.tsx?$/.test(entry.name) ? [full] : []
    })

  it("is imported by no other folder of src: cli imports cms, content and build, never the other way", () => {
    const cli = path.join(SRC, "cli")
    const inward = sources(SRC)
      .filter((file) => !file.startsWith(cli + path.sep))
      .flatMap((file) =>
        specifiers(file)
          .filter((specifier) => specifier.startsWith(".") && resolveLocal(file, specifier).startsWith(cli + path.sep))
          .map((specifier) => `${path.relative(SRC, file)} imports ${specifier}`),
      )
    expect(sources(cli).length).toBeGreaterThan(0)
    expect(inward).toEqual([])
  })
})
