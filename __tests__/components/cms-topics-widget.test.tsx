/**
 * The CMS's topics widget (src/cms/topics-widget.tsx) as Decap CMS 3 and Netlify CMS 2 drive it: an
 * entry of Immutable.js data (the library the CMSs use), the field's value handed down, and what the
 * widget gives `onChange` written back into the entry, as the CMS's list widget's would be. Runs on
 * React 17, 18 and 19 with the other component tests.
 */
import * as React from "react"
import { act, fireEvent, render, screen, within } from "@testing-library/react"
import userEvent from "@testing-library/user-event"
import { fromJS, List, Map } from "immutable"
import { TopicsControl, TopicsPreview, type TopicsControlProps } from "../../src/cms/topics-widget"

type Data = ReturnType<typeof fromJS> & { getIn: (path: unknown[]) => unknown; setIn: (path: unknown[], value: unknown) => Data }

const SHOW = {
  episodes: [
    { episodeTitle: "New episode", topics: ["Security"] },
    { episodeTitle: "Kata 2", topics: ["Kata Containers", "Security"] },
    { episodeTitle: "Kata 1", topics: ["kata containers", "Edge"] },
    { episodeTitle: "Ironic", topics: "Ironic, bare metal" },
  ],
}

/**
 * The CMSs' Widget (decap-cms-core's EditorControlPane/Widget.js, Netlify CMS 2's the same), as far as it
 * decides when the control renders again: it asks the control's own shouldComponentUpdate, through the ref
 * it holds, with the next props only.
 */
class CmsWidget extends React.Component<TopicsControlProps & { control: React.MutableRefObject<TopicsControl | null> }> {
  private control: TopicsControl | null = null
  override shouldComponentUpdate(next: TopicsControlProps): boolean {
    return this.control === null ? next.value !== this.props.value : this.control.shouldComponentUpdate(next)
  }
  override render() {
    const { control, ...props } = this.props
    return (
      <TopicsControl
        {...props}
        ref={(instance) => {
          this.control = instance
          control.current = instance
        }}
      />
    )
  }
}

/** The CMS around the widget, for the first episode's topics; `entry()` is the entry as it is now. */
function renderInCms(show: object = SHOW) {
  let current = fromJS({ path: "src/pages/openinfra-live/index.md", data: show }) as Data
  const changes: unknown[] = []
  const field = fromJS({ label: "Topics", name: "topics", widget: "openinfra-live-topics", required: false })
  const widget: React.MutableRefObject<TopicsControl | null> = { current: null }
  let update: (entry: Data) => void = () => undefined
  function Cms() {
    const [entry, setEntry] = React.useState(current)
    update = (next) => {
      current = next
      setEntry(next)
    }
    return (
      <div>
        <label htmlFor="topics-1">Topics</label>
        <CmsWidget
          control={widget}
          forID="topics-1"
          field={field as never}
          entry={entry as never}
          value={entry.getIn(["data", "episodes", 0, "topics"])}
          onChange={(value) => {
            changes.push(value)
            update(current.setIn(["data", "episodes", 0, "topics"], value))
          }}
        />
        <label>
          Page address <input type="text" />
        </label>
      </div>
    )
  }
  const view = render(<Cms />)
  return {
    ...view,
    widget,
    changes,
    entry: () => current,
    setEntry: (next: Data) => act(() => update(next)),
    topics: () => current.getIn(["data", "episodes", 0, "topics"]) as unknown,
    shown: () =>
      within(view.container)
        .queryAllByRole("listitem")
        .map((item) => item.firstChild?.textContent),
    offered: () => [...view.container.querySelectorAll("datalist option")].map((option) => `${option.getAttribute("value")} (${option.getAttribute("label")})`),
  }
}

