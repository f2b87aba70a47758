import fs from "fs"
import path from "path"
import { buildSchema, parse, validate } from "graphql"
import { typeDefs } from "../../src/node/schema"

/** Gatsby's directives and Node interface, declared so that plain graphql-js can check the theme's types. */
function schemaWithQueryRoot() {
  const withIds = typeDefs.replace(/implements Node @dontInfer \{/g, "implements Node @dontInfer {\n    id: ID!")
  return buildSchema(`
    directive @dontInfer on OBJECT
    directive @link(by: String, from: String, on: String) on FIELD_DEFINITION
    directive @dateformat(formatString: String, locale: String, fromNow: Boolean, difference: String) on FIELD_DEFINITION
    scalar Date
    interface Node { id: ID! }
    input IdFilter { eq: String }
    type Query { openInfraLivePage(id: IdFilter): OpenInfraLivePage }
    ${withIds}
  `)
}

describe("the GraphQL types", () => {
  it("declare every field the show page's query asks for, whatever the content holds", () => {
    const template = fs.readFileSync(path.join(__dirname, "..", "..", "src", "templates", "show-page.tsx"), "utf8")
    const query = /graphql`([\s\S]*?)`/.exec(template)![1]!
    const errors = validate(schemaWithQueryRoot(), parse(query))
    expect(errors.map((error) => error.message)).toEqual([])
  })

  it("would catch a query for an undeclared field", () => {
    const errors = validate(schemaWithQueryRoot(), parse(`query { openInfraLivePage { episodes { spotifyLink } } }`))
    expect(errors.map((error) => error.message)).toEqual([`Cannot query field "spotifyLink" on type "OpenInfraLiveEpisode".`])
  })
})
