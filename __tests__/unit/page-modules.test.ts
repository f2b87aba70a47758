/** The modules through which Gatsby finds the theme's queries, only when the theme is switched on. */
import fs from "fs"
import path from "path"
import ts from "typescript"
import { fragmentsModule, pageModule } from "../../src/build/page-modules"
import { FRAGMENTS, PAGE_QUERIES, type TemplateName } from "../../src/build/queries"

const THEME = path.join(__dirname, "..", "..")
const SOURCE_EXTENSIONS = /\.(m|c)?(t|j)sx?$/

/** The graphql tagged templates and useStaticQuery calls of a source file: what Gatsby's query extraction looks for. */
function queriesIn(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : undefined)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "graphql") found.push(node.getText())
    if (ts.isCallExpression(node) && node.expression.getText() === "useStaticQuery") found.push(node.getText())
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Every file of the theme that Gatsby reads for queries where the theme is installed (what `npm pack` ships). */
function shippedSources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return shippedSources(full)
    return SOURCE_EXTENSIONS.test(entry.name) ? [full] : []
  })
}

describe("the theme's queries", () => {
  it("are in no file Gatsby reads for queries in every installed package (a tag there breaks sites that have the theme but not in plugins)", () => {
    const files = [
      ...shippedSources(path.join(THEME, "src")),
      ...["gatsby-ssr.js", "gatsby-node.ts", "gatsby-config.ts", "cms.js", "index.js"].map((f) => path.join(THEME, f)),
    ]
    expect(files.length).toBeGreaterThan(20)
    expect(files.filter((file) => queriesIn(file).length > 0)).toEqual([])
    // The check finds what it looks for.
    expect(queriesIn(path.join(__dirname, "..", "fixtures", "foundation-site", "src", "templates", "openinfra-live.js"))).not.toEqual([])
  })

  it("are written as a page module per template: the template's component and Head, and its query", () => {
    for (const name of Object.keys(PAGE_QUERIES) as TemplateName[]) {
      const file = pageModule(name, "/site/node_modules/gatsby-theme-openinfra-live", "/site/.cache/caches/gatsby-theme-openinfra-live")
      expect(file.path).toBe(`/site/.cache/caches/gatsby-theme-openinfra-live/${name}.js`)
      expect(file.content).toContain(`import Template, { Head } from "/site/node_modules/gatsby-theme-openinfra-live/src/templates/${name}"`)
      expect(file.content).toMatch(/^export default Template$/m)
      expect(file.content).toContain(`export const query = graphql\`${PAGE_QUERIES[name]}\``)
      expect(fs.existsSync(path.join(THEME, "src", "templates", `${name}.tsx`))).toBe(true)
    }
  })

  it("write the fragments where Gatsby reads plugins' fragments, for the site's own queries too", () => {
    const file = fragmentsModule("/site")
    expect(file.path).toBe(path.join("/site", ".cache", "fragments", "gatsby-theme-openinfra-live.js"))
    expect(file.content).toContain(`graphql\`${FRAGMENTS}\``)
    for (const fragment of ["OpenInfraLiveEpisodeFields", "OpenInfraLiveNeighbourFields", "OpenInfraLivePageFields"])
      expect(FRAGMENTS).toContain(`fragment ${fragment} on`)
  })
})
