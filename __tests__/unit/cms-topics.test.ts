/**
 * What the CMS's topics widget offers and writes (src/cms/topics-field.ts): the show's topics, most used
 * first, each named as its page is; an episode's topics as its field holds them; and what typing adds,
 * spelled as the show spells it.
 */
import { addTopics, currentTopics, showTopics, suggestions } from "../../src/cms/topics-field"

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

describe("currentTopics", () => {
  it("shows a list's items as they are, blanks left out, and a text's topics split at its commas", () => {
    expect(currentTopics(["Kata", " Ironic ", "", null, 2024, "x".repeat(70)])).toEqual(["Kata", " Ironic ", "2024", "x".repeat(70)])
    expect(currentTopics("Kata, Ironic;  Zuul")).toEqual(["Kata", "Ironic", "Zuul"])
    expect(currentTopics(undefined)).toEqual([])
    expect(currentTopics(null)).toEqual([])
    expect(currentTopics({ topics: ["Kata"] })).toEqual([])
  })
})

describe("addTopics", () => {
  const known = showTopics(EPISODES)

  it("spells a new topic as the show does, when only case, accents, spaces or punctuation differ", () => {
    expect(addTopics([], "kata  containers", known)).toEqual({ topics: ["Kata Containers"], added: ["Kata Containers"], dropped: [] })
    expect(addTopics(["Ironic"], "SECURITY", known).topics).toEqual(["Ironic", "Security"])
    expect(addTopics([], "Bare-Metal", known).topics).toEqual(["bare metal"])
  })

  it("keeps a topic the show does not have yet as typed, trimmed and with its spaces collapsed", () => {
    expect(addTopics(["Kata Containers"], "  Edge   computing ", known)).toEqual({
      topics: ["Kata Containers", "Edge computing"],
      added: ["Edge computing"],
      dropped: [],
    })
  })

  it("adds several separated by commas, semicolons or lines, each once, and none the episode has", () => {
    expect(addTopics(["Security"], "Zuul, security;ironic\nzuul", known)).toEqual({
      topics: ["Security", "Zuul", "Ironic"],
      added: ["Zuul", "Ironic"],
      dropped: [],
    })
    expect(addTopics(["Kata-Containers"], "kata containers", known)).toEqual({ topics: ["Kata-Containers"], added: [], dropped: [] })
  })

  it("adds nothing for a blank, and says why it refuses what the build would drop", () => {
    expect(addTopics(["Kata"], " , ", known)).toEqual({ topics: ["Kata"], added: [], dropped: [] })
    const long = "A sentence that is much too long to be the name of a topic really"
    const { topics, added, dropped } = addTopics([], `---, ${long}, Zuul`, known)
    expect(topics).toEqual(["Zuul"])
    expect(added).toEqual(["Zuul"])
    expect(dropped).toEqual(['"---" has no letter or digit', `"${long.slice(0, 30)}…" is longer than 60 characters (a topic is a few words)`])
  })
})

describe("suggestions", () => {
  it("offers the show's topics the episode does not have, in the show's order", () => {
    const known = showTopics(EPISODES)
    expect(suggestions(known, ["kata-containers", "IRONIC"]).map((topic) => topic.name)).toEqual(["Security", "42", "bare metal"])
    expect(suggestions(known, [])).toEqual(known)
  })
})
