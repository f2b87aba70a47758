/**
 * The ids the CMS writes before a save, and what a save writes: nothing but what the editor changed
 * (a new episode's id, an old identity frozen when a reschedule or a new video would change it),
 * the file's own key order kept. The saves run the CMSs' own reading and writing (helpers/cms.ts).
 */
import fs from "fs"
import path from "path"
import { fromJS } from "immutable"
import { idsToWrite, planEpisodeSave, readRawEpisodes, showPreSave, withEpisodeIds, type ImmutableMap } from "../../src/cms/ids"
import { normalizeContent } from "../../src/content/normalize"
import { changedLines, cmsRead, cmsSave, type ImmutableData } from "../helpers/cms"

const FIXTURE = fs.readFileSync(path.join(__dirname, "..", "fixtures", "openinfra-live.md"), "utf8")
/**
 * A made-up foundation's show in the shapes of a real one last saved by Netlify CMS 2.14: 73 episodes, the CMS's
 * key orders (Immutable's hash order past 8 keys, one episode hand-edited out of it), its value styles and line breaks.
 */
const FOUNDATION_SHOW = fs.readFileSync(path.join(__dirname, "..", "fixtures", "cms", "foundation-show.md"), "utf8")
const EXAMPLE = fs.readFileSync(path.join(__dirname, "..", "..", "example-site", "src", "pages", "openinfra-live", "index.md"), "utf8")
const READ = ["id", "date", "youtubeEmbed", "youtubeLink", "episodeTitle"]

const preSave = showPreSave({ name: "openinfra-live", templateKey: "openinfra-live", mode: "changed" })
/** The theme's preSave before this change: an id into every episode without one, with Immutable's set. */
const everyEpisode = ({ entry }: { entry: ImmutableData }) => withEpisodeIds(entry.get("data") as ImmutableMap)
const episodesOf = (text: string) => cmsRead(text).episodes as Array<Record<string, unknown>>
/** The build's identities (its calendar UIDs) of a file's published and draft episodes, by title. */
const uids = (text: string) => {
  const { episodes } = normalizeContent(cmsRead(text), { file: "index.md", basePath: null })
  return Object.fromEntries(episodes.map((episode) => [episode.title.trim(), episode.uid]))
}
const setEpisode = (index: number, key: string, value: unknown) => (data: ImmutableData) => data.setIn(["episodes", index, key], value)

describe("readRawEpisodes (the file as the editor opened it)", () => {
  it.each([
    ["the foundation-shaped show", FOUNDATION_SHOW],
    ["the foundation-like fixture", FIXTURE],
    ["the example content", EXAMPLE],
  ])("reads %s as the CMS does: the identity fields, Dates where the CMS makes them, every key in order", (_, text) => {
    const read = readRawEpisodes(text)!
    const cms = episodesOf(text)
    expect(read).toHaveLength(cms.length)
    read.forEach((episode, index) => {
      expect(episode.keys).toEqual(Object.keys(cms[index]!))
      for (const key of READ) expect(episode.fields[key] ?? null).toEqual(cms[index]![key] ?? null)
    })
  })

  it("reads quoted, folded and block values, comments and CRLF line ends", () => {
    const text = [
      "---",
      "title: x",
      "episodes:",
      "# the newest first",
      "- id: ep-1 # a comment",
      '  episodeTitle: "Kata \\"3.0\\" \\u00e9t\\u00e9 "',
      "  date: '2021-07-22T14:00:00.000Z'",
      "- episodeTitle: a long title",
      "    folded over lines",
      "  youtubeLink: >-",
      "    https://youtu.be/pHHCIGkpNzs",
      "  episodeSpeakers: |",
      "    Ann: Host",
      "    # not a comment",
      '  youtubeEmbed: "https://www.youtube.com/\\',
      '    embed/xfrvN9zkjs8"',
      "  episodeDescription:",
      "    nested: map",
      "  date: 2021-07-15T14:00:00Z",
      "footer:",
      "  title: ''",
      "---",
      "body",
    ].join("\r\n")
    expect(readRawEpisodes(text)).toEqual([
      { keys: ["id", "episodeTitle", "date"], fields: { id: "ep-1", episodeTitle: 'Kata "3.0" été ', date: "2021-07-22T14:00:00.000Z" } },
      {
        keys: ["episodeTitle", "youtubeLink", "episodeSpeakers", "youtubeEmbed", "episodeDescription", "date"],
        fields: {
          episodeTitle: "a long title folded over lines",
          youtubeLink: "https://youtu.be/pHHCIGkpNzs",
          youtubeEmbed: "https://www.youtube.com/embed/xfrvN9zkjs8",
          date: new Date("2021-07-15T14:00:00Z"),
        },
      },
    ])
  })

  it("says when it cannot read the list (flow style, anchors, tags), and reads no list as none", () => {
    expect(readRawEpisodes("---\nepisodes: [{ date: 2021-07-22 }]\n---\n")).toBeNull()
    expect(readRawEpisodes("---\nepisodes:\n  - date: &d 2021-07-22\n  - date: *d\n---\n")).toBeNull()
    expect(readRawEpisodes("---\nepisodes:\n  - date: !!str 2021-07-22\n---\n")).toBeNull()
    expect(readRawEpisodes("---\nepisodes:\n  - just text\n---\n")).toBeNull()
    expect(readRawEpisodes("---\ntitle: x\n---\n")).toEqual([])
    expect(readRawEpisodes("---\nepisodes: []\n---\n")).toEqual([])
  })
})

