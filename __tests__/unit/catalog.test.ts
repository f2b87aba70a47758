/**
 * catalog.ts and topics.ts: a show's people and topics gathered, its episodes linked to their pages,
 * and what editors are told, through normalizeContent as the build, `check` and the CMS preview call it.
 */
import { normalizeContent } from "../../src/content/normalize"
import { readPeopleList } from "../../src/content/catalog"
import { gatherTopics, readTopics, topicKey } from "../../src/content/topics"

const context = { file: "src/pages/live/index.md", basePath: null }
const show = (episodes: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
  normalizeContent({ seo: { url: "https://example.org/live/" }, episodes, ...extra }, context)
const at = (day: number, fields: Record<string, unknown>) => ({
  date: `2024-03-${String(day).padStart(2, "0")}T14:00:00Z`,
  episodeTitle: `Episode ${day}`,
  ...fields,
})

describe("readTopics", () => {
  it.each<[unknown, string[]]>([
    [
      ["Kata Containers", " Security ", ""],
      ["Kata Containers", "Security"],
    ],
    ["Kata Containers, Security; Edge", ["Kata Containers", "Security", "Edge"]],
    [["Kata", "kata", "KATA"], ["Kata"]],
    [
      [2024, "  multiple   spaces  "],
      ["2024", "multiple spaces"],
    ],
    [null, []],
    [undefined, []],
  ])("reads %j as %j", (raw, topics) => {
    expect(readTopics(raw).topics).toEqual(topics)
  })

  it("drops what is not a topic, saying why", () => {
    expect(readTopics([{ name: "x" }, "!!!", "a".repeat(61), "ok"])).toEqual({
      topics: ["ok"],
      dropped: ['{"name":"x"} is not text', '"!!!" has no letter or digit', `"${"a".repeat(30)}…" is longer than 60 characters (a topic is a few words)`],
    })
  })
})

describe("gatherTopics", () => {
  it("makes one topic of every spelling, named by the most used, with a unique slug", () => {
    const topics = gatherTopics([
      { number: 1, topics: ["Kata containers"] },
      { number: 2, topics: ["Kata Containers", "CI/CD"] },
      { number: 3, topics: ["kata-containers", "CI CD"] },
      { number: 4, topics: ["Kata Containers"] },
    ])
    expect(topics.map(({ name, slug, episodes }) => ({ name, slug, episodes }))).toEqual([
      { name: "CI CD", slug: "ci-cd", episodes: [2, 3] },
      { name: "Kata Containers", slug: "kata-containers", episodes: [1, 2, 3, 4] },
    ])
    expect(topicKey("Kata-Containers")).toBe(topicKey("kata containers"))
  })
})

describe("catalogShow, through normalizeContent", () => {
  it("links each speaker to their page and each topic to its page, and lists both on the page with their episodes newest first", () => {
    const result = show([
      at(1, { episodeSpeakers: "Jay Faulkner (Ironic), Canonical", topics: ["Ironic", "Bare metal"] }),
      at(8, { episodeSpeakers: "Jay A. Faulkner (G-Research)", topics: "ironic" }),
    ])
    expect(result.episodes.map((episode) => episode.speakers.map((speaker) => [speaker.name, speaker.path]))).toEqual([
      [
        ["Jay Faulkner", "/live/people/jay-faulkner/"],
        ["Canonical", null],
      ],
      [["Jay A. Faulkner", "/live/people/jay-faulkner/"]],
    ])
    expect(result.episodes.map((episode) => episode.topics)).toEqual([
      [
        { name: "Ironic", path: "/live/topics/ironic/" },
        { name: "Bare metal", path: "/live/topics/bare-metal/" },
      ],
      [{ name: "Ironic", path: "/live/topics/ironic/" }],
    ])
    expect(result.people).toEqual([
      {
        // The latest spelling, on a tie; the address is from the key, whichever spelling names the page.
        name: "Jay A. Faulkner",
        slug: "jay-faulkner",
        path: "/live/people/jay-faulkner/",
        url: null,
        spellings: ["Jay A. Faulkner", "Jay Faulkner"],
        affiliations: ["G-Research", "Ironic"],
        roles: [],
        episodeSlugs: ["2024-03-08-episode-8", "2024-03-01-episode-1"],
      },
    ])
    expect(result.topics.map(({ name, path, episodeSlugs }) => ({ name, path, episodeSlugs }))).toEqual([
      { name: "Bare metal", path: "/live/topics/bare-metal/", episodeSlugs: ["2024-03-01-episode-1"] },
      { name: "Ironic", path: "/live/topics/ironic/", episodeSlugs: ["2024-03-08-episode-8", "2024-03-01-episode-1"] },
    ])
  })

  it("gives no person a page with peoplePages: false, and keeps topic pages", () => {
    const result = normalizeContent(
      { seo: { url: "https://example.org/live/" }, episodes: [at(1, { episodeSpeakers: "Jay Faulkner", topics: ["Ironic"] })] },
      { ...context, peoplePages: false },
    )
    expect(result.episodes[0]!.speakers[0]!.path).toBeNull()
    expect(result.people[0]!.path).toBeNull()
    expect(result.episodes[0]!.topics[0]!.path).toBe("/live/topics/ironic/")
  })

  it("writes the pages' paths as the site serves them under trailingSlash: never", () => {
    const result = normalizeContent(
      { seo: { url: "https://example.org/live/" }, episodes: [at(1, { episodeSpeakers: "Jay Faulkner", topics: ["Ironic"] })] },
      { ...context, trailingSlash: "never" },
    )
    expect(result.episodes[0]!.speakers[0]!.path).toBe("/live/people/jay-faulkner")
    expect(result.episodes[0]!.topics[0]!.path).toBe("/live/topics/ironic")
  })

  it("warns of a topics field that is not a list, and of items that are not topics, at the field", () => {
    const result = show([at(1, { topics: { a: 1 } }), at(2, { topics: ["ok", ["nested"]] })])
    expect(
      result.problems.filter((problem) => problem.path[2] === "topics").map((problem) => [problem.path[1], problem.text.replace(/^.*?: topics /, "")]),
    ).toEqual([
      [0, "is not a list of topics; it was dropped"],
      [1, 'has an item that is not a topic (["nested"] is not text); it was dropped'],
    ])
  })

  it("keeps a pinned slug off the show's own folders and year pages", () => {
    const result = show([at(1, { slug: "people" }), at(2, { slug: "2024" }), at(3, { slug: "page" }), at(4, { slug: "topics-2024" })])
    expect(result.episodes.map((episode) => episode.slug)).toEqual(["2024-03-01-episode-1", "2024-03-02-episode-2", "2024-03-03-episode-3", "topics-2024"])
    expect(result.problems.filter((problem) => problem.path[2] === "slug").map((problem) => problem.text.replace(/^.*?: slug /, ""))).toEqual([
      `"people" is the folder of the show's people pages; the URL comes from the date and title`,
      `"2024" is a year, whose page is at that address; the URL comes from the date and title`,
      `"page" is the folder of the show's archive pages; the URL comes from the date and title`,
    ])
  })
})

describe("readPeopleList", () => {
  it("reads names, aliases and links, and reports what it drops, at the entry", () => {
    const { entries, notes } = readPeopleList([
      { name: " Kendall Nelson ", aliases: ["Kendall Kelson", ""], url: "https://example.org/k" },
      "Zuul",
      { aliases: ["x"] },
      { name: "Jay Faulkner", aliases: "Jay A. Faulkner; jay", url: "javascript:alert(1)" },
      { name: "Ann Lee", aliases: 7 },
    ])
    expect(entries).toEqual([
      { name: "Kendall Nelson", aliases: ["Kendall Kelson"], url: "https://example.org/k" },
      { name: "Zuul", aliases: [], url: null },
      { name: "Jay Faulkner", aliases: ["Jay A. Faulkner", "jay"], url: null },
      { name: "Ann Lee", aliases: [], url: null },
    ])
    expect(notes.map((note) => [note.path, note.text])).toEqual([
      [["showPeople", 2], "showPeople entry 3 has no name; it was ignored"],
      [
        ["showPeople", 3, "url"],
        'showPeople entry "Jay Faulkner": url "javascript:alert(1)" is a javascript: URL; only http(s) links are kept; it was dropped',
      ],
      [["showPeople", 4, "aliases"], 'showPeople entry "Ann Lee": aliases is not a list of names; it was ignored'],
    ])
    expect(readPeopleList({ name: "x" }).notes.map((note) => note.text)).toEqual(["showPeople is not a list; it was ignored"])
  })
})
