/**
 * Several shows on one site, in the CMS: one entry per show file in the collection, and one call that
 * registers the preview under each entry's name with a single listener for the ids.
 */
import { fromJS } from "immutable"
import { showCollection } from "../../src/cms/collection"
import { registerOpenInfraLive } from "../../src/cms/register"

type Entry = { file: string; name: string; label: string; fields: Array<{ name: string }> }

describe("showCollection with several shows", () => {
  it("gives each show file its own entry, with the same fields", () => {
    const collection = showCollection({
      shows: [
        { file: "src/pages/openinfra-live/index.md", name: "openinfra-live", label: "OpenInfra Live" },
        { file: "src/pages/openinfra-live/keynotes.md", name: "keynotes" },
      ],
    }) as { files: Entry[] }
    expect(collection.files.map(({ file, name, label }) => ({ file, name, label }))).toEqual([
      { file: "src/pages/openinfra-live/index.md", name: "openinfra-live", label: "OpenInfra Live" },
      { file: "src/pages/openinfra-live/keynotes.md", name: "keynotes", label: "keynotes" },
    ])
    expect(collection.files[1]!.fields.map((field) => field.name)).toEqual(collection.files[0]!.fields.map((field) => field.name))
    expect(collection.files[0]!.fields.map((field) => field.name)).toContain("showPeople")
  })

  it("is the one entry it always was without shows", () => {
    const collection = showCollection({ file: "content/live.md" }) as { files: Entry[] }
    expect(collection.files.map((entry) => [entry.file, entry.name])).toEqual([["content/live.md", "openinfra-live"]])
  })
})

describe("registerOpenInfraLive with several shows", () => {
  it("registers the preview under each entry's name, and one listener that writes ids into either show's entry", () => {
    const previews: string[] = []
    const widgets: string[] = []
    const listeners: Array<{ name: string; handler: (event: { entry: unknown }) => unknown }> = []
    registerOpenInfraLive(
      {
        registerPreviewTemplate: (name: string) => previews.push(name),
        registerEventListener: (listener: (typeof listeners)[number]) => listeners.push(listener),
        registerWidget: (name: string) => widgets.push(name),
      },
      { name: ["openinfra-live", "keynotes"], templateKey: "some-other-key" },
    )
    expect(previews).toEqual(["openinfra-live", "keynotes"])
    expect(widgets).toEqual(["openinfra-live-topics"])
    expect(listeners.map((listener) => listener.name)).toEqual(["preSave"])
    // A new episode in either show's entry gets its id; another collection's entry is left alone.
    const entry = (slug: string) =>
      fromJS({ slug, raw: "", data: { templateKey: "keynotes-page", episodes: [{ episodeTitle: "Day one", date: "2021-11-17T14:00:00.000Z" }] } })
    const saved = (slug: string) => listeners[0]!.handler({ entry: entry(slug) }) as { getIn: (path: unknown[]) => unknown } | undefined
    expect(saved("keynotes")?.getIn(["episodes", 0, "id"])).toEqual(expect.any(String))
    expect(saved("openinfra-live")?.getIn(["episodes", 0, "id"])).toEqual(expect.any(String))
    expect(saved("blog")).toBeUndefined()
  })
})