describe("the ids a save writes", () => {
  const original = () => readRawEpisodes(FIXTURE)!
  const episodes = () => episodesOf(FIXTURE)

  it("writes none when the episodes are as they were, or only renamed or re-described", () => {
    expect(idsToWrite(episodes(), original())).toEqual(new Map())
    const edited = episodes()
    edited[0] = { ...edited[0], episodeTitle: "Kata Containers 3.0", episodeDescription: "New words." }
    expect(idsToWrite(edited, original())).toEqual(new Map())
  })

  it("freezes the identity an episode had when a reschedule or a new video would change it", () => {
    const edited = episodes()
    edited[1] = { ...edited[1], date: new Date("2021-07-16T15:00:00.000Z") } // no video: its identity is its start
    edited[2] = { ...edited[2], youtubeEmbed: "https://www.youtube.com/embed/AAAAAAAAAAA" } // its first video
    edited[3] = { ...edited[3], date: new Date("2021-07-02T14:00:00.000Z") } // has a video: nothing changes
    expect(idsToWrite(edited, original())).toEqual(
      new Map([
        [1, "d-20210715t1400z"],
        [2, "d-20210708t1400z"],
      ]),
    )
  })

  it("gives a new episode the identity it has now, and an older one of the same start its own", () => {
    const edited = [{ hidden: false, date: new Date("2021-07-22T14:00:00.000Z"), episodeTitle: "Second show that day" }, ...episodes()]
    // The new one comes first in the list, where it would take Kata's d-20210722t1400z: Kata keeps it.
    expect(idsToWrite(edited, original())).toEqual(
      new Map([
        [0, "d-20210722t1400z-2"],
        [1, "d-20210722t1400z"],
      ]),
    )
  })

  it("keeps own ids, replaces one the build drops, and follows the mode", () => {
    const edited = episodes()
    edited[0] = { ...edited[0], id: "not an id!" }
    edited[3] = { ...edited[3], id: "ep-4" }
    expect(idsToWrite(edited, original())).toEqual(new Map([[0, "d-20210722t1400z"]]))
    const all = idsToWrite(edited, original(), "all")
    expect(all.size).toBe(14)
    expect(all.has(3)).toBe(false)
    expect(idsToWrite(edited, original(), "off")).toEqual(new Map())
    // The file as it was unknown: every episode without an id gets one, as before.
    expect(idsToWrite(episodes(), null).size).toBe(15)
  })

  it("keeps the file's order of an episode's keys, a new id last, and gives a new episode the file's usual order", () => {
    // The fixture's episodes mostly have: hidden, episodeDescription, date, …, episodeTitle.
    const ORDER = ["hidden", "episodeDescription", "date", "episodeTitle", "id"]
    const edited = [{ episodeTitle: "New", date: new Date("2022-01-06T15:00:00.000Z"), hidden: false }, ...episodes()]
    const plan = planEpisodeSave(edited, original())
    expect(plan.order.get(1)).toEqual(Object.keys(episodes()[0]!))
    expect(plan.order.get(0)).toEqual(["hidden", "date", "episodeTitle", "id"].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)))
  })
})

