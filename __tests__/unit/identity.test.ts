import { episodeIdentities, fallbackId } from "../../src/content/identity"
import { parseEpisodeDate } from "../../src/content/dates"

const parse = (raw: unknown) => {
  const date = parseEpisodeDate(raw)
  return date.ok ? date : null
}
const ids = (episodes: unknown[]) => episodeIdentities(episodes, parse)

describe("episode identity", () => {
  it("is the id when there is one, else the video, else the start", () => {
    expect(
      ids([
        { id: "ep-42", date: "2021-07-22T14:00:00Z", youtubeEmbed: "https://youtu.be/pHHCIGkpNzs" },
        { date: "2021-07-15T14:00:00Z", youtubeLink: "https://www.youtube.com/watch?v=-KeD5RFLNUI" },
        { date: "2021-07-08T14:00:00Z" },
        { date: "2021-06-03" },
      ]).map((identity) => identity.id),
    ).toEqual(["ep-42", "yt--KeD5RFLNUI", "d-20210708t1400z", "d-20210603"])
  })

  it("does not change when the episode is renamed, and with an id not when it is rescheduled", () => {
    const before = ids([
      { id: "ep-42", episodeTitle: "Kata", date: "2021-07-22T14:00:00Z" },
      { episodeTitle: "Zuul", date: "2021-07-29T14:00:00Z", youtubeEmbed: "pHHCIGkpNzs" },
    ])
    const after = ids([
      { id: "ep-42", episodeTitle: "Kata Containers 3.0", date: "2021-08-05T15:00:00Z" },
      { episodeTitle: "Zuul at Ten", date: "2021-08-12T14:00:00Z", youtubeEmbed: "pHHCIGkpNzs" },
    ])
    expect(after).toEqual(before)
  })

  it("does not move other episodes when one is added, removed or published", () => {
    const episodes = [{ date: "2021-07-22T14:00:00Z" }, { date: "2021-07-29T14:00:00Z", hidden: true }, { date: "2021-08-05T14:00:00Z" }]
    const all = ids(episodes).map((identity) => identity.id)
    expect(ids([episodes[0], episodes[2]]).map((identity) => identity.id)).toEqual([all[0], all[2]])
  })

  it("makes repeats unique in list order, and keeps own ids first", () => {
    expect(
      ids([
        { date: "2021-07-22T14:00:00Z", youtubeEmbed: "pHHCIGkpNzs" },
        { date: "2021-07-29T14:00:00Z", youtubeEmbed: "pHHCIGkpNzs" },
        { id: "yt-pHHCIGkpNzs-3", date: "2021-08-05T14:00:00Z" },
      ]).map((identity) => identity.id),
    ).toEqual(["yt-pHHCIGkpNzs", "yt-pHHCIGkpNzs-2", "yt-pHHCIGkpNzs-3"])
  })

  it("drops an id that is not one, or that another episode has, saying why", () => {
    const result = ids([
      { id: "ep 1!", date: "2021-07-22T14:00:00Z" },
      { id: "ep-2", date: "2021-07-29T14:00:00Z" },
      { id: "ep-2", date: "2021-08-05T14:00:00Z" },
      { id: 7, date: "2021-08-12T14:00:00Z" },
    ])
    expect(result).toEqual([
      { id: "d-20210722t1400z", problem: expect.stringMatching(/^"ep 1!" is not an id .*; it was dropped$/) },
      { id: "ep-2", problem: null },
      { id: "d-20210805t1400z", problem: '"ep-2" is another episode\'s id too; it was dropped' },
      { id: "7", problem: null },
    ])
  })

  it("has none for an episode whose date cannot be read, until it has an id", () => {
    expect(ids([{ date: "soon" }, { date: "soon", id: "ep-9" }, "not an episode"]).map((identity) => identity.id)).toEqual([null, "ep-9", null])
  })

  it("writes starts compactly", () => {
    expect(fallbackId(null, "2027-01-14T15:30:00.000Z", false)).toBe("d-20270114t1530z")
    expect(fallbackId("abcdefghijk", "2027-01-14T15:30:00.000Z", false)).toBe("yt-abcdefghijk")
  })
})
