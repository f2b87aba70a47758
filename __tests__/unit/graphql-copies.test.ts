/**
 * graphqlConflict on node_modules trees laid out as npm leaves them: one graphql for everyone, and
 * Decap CMS 3's graphql 15 hoisted over Gatsby's 16.
 */
import fs from "fs"
import os from "os"
import path from "path"
import { graphqlConflict, graphqlConflictFix } from "../../src/build/graphql-copies"

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "graphql-copies-"))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

function pkg(folder: string, name: string, version: string) {
  fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name, version, main: "index.js" }))
  fs.writeFileSync(path.join(folder, "index.js"), "")
}

describe("graphqlConflict", () => {
  it("finds none when Gatsby and graphql-compose load the same graphql", () => {
    pkg(path.join(root, "node_modules", "gatsby"), "gatsby", "5.16.1")
    pkg(path.join(root, "node_modules", "graphql-compose"), "graphql-compose", "9.2.2")
    pkg(path.join(root, "node_modules", "graphql"), "graphql", "16.15.0")
    expect(graphqlConflict(root)).toBeNull()
  })

  it("names both copies when graphql 15 is hoisted and Gatsby keeps 16 in its own node_modules", () => {
    pkg(path.join(root, "node_modules", "gatsby"), "gatsby", "5.16.1")
    pkg(path.join(root, "node_modules", "gatsby", "node_modules", "graphql"), "graphql", "16.15.0")
    pkg(path.join(root, "node_modules", "graphql-compose"), "graphql-compose", "9.2.2")
    pkg(path.join(root, "node_modules", "graphql"), "graphql", "15.11.0")
    const conflict = graphqlConflict(root)
    expect(conflict).toEqual({
      gatsby: { directory: fs.realpathSync(path.join(root, "node_modules", "gatsby", "node_modules", "graphql")), version: "16.15.0" },
      graphqlCompose: { directory: fs.realpathSync(path.join(root, "node_modules", "graphql")), version: "15.11.0" },
    })
    const fix = graphqlConflictFix(conflict!)
    expect(fix).toContain('"overrides": { "graphql": "^16.15.0" }')
    expect(fix).toContain('"resolutions": { "graphql": "^16.15.0" }')
  })

  it("finds none where there is no Gatsby to ask", () => {
    expect(graphqlConflict(root)).toBeNull()
  })

  it("finds none in this repository's install", () => {
    expect(graphqlConflict(process.cwd())).toBeNull()
  })
})
