/**
 * people.ts: speakers gathered into persons (issue 20's people pages), on real-looking spellings and
 * near misses, and on the real sample file.
 */
import fs from "fs"
import path from "path"
import { readFrontmatter } from "../../src/content/check"
import { normalizeContent } from "../../src/content/normalize"
import { gatherPeople, personKey, type SpeakerAppearance } from "../../src/content/people"
import type { ParsedSpeaker as Speaker } from "../../src/content/speakers"

const speaker = (name: string, affiliation: string | null = null, role: string | null = null): Speaker => ({ name, affiliation, role })
const episode = (number: number, ...speakers: Speaker[]): SpeakerAppearance => ({ number, speakers })

describe("personKey", () => {
  it.each([
    ["Jay Faulkner", "jay faulkner"],
    ["  jay   FAULKNER ", "jay faulkner"],
    ["Jay A. Faulkner", "jay faulkner"],
    ["José Núñez", "jose nunez"],
    ["Ildikó Váncsa", "ildiko vancsa"],
    ["Victoria Martinez de la Cruz", "victoria martinez de la cruz"],
    ["Jean-Philippe Evrard", "jean philippe evrard"],
    ["Mohammed Naser", "mohammed naser"],
    ["李 明", "李 明"],
  ])("reads %j as %j", (name, key) => {
    expect(personKey(name)).toBe(key)
  })

  it("keeps names apart that differ by more than case, accents, spacing and initials", () => {
    expect(personKey("Kendall Nelson")).not.toBe(personKey("Kendall Kelson"))
    expect(personKey("Jay Faulkner")).not.toBe(personKey("Jay Falkner"))
  })
})

describe("gatherPeople", () => {
  it("makes one person of every spelling of a name, with their affiliations, roles and episodes", () => {
    const { people } = gatherPeople([
      episode(1, speaker("Jay Faulkner", "Ironic", "Host")),
      episode(2, speaker("jay faulkner", "OpenStack")),
      episode(3, speaker("Jay A. Faulkner", "G-Research", "Participants"), speaker("Jay Faulkner")),
    ])
    expect(people).toHaveLength(1)
    expect(people[0]).toMatchObject({
      key: "jay faulkner",
      name: "Jay Faulkner", // written so twice
      slug: "jay-faulkner",
      affiliations: ["G-Research", "OpenStack", "Ironic"],
      roles: ["Participants", "Host"],
      episodes: [1, 2, 3],
    })
    expect(people[0]!.spellings).toEqual(expect.arrayContaining(["Jay Faulkner", "jay faulkner", "Jay A. Faulkner"]))
  })

  it("names a person by their most used spelling, the latest on a tie", () => {
    const twice = gatherPeople([episode(1, speaker("Ildiko Vancsa")), episode(2, speaker("Ildikó Váncsa")), episode(3, speaker("Ildiko Vancsa"))])
    expect(twice.people[0]!.name).toBe("Ildiko Vancsa")
    const tie = gatherPeople([episode(1, speaker("Ildiko Vancsa")), episode(2, speaker("Ildikó Váncsa"))])
    expect(tie.people[0]!.name).toBe("Ildikó Váncsa")
  })

  it("does not take organisations for people: one-word names, and names that are someone's affiliation", () => {
    const { people, notPeople } = gatherPeople([
      episode(1, speaker("Canonical"), speaker("OVH"), speaker("T-Systems"), speaker("Whitestack")),
      episode(2, speaker("Arnaud Morin", "OVH"), speaker("Wind River"), speaker("Paul Miller", "Wind River")),
    ])
    expect(people.map((person) => person.name)).toEqual(["Arnaud Morin", "Paul Miller"])
    expect(notPeople.map(({ name, reason, episodes }) => [name, reason, episodes])).toEqual(
      expect.arrayContaining([
        ["Canonical", "one word", [1]],
        ["OVH", "an affiliation", [1]],
        ["T-Systems", "one word", [1]],
        ["Whitestack", "one word", [1]],
        ["Wind River", "an affiliation", [2]],
      ]),
    )
  })

  it("reports two names one letter apart, with where each stands, and merges neither", () => {
    const { people, nearMisses } = gatherPeople([
      episode(4, speaker("Kendall Nelson")),
      episode(9, speaker("Kendall Kelson")),
      episode(10, speaker("Jo Li"), speaker("Jo Lu"), speaker("Amy Marrich"), speaker("Amy Marich")),
    ])
    expect(people).toHaveLength(6)
    expect(nearMisses).toEqual([
      { names: ["Amy Marich", "Amy Marrich"], episodes: [[10], [10]] },
      { names: ["Kendall Kelson", "Kendall Nelson"], episodes: [[9], [4]] },
    ])
  })

  it("sorts people by name and gives each a unique slug", () => {
    const { people } = gatherPeople([episode(1, speaker("Zoe Smith"), speaker("Ana Lee"), speaker("Zoë Smith-Jones"), speaker("Zoe Smith Jones", "X"))])
    expect(people.map((person) => [person.name, person.slug])).toEqual([
      ["Ana Lee", "ana-lee"],
      ["Zoe Smith", "zoe-smith"],
      ["Zoë Smith-Jones", "zoe-smith-jones"],
    ])
    const same = gatherPeople([episode(1, speaker("Ana Lee"), speaker("Ana-Lee Park"))])
    expect(new Set(same.people.map((person) => person.slug)).size).toBe(2)
  })

  it("finds the real sample's people, its companies listed as speakers, and its two misspellings", () => {
    const file = path.join(__dirname, "..", "fixtures", "openinfra-live.md")
    const front = readFrontmatter(fs.readFileSync(file, "utf8"))
    if (!front.ok) throw new Error("the sample is not valid YAML")
    const { episodes } = normalizeContent(front.data, { file: "openinfra-live.md", basePath: null })
    const found = gatherPeople(episodes)
    expect(found.notPeople.map((entry) => entry.name).sort()).toEqual(["Canonical", "OVH", "T-Systems", "Whitestack"])
    expect(found.nearMisses.map((miss) => miss.names)).toEqual([
      ["Julia Kreger", "Julia Krieger"],
      ["Kendall Kelson", "Kendall Nelson"],
    ])
    expect(found.people.length).toBe(46)
    expect(found.people.find((person) => person.name === "Belmiro Moreira")).toMatchObject({ affiliations: ["CERN"] })
  })
})