describe("the topics widget in the CMS", () => {
  // jsdom says the document has no focus while the focus moves from one element to another; a browser says it has
  // (it has none when the window loses focus: another tab, another application, as a test below has it).
  beforeEach(() => jest.spyOn(document, "hasFocus").mockReturnValue(true))
  afterEach(() => jest.restoreAllMocks())

  it("lists the episode's topics, each with a button that removes it, under the field's label", () => {
    const cms = renderInCms()
    expect(screen.getByRole("combobox", { name: "Topics" })).toHaveProperty("id", "topics-1")
    expect(cms.shown()).toEqual(["Security"])
    expect(screen.getByRole("list", { name: "Topics" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "Remove Security" })).toBeTruthy()
  })

  it("suggests the show's other topics once the box has focus, most used first, with how many episodes have each", async () => {
    const cms = renderInCms()
    expect(cms.offered()).toEqual([])
    await userEvent.click(screen.getByRole("combobox", { name: "Topics" }))
    expect(cms.offered()).toEqual(["Kata Containers (2 episodes)", "bare metal (1 episode)", "Edge (1 episode)", "Ironic (1 episode)"])
    expect(screen.getByRole("combobox", { name: "Topics" }).getAttribute("list")).toBe("topics-1-suggestions")
  })

  it("adds a typed topic at Enter, spelled as the show spells it, as an Immutable List like the list widget's", async () => {
    const cms = renderInCms()
    await userEvent.type(screen.getByRole("combobox", { name: "Topics" }), "kata-containers")
    expect(cms.changes).toEqual([]) // typed, not yet added
    await userEvent.keyboard("{Enter}")
    expect(cms.shown()).toEqual(["Security", "Kata Containers"])
    expect(List.isList(cms.topics())).toBe(true)
    expect((cms.topics() as List<string>).toJS()).toEqual(["Security", "Kata Containers"])
    expect(screen.getByRole("combobox", { name: "Topics" })).toHaveProperty("value", "")
    // The new one is no longer offered.
    expect(cms.offered()).not.toContain("Kata Containers (2 episodes)")
  })

  it("adds each topic as a comma or semicolon ends it, and what is left typed when the box loses focus", async () => {
    const cms = renderInCms()
    const box = screen.getByRole("combobox", { name: "Topics" })
    await userEvent.type(box, "Zuul, edge;Nova")
    expect(cms.shown()).toEqual(["Security", "Zuul", "Edge"])
    expect(box).toHaveProperty("value", "Nova")
    await userEvent.tab()
    expect(cms.shown()).toEqual(["Security", "Zuul", "Edge", "Nova"])
    expect(cms.changes).toHaveLength(3)
    // Quietly: a line appearing under the box as the editor clicks elsewhere would move what the click was for.
    expect(screen.getByRole("status").textContent).toBe("")
  })

  it("adds a suggestion picked from the list at once, and not a topic typed to the end by hand", async () => {
    const cms = renderInCms()
    const box = screen.getByRole("combobox", { name: "Topics" })
    await userEvent.type(box, "Edge")
    expect(cms.shown()).toEqual(["Security"])
    await userEvent.clear(box)
    // A pick from a datalist: an input event without an inputType (Chromium's says insertReplacementText, as the e2e test shows).
    fireEvent.input(box, { target: { value: "Ironic" } })
    expect(cms.shown()).toEqual(["Security", "Ironic"])
    expect(box).toHaveProperty("value", "")
  })

  it("removes a topic, and keeps the focus in the field", async () => {
    const cms = renderInCms({ episodes: [{ topics: ["Kata", "Security", "Edge"] }] })
    await userEvent.click(screen.getByRole("button", { name: "Remove Security" }))
    expect(cms.shown()).toEqual(["Kata", "Edge"])
    expect((cms.topics() as List<string>).toJS()).toEqual(["Kata", "Edge"])
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Topics" }))
    await userEvent.click(screen.getByRole("button", { name: "Remove Kata" }))
    await userEvent.click(screen.getByRole("button", { name: "Remove Edge" }))
    expect(cms.shown()).toEqual([])
    expect((cms.topics() as List<string>).toJS()).toEqual([])
  })

  it("says why it does not add what the build would drop, and keeps it in the box to mend", async () => {
    const cms = renderInCms()
    const box = screen.getByRole("combobox", { name: "Topics" })
    const long = "A whole sentence about what this episode covers from start to end"
    await userEvent.type(box, `${long}{Enter}`)
    expect(cms.changes).toEqual([])
    expect(screen.getByRole("status").textContent).toBe(`Not added: "${long.slice(0, 30)}…" is longer than 60 characters (a topic is a few words).`)
    expect(box.getAttribute("aria-describedby")).toBe(screen.getByRole("status").id)
    expect(box).toHaveProperty("value", long)
    await userEvent.clear(box)
    expect(screen.getByRole("status").textContent).toBe("")
  })

  it("reads a text of topics separated by commas, and writes a list when the editor changes it", async () => {
    const cms = renderInCms({ episodes: [{ topics: "Kata,  Ironic" }] })
    expect(cms.shown()).toEqual(["Kata", "Ironic"])
    await userEvent.type(screen.getByRole("combobox", { name: "Topics" }), "Zuul{Enter}")
    // The CMS's own Immutable List, made from the field's config: the library the entry's data is made of.
    expect(List.isList(cms.topics())).toBe(true)
    expect((cms.topics() as List<string>).toJS()).toEqual(["Kata", "Ironic", "Zuul"])
  })

  it("shows what the file has, without dropping what the build would", () => {
    const cms = renderInCms({ episodes: [{ topics: ["Kata", "", null, "---"] }] })
    expect(cms.shown()).toEqual(["Kata", "---"])
    expect(cms.changes).toEqual([])
  })

  it("updates its suggestions as other episodes are edited, while it has focus", async () => {
    const cms = renderInCms()
    await userEvent.click(screen.getByRole("combobox", { name: "Topics" }))
    cms.setEntry(cms.entry().setIn(["data", "episodes", 3, "topics"], fromJS(["Zuul"])))
    expect(cms.offered()).toEqual(["Kata Containers (2 episodes)", "Edge (1 episode)", "Zuul (1 episode)"])
  })

  it("offers the topics other episodes were given while it did not have focus", async () => {
    const cms = renderInCms()
    cms.setEntry(cms.entry().setIn(["data", "episodes", 3, "topics"], fromJS(["Zuul"])))
    await userEvent.click(screen.getByRole("combobox", { name: "Topics" }))
    expect(cms.offered()).toEqual(["Kata Containers (2 episodes)", "Edge (1 episode)", "Zuul (1 episode)"])
  })

  it("keeps what is typed in the box when the window loses focus, or when a topic's remove button is clicked; Escape clears it", async () => {
    const cms = renderInCms({ episodes: [{ topics: ["Alpha", "Beta"] }] })
    const box = screen.getByRole("combobox", { name: "Topics" })
    await userEvent.type(box, "Kata Cont")
    jest.spyOn(document, "hasFocus").mockReturnValue(false)
    fireEvent.blur(box)
    expect(cms.changes).toEqual([])
    expect(box).toHaveProperty("value", "Kata Cont")
    jest.spyOn(document, "hasFocus").mockReturnValue(true)
    await userEvent.click(box)
    await userEvent.click(screen.getByRole("button", { name: "Remove Alpha" }))
    expect(cms.shown()).toEqual(["Beta"])
    expect(box).toHaveProperty("value", "Kata Cont")
    expect(screen.getByRole("status").textContent).toBe("Removed Alpha.")
    await userEvent.type(box, "{Escape}")
    expect(box).toHaveProperty("value", "")
    await userEvent.tab()
    expect(cms.shown()).toEqual(["Beta"])
  })

  it("keeps in the box every piece it refuses, and adds the rest, however they are separated", async () => {
    const cms = renderInCms({ episodes: [{ topics: [] }] })
    const box = screen.getByRole("combobox", { name: "Topics" })
    await userEvent.type(box, "---, Zuul,")
    expect(cms.shown()).toEqual(["Zuul"])
    expect(box).toHaveProperty("value", "---, ")
    await userEvent.clear(box)
    const long = "A whole sentence about what this episode covers from start to end"
    await userEvent.click(box)
    await userEvent.paste(`${long}, Kata Containers`)
    expect(cms.shown()).toEqual(["Zuul", "Kata Containers"])
    expect(box).toHaveProperty("value", long)
    expect(screen.getByRole("status").textContent).toBe(
      `Not added: "${long.slice(0, 30)}…" is longer than 60 characters (a topic is a few words). Added Kata Containers.`,
    )
  })

  it("adds every topic of a paste, one a line or separated by commas", async () => {
    const cms = renderInCms({ episodes: [{ topics: ["Security"] }] })
    await userEvent.click(screen.getByRole("combobox", { name: "Topics" }))
    await userEvent.paste("Kata\nIronic\nZuul")
    expect(cms.shown()).toEqual(["Security", "Kata", "Ironic", "Zuul"])
    await userEvent.paste("Nova, Cinder, Swift")
    expect(cms.shown()).toEqual(["Security", "Kata", "Ironic", "Zuul", "Nova", "Cinder", "Swift"])
    expect(screen.getByRole("combobox", { name: "Topics" })).toHaveProperty("value", "")
  })

  it("leaves an input method's Enter to it: nothing is added while a word is being composed", () => {
    const cms = renderInCms({ episodes: [{ topics: [] }] })
    const box = screen.getByRole("combobox", { name: "Topics" })
    fireEvent.compositionStart(box)
    fireEvent.change(box, { target: { value: "かた" } })
    fireEvent.keyDown(box, { key: "Enter", isComposing: true, keyCode: 229 })
    expect(cms.changes).toEqual([])
    fireEvent.compositionEnd(box)
    fireEvent.keyDown(box, { key: "Enter" })
    expect(cms.shown()).toEqual(["かた"])
  })

  it("writes back untouched what the file has that is not a topic, and shows it to be removed", async () => {
    const cms = renderInCms({ episodes: [{ topics: [{ name: "Kata" }, 42, ["a", "b"], "", "Ironic"] }] })
    expect(cms.shown()).toEqual(['{"name":"Kata"} (not a topic)', "42", '["a","b"] (not a topic)', "Ironic"])
    await userEvent.type(screen.getByRole("combobox", { name: "Topics" }), "Zuul{Enter}")
    const topics = cms.topics() as List<unknown>
    expect(topics.toJS()).toEqual([{ name: "Kata" }, 42, ["a", "b"], "", "Ironic", "Zuul"])
    // The same Immutable values as before: the list changed in place.
    expect(Map.isMap(topics.get(0))).toBe(true)
    await userEvent.click(screen.getByRole("button", { name: 'Remove {"name":"Kata"} (not a topic)' }))
    expect((cms.topics() as List<unknown>).toJS()).toEqual([42, ["a", "b"], "", "Ironic", "Zuul"])
  })

  it("keeps a text's every piece and a lone number when the editor adds a topic", async () => {
    const text = renderInCms({ episodes: [{ topics: "Kata, Ironic, ---" }] })
    expect(text.shown()).toEqual(["Kata", "Ironic", "---"])
    await userEvent.type(screen.getByRole("combobox", { name: "Topics" }), "Zuul{Enter}")
    expect((text.topics() as List<unknown>).toJS()).toEqual(["Kata", "Ironic", "---", "Zuul"])
    text.unmount()
    const number = renderInCms({ episodes: [{ topics: 42 }] })
    expect(number.shown()).toEqual(["42"])
    await userEvent.type(screen.getByRole("combobox", { name: "Topics" }), "Zuul{Enter}")
    expect((number.topics() as List<unknown>).toJS()).toEqual([42, "Zuul"])
  })

  it("says what it added, respelled or found there already", async () => {
    renderInCms()
    const box = screen.getByRole("combobox", { name: "Topics" })
    await userEvent.type(box, "SECURITY{Enter}")
    expect(screen.getByRole("status").textContent).toBe("Security is there already.")
    await userEvent.type(box, "kata-containers,")
    expect(screen.getByRole("status").textContent).toBe('Added Kata Containers, as the show writes "kata-containers".')
    await userEvent.type(box, "Nova{Enter}")
    expect(screen.getByRole("status").textContent).toBe("Added Nova.")
  })

  it("stops a save while the box holds a topic it refused, saying why", async () => {
    const cms = renderInCms()
    const box = screen.getByRole("combobox", { name: "Topics" })
    await userEvent.type(box, "---{Enter}")
    expect(cms.widget.current?.isValid()).toEqual({
      error: { type: "CUSTOM", message: 'Topics: "---" is not added: "---" has no letter or digit. Mend it and press Enter, or clear the box.' },
    })
    await userEvent.clear(box)
    expect(cms.widget.current?.isValid()).toBe(true)
  })

  it("gives each widget its own ids where the CMS gives none", () => {
    const { container } = render(
      <>
        <TopicsControl onChange={() => undefined} />
        <TopicsControl onChange={() => undefined} />
      </>,
    )
    const ids = [...container.querySelectorAll("[id]")].map((element) => element.id)
    expect(new Set(ids).size).toBe(6)
  })

  it("answers the CMS's isValid before a save (a ref it can hold), and has a preview", () => {
    const cms = renderInCms()
    expect(cms.widget.current?.isValid()).toBe(true)
    const { container } = render(<TopicsPreview value={fromJS(["Kata", "Ironic"])} />)
    expect(container.textContent).toBe("Kata, Ironic")
  })
})
