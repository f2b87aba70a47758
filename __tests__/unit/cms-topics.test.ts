/**
 * What the CMS's topics widget offers and writes (src/cms/topics-field.ts): the show's topics, most used
 * first, each named as its page is; the items an episode's field holds; and what typing adds, spelled as
 * the show spells it.
 */
import { addTopics, showTopics, suggestions, topicItems, topicText } from "../../src/cms/topics-field"
import { topicKey } from "../../src/content/topics"

const EPISODES = [
  { episodeTitle: "Kata 3", topics: ["Kata Containers", "Security"] },
  { episodeTitle: "Ironic", topics: "Ironic, bare metal" },
  { episodeTitle: "Kata 2", topics: ["Kata Containers", "  Security "] },
  { episodeTitle: "No topics" },
  { episodeTitle: "Kata 1", topics: ["kata-containers", null, ""] },
  null,
  "not an episode",
  { episodeTitle: "Odd", topics: [{ name: "an object" }, 42] },
]

describe("showTopics", () => {
  it("gives each topic once, named by its most used spelling, most used first, then by name", () => {
    expect(showTopics(EPISODES)).toEqual([
      { name: "Kata Containers", episodes: 3 },
      { name: "Security", episodes: 2 },
      { name: "42", episodes: 1 },
      { name: "bare metal", episodes: 1 },
      { name: "Ironic", episodes: 1 },
    ])
  })

  it("reads the field it is given, and nothing from what is not a list of episodes", () => {
    expect(showTopics([{ tags: ["Zuul"] }, { topics: ["Kata"] }], "tags")).toEqual([{ name: "Zuul", episodes: 1 }])
    for (const episodes of [undefined, null, "Kata", { topics: ["Kata"] }]) expect(showTopics(episodes)).toEqual([])
  })
})

describe("topicItems", () => {
  it("gives a list's items as they are, a text's pieces split at its separators, and a lone value as one", () => {
    const odd = [{ name: "Kata" }, ["a", "b"], true]
    expect(topicItems(["Kata", " Ironic ", "", null, 2024, ...odd])).toEqual(["Kata", " Ironic ", "", null, 2024, ...odd])
    expect(topicItems("Kata, Ironic;  Zuul\n---")).toEqual(["Kata", "Ironic", "Zuul", "---"])
    expect(topicItems(42)).toEqual([42])
    expect(topicItems(undefined)).toEqual([])
    expect(topicItems(null)).toEqual([])
  })

  it("reads a text or a number as a topic's text, nothing else", () => {
    expect([" Kata ", 42, null, { name: "Kata" }, ["a"], new Date(0), true].map(topicText)).toEqual([" Kata ", "42", null, null, null, null, null])
  })
})

describe("addTopics", () => {
  const known = showTopics(EPISODES)

  it("spells a new topic as the show does, when only case, accents, spaces or punctuation differ, and says so", () => {
    expect(addTopics([], "kata  containers", known)).toEqual({
      added: ["Kata Containers"],
      present: [],
      respelled: [["kata containers", "Kata Containers"]],
      refused: [],
    })
    expect(addTopics(["Ironic"], "SECURITY", known).added).toEqual(["Security"])
    expect(addTopics([], "Bare-Metal", known).added).toEqual(["bare metal"])
  })

  it("keeps a topic the show does not have yet as typed, trimmed and with its spaces collapsed", () => {
    expect(addTopics(["Kata Containers"], "  Edge   computing ", known)).toEqual({ added: ["Edge computing"], present: [], respelled: [], refused: [] })
  })

  it("adds several separated by commas, semicolons or lines, each once, and names those the episode has", () => {
    expect(addTopics(["Security", { odd: true }], "Zuul, security;ironic\nzuul", known)).toEqual({
      added: ["Zuul", "Ironic"],
      present: ["Security"],
      respelled: [["ironic", "Ironic"]],
      refused: [],
    })
    expect(addTopics(["Kata-Containers"], "kata containers", known)).toEqual({ added: [], present: ["Kata-Containers"], respelled: [], refused: [] })
    expect(addTopics([42], "42", known).present).toEqual(["42"])
  })

  it("adds nothing for a blank, and keeps what the build would drop as typed, with why", () => {
    expect(addTopics(["Kata"], " , ", known)).toEqual({ added: [], present: [], respelled: [], refused: [] })
    const long = "A sentence that is much too long to be the name of a topic really"
    const { added, refused } = addTopics([], `---, ${long}, Zuul`, known)
    expect(added).toEqual(["Zuul"])
    expect(refused).toEqual([
      { text: "---", why: '"---" has no letter or digit' },
      { text: long, why: `"${long.slice(0, 30)}…" is longer than 60 characters (a topic is a few words)` },
    ])
  })

  it("keeps C, C++ and C# apart (and so does the build: topicKey)", () => {
    const languages = showTopics([{ topics: ["C++"] }, { topics: ["C"] }])
    expect(addTopics([], "C#, c++, c", languages).added).toEqual(["C#", "C++", "C"])
    expect(addTopics(["C++"], "C#", languages).added).toEqual(["C#"])
    expect(new Set(["C", "C++", "C#", "F#"].map(topicKey)).size).toBe(4)
  })
})

describe("suggestions", () => {
  it("offers the show's topics the episode does not have, in the show's order", () => {
    const known = showTopics(EPISODES)
    expect(suggestions(known, ["kata-containers", "IRONIC", { odd: true }]).map((topic) => topic.name)).toEqual(["Security", "42", "bare metal"])
    expect(suggestions(known, [])).toEqual(known)
  })
})