describe("gatherPeople: German letters", () => {
  it("makes one person of a name written with ü and with ue, where the show has both (the foundation's file has Felix Hüttner and Felix Huettner)", () => {
    const { people, nearMisses } = gatherPeople([episode(1, speaker("Felix Huettner", "STACKIT")), episode(2, speaker("Felix Hüttner"))])
    expect(people.map((person) => [person.name, person.spellings.length])).toEqual([["Felix Hüttner", 2]])
    expect(nearMisses).toEqual([])
  })

  it("never reads a plain ue as ü: Samuel and Michael keep their e", () => {
    const { people } = gatherPeople([episode(1, speaker("Michael Samuel")), episode(2, speaker("Michal Samul"))])
    expect(people).toHaveLength(2)
  })

  it("still merges a name whose marks were dropped (Muller, Müller)", () => {
    expect(gatherPeople([episode(1, speaker("Jan Müller")), episode(2, speaker("Jan Muller"))]).people).toHaveLength(1)
  })
})

describe("gatherPeople with the people list", () => {
  it("merges an alias into its person, names them as the list does, and gives them their own page", () => {
    const { people, nearMisses } = gatherPeople(
      [episode(3, speaker("Kendall Nelson", "OpenInfra")), episode(6, speaker("Kendall Kelson")), episode(9, speaker("kendall nelson"))],
      [{ name: "Kendall Nelson", aliases: ["Kendall Kelson"], url: "https://example.org/~kendall" }],
    )
    expect(people).toHaveLength(1)
    expect(people[0]).toMatchObject({ name: "Kendall Nelson", episodes: [3, 6, 9], url: "https://example.org/~kendall" })
    expect(nearMisses).toEqual([])
  })

  it("reads a one-word name the list gives as a person, and two listed names as two people, however close", () => {
    const { people, notPeople, nearMisses } = gatherPeople(
      [episode(1, speaker("Zuul"), speaker("Jon Smith")), episode(2, speaker("Jan Smith"))],
      [
        { name: "Zuul", aliases: [], url: null },
        { name: "Jon Smith", aliases: [], url: null },
        { name: "Jan Smith", aliases: [], url: null },
      ],
    )
    expect(people.map((person) => person.name)).toEqual(["Jan Smith", "Jon Smith", "Zuul"])
    expect(notPeople).toEqual([])
    expect(nearMisses).toEqual([])
  })

  it("still warns of a near miss where only one of the two names is listed", () => {
    const { nearMisses } = gatherPeople([episode(1, speaker("Jon Smith")), episode(2, speaker("Jan Smith"))], [{ name: "Jon Smith", aliases: [], url: null }])
    expect(nearMisses).toHaveLength(1)
  })
})
