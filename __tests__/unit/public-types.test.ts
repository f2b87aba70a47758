/**
 * The types a site's code gets say what the pages receive: Episode has exactly the fields the page
 * query's fragment fetches, and EpisodeRecord (the build's) adds only fields of the GraphQL type.
 * The lists below are checked against the types at compile time (`npm run typecheck`) and against
 * the GraphQL text here, so a field added to one and not the other fails one or the other.
 */
import { FRAGMENTS } from "../../src/build/queries"
import { typeDefs } from "../../src/build/schema"
import type { Episode, EpisodeRecord } from "../../src/types"

/** Exactly the keys of T, each once: a missing or extra key is a type error. */
type Exactly<T, List extends readonly (keyof T)[]> = [keyof T] extends [List[number]] ? List : never
const keys =
  <T>() =>
  <const List extends readonly (keyof T)[]>(list: Exactly<T, List>) =>
    list

const EPISODE_FIELDS = keys<Episode>()([
  "slug",
  "path",
  "number",
  "title",
  "date",
  "start",
  "dateOnly",
  "showText",
  "description",
  "speakers",
  "youtube",
  "links",
  "calendarInvite",
  "inviteGenerated",
  "chapters",
  "topics",
])
const BUILD_ONLY_FIELDS = keys<Omit<EpisodeRecord, keyof Episode>>()(["uid", "descriptionText", "speakersText", "utcText"])

/** The top-level fields a fragment selects. */
function selected(fragment: string): string[] {
  const body = new RegExp(`fragment ${fragment} on \\w+ \\{([^]*?)\\n  \\}`).exec(FRAGMENTS)?.[1] ?? ""
  const fields: string[] = []
  let depth = 0
  for (const token of body.split("\n").map((line) => line.trim())) {
    if (token === "" || token.startsWith("#")) continue
    if (token === "}") depth -= 1
    else {
      if (depth === 0) fields.push(token.replace(/\s*\{$/, ""))
      if (token.endsWith("{")) depth += 1
    }
  }
  return fields
}

/** The fields of a type in the theme's GraphQL schema. */
function schemaFields(type: string): string[] {
  const body = new RegExp(`type ${type} implements Node[^{]*\\{([^}]*)\\}`).exec(typeDefs)?.[1] ?? ""
  return [...body.matchAll(/^\s*(\w+)\s*:/gm)].map((match) => match[1]!)
}

describe("the public Episode type", () => {
  it("has exactly the fields the pages' fragment fetches", () => {
    expect(selected("OpenInfraLiveEpisodeFields").sort()).toEqual([...EPISODE_FIELDS].sort())
  })

  it("and EpisodeRecord only fields of OpenInfraLiveEpisode besides", () => {
    const fields = schemaFields("OpenInfraLiveEpisode")
    expect(fields).toEqual(expect.arrayContaining([...EPISODE_FIELDS, ...BUILD_ONLY_FIELDS]))
    expect(selected("OpenInfraLiveEpisodeFields")).not.toEqual(expect.arrayContaining([...BUILD_ONLY_FIELDS]))
  })
})