describe("a CMS save of the show's file (read, edited, preSave, written as Decap CMS 3 and Netlify CMS 2.14 do)", () => {
  it("writes the file back as it was when nothing changed: the theme's first preSave wrote an id into every episode", () => {
    expect(cmsSave(FIXTURE, { preSave })).toBe(FIXTURE)
    expect(changedLines(FIXTURE, cmsSave(FIXTURE, { preSave: everyEpisode }))).toEqual({ added: 15, removed: 0 })
    // An episode of 8 keys that gets a 9th becomes one of Immutable's hashed maps: all its keys move.
    const eightKeys = FIXTURE.replace(
      "  - hidden: false\n    date: 2021-07-22T14:00:00.000Z\n",
      "  - hidden: false\n    a: 1\n    b: 2\n    c: 3\n    d: 4\n    date: 2021-07-22T14:00:00.000Z\n",
    )
    expect(changedLines(eightKeys, cmsSave(eightKeys, { preSave: everyEpisode })).removed).toBeGreaterThan(3)
    expect(cmsSave(eightKeys, { preSave })).toBe(eightKeys)
  })

  it("saves the 73 episodes of the foundation-shaped show as they are: the theme's first preSave rewrote 299 lines of them", () => {
    expect(cmsSave(FOUNDATION_SHOW, { preSave })).toBe(FOUNDATION_SHOW)
    // An id into each episode (186 lines with the episodes of 8 keys that Immutable then reorders), and the CMS's own
    // reordering of the one episode whose keys a hand edit left out of hash order.
    expect(changedLines(FOUNDATION_SHOW, cmsSave(FOUNDATION_SHOW, { preSave: everyEpisode }))).toEqual({ added: 186, removed: 113 })
    expect(changedLines(FOUNDATION_SHOW, cmsSave(FOUNDATION_SHOW))).toEqual({ added: 2, removed: 2 })
  })

  it("writes one line for a renamed episode, and the same calendar UIDs", () => {
    const saved = cmsSave(FIXTURE, { preSave, edit: setEpisode(4, "episodeTitle", "Open Source Jobs") })
    expect(changedLines(FIXTURE, saved)).toEqual({ added: 1, removed: 1 })
    expect(Object.values(uids(saved))).toEqual(Object.values(uids(FIXTURE)))
  })

  it("freezes a rescheduled episode's identity in an id: its calendar UID does not change", () => {
    const saved = cmsSave(FIXTURE, { preSave, edit: setEpisode(1, "date", new Date("2021-07-16T15:00:00.000Z")) })
    expect(changedLines(FIXTURE, saved)).toEqual({ added: 2, removed: 1 })
    expect(saved).toContain("    id: d-20210715t1400z\n")
    expect(Object.values(uids(saved))).toEqual(Object.values(uids(FIXTURE)))
    // Without an id, the identity would have moved with the start.
    expect(Object.values(uids(cmsSave(FIXTURE, { edit: setEpisode(1, "date", new Date("2021-07-16T15:00:00.000Z")) })))).not.toEqual(
      Object.values(uids(FIXTURE)),
    )
  })

  it("writes a new episode with its id, and nothing else", () => {
    const added = (data: ImmutableData) =>
      data.updateIn(["episodes"], (list: never) =>
        (list as { unshift: (item: unknown) => unknown }).unshift(
          fromJS({ hidden: false, date: new Date("2021-07-29T14:00:00.000Z"), episodeTitle: "Zuul at Ten", episodeDescription: "Ten years." }),
        ),
      )
    const saved = cmsSave(FIXTURE, { preSave, edit: added })
    expect(changedLines(FIXTURE, saved)).toEqual({ added: 5, removed: 0 })
    // In the order the file's episodes mostly have their keys, the id last.
    expect(saved).toContain(
      "episodes:\n  - hidden: false\n    episodeDescription: Ten years.\n    date: 2021-07-29T14:00:00.000Z\n    episodeTitle: Zuul at Ten\n    id: d-20210729t1400z\n",
    )
  })

  it("keeps an episode's keys in the file's order where the CMS alone would reorder them (Immutable's hash order past 8 keys)", () => {
    // The file's first episode with 9 keys, in an order of its own (hand-edited): the CMS writes them in hash order.
    const handEdited = FIXTURE.replace(
      "  - facebookLink: https://www.facebook.com/104139126308032/posts/4096084423780129/\n",
      "  - facebookLink: https://www.facebook.com/104139126308032/posts/4096084423780129/\n    spotifyLink: https://open.spotify.com/episode/x\n",
    )
    expect(changedLines(handEdited, cmsSave(handEdited)).added).toBeGreaterThan(0)
    expect(cmsSave(handEdited, { preSave })).toBe(handEdited)
  })

  it("with every id asked for (episodeIds: 'all'), adds one line per episode and moves nothing", () => {
    const all = showPreSave({ name: "openinfra-live", templateKey: "openinfra-live", mode: "all" })
    expect(changedLines(FIXTURE, cmsSave(FIXTURE, { preSave: all }))).toEqual({ added: 15, removed: 0 })
  })

  it("leaves other entries alone, and hands the CMS nothing to change when there is nothing", () => {
    const other = fromJS({ slug: "keynotes", raw: "", data: { templateKey: "live-keynotes", episodes: [{ date: "2021-07-22" }] } }) as unknown as ImmutableMap
    expect(preSave({ entry: other })).toBeUndefined()
    const show = (fromJS({ slug: "openinfra-live-page", raw: FIXTURE }) as unknown as ImmutableData).set("data", fromJS(cmsRead(FIXTURE)))
    expect(preSave({ entry: show as unknown as ImmutableMap })).toBeUndefined()
    const named = showPreSave({ name: "openinfra-live-page", templateKey: "some-other-key", mode: "changed" })
    const fresh = (fromJS({ slug: "openinfra-live-page", raw: "" }) as unknown as ImmutableData).set("data", fromJS(cmsRead(FIXTURE)))
    const saved = named({ entry: fresh as unknown as ImmutableMap }) as unknown as ImmutableData
    // A new file (no raw text): every episode gets its id.
    expect((saved.toJS().episodes as Array<{ id?: string }>).every((episode) => typeof episode.id === "string")).toBe(true)
  })
})
