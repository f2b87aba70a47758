import { buildSchema, parse, validate } from "graphql"
import { FRAGMENTS, PAGE_QUERIES } from "../../src/build/queries"
import { typeDefs } from "../../src/build/schema"

/** Gatsby's directives and Node interface, declared so that plain graphql-js can check the theme's types. */
function schemaWithQueryRoot() {
  const withIds = typeDefs.replace(/implements Node @dontInfer \{/g, "implements Node @dontInfer {\n    id: ID!")
  return buildSchema(`
    directive @dontInfer on OBJECT
    directive @link(by: String, from: String, on: String) on FIELD_DEFINITION
    directive @dateformat(formatString: String, locale: String, fromNow: Boolean, difference: String) on FIELD_DEFINITION
    scalar Date
    interface Node { id: ID! }
    input IdFilter { eq: String, in: [String!] }
    input EpisodeFilter { id: IdFilter }
    enum SortOrder { ASC DESC }
    input EpisodeSort { date: SortOrder, number: SortOrder }
    type EpisodeConnection { nodes: [OpenInfraLiveEpisode!]! }
    type Query {
      openInfraLivePage(id: IdFilter): OpenInfraLivePage
      openInfraLiveEpisode(id: IdFilter): OpenInfraLiveEpisode
      allOpenInfraLiveEpisode(filter: EpisodeFilter, sort: [EpisodeSort]): EpisodeConnection!
    }
    ${withIds}
  `)
}

describe("the GraphQL types", () => {
  it("declare every field the templates' queries ask for, whatever the content holds", () => {
    // One document, as Gatsby makes it: the templates' queries and the fragments they share.
    const queries = [...Object.values(PAGE_QUERIES), FRAGMENTS].join("\n")
    const errors = validate(schemaWithQueryRoot(), parse(queries))
    expect(errors.map((error) => error.message)).toEqual([])
  })

  it("would catch a query for an undeclared field", () => {
    const errors = validate(schemaWithQueryRoot(), parse(`query { openInfraLivePage { episodes { spotifyLink } } }`))
    expect(errors.map((error) => error.message)).toEqual([`Cannot query field "spotifyLink" on type "OpenInfraLiveEpisode".`])
  })
})
