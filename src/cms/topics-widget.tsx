/**
 * The CMS widget for an episode's topics (`widget: openinfra-live-topics`, registered by
 * registerOpenInfraLive), for Decap CMS 3 and Netlify CMS 2: the episode's topics as a list, each with
 * a button that removes it, and a text box that suggests the show's topics as the editor types (the
 * browser's own `<datalist>`), most used first. Enter, a comma or leaving the box adds what is typed,
 * spelled as the show spells it; picking a suggestion adds it at once. It writes a list of text, as
 * the CMS's list widget does, so the file and the build read the same.
 *
 * A class component: both CMSs hand a widget a ref and ask it `isValid` before a save (a function
 * component, which takes no ref, makes the save throw).
 */
import * as React from "react"
import { addTopics, showTopics, suggestions, topicItems, topicText, TOPIC_SEPARATOR, type Addition, type TopicChoice } from "./topics-field"

/** An Immutable.js value, as both CMSs hand them to widgets. */
interface ImmutableLike {
  toJS(): unknown
  getIn?(path: unknown[]): unknown
  get?(key: string): unknown
  toList?(): ImmutableList
}
interface ImmutableList extends ImmutableLike {
  clear(): ImmutableList
  push(...values: unknown[]): ImmutableList
  delete(index: number): ImmutableList
}

/** What Decap CMS 3 and Netlify CMS 2 hand a widget's control, as far as this one reads it. */
export interface TopicsControlProps {
  /** The field's value: an Immutable List (a list the file has), a text, or nothing. */
  value?: unknown
  onChange: (value: unknown) => void
  /** The id the field's label points at. */
  forID?: string
  /** The CMS's class for a field's box (its border, and its colour when active). */
  classNameWrapper?: string
  setActiveStyle?: () => void
  setInactiveStyle?: () => void
  /** The field's config. */
  field?: ImmutableLike
  /** The entry being edited: the suggestions are its episodes' topics. */
  entry?: ImmutableLike
  /** Decap CMS 3.19+: the entry as it is now (its `entry` prop may be an older one). */
  getEntry?: () => ImmutableLike | undefined
}

type State = {
  text: string
  focused: boolean
  message: string
  /** An error (something typed was not added) or a note (what was added). */
  tone: "error" | "note"
  /** Why what the box holds was not added (readTopics' words), or "". */
  refused: string
}

const plain = (value: unknown): unknown =>
  value !== null && typeof value === "object" && typeof (value as ImmutableLike).toJS === "function" ? (value as ImmutableLike).toJS() : value

const isList = (value: unknown): value is ImmutableList =>
  value !== null &&
  typeof value === "object" &&
  typeof (value as ImmutableList).push === "function" &&
  typeof (value as ImmutableList).clear === "function" &&
  typeof (value as ImmutableList).delete === "function"

/** An item of no text at all (an empty line of the list): nothing to show, and it stays in the file as it is. */
const blank = (item: unknown) => item === null || item === undefined || (typeof item === "string" && item.trim() === "")

/** "A", "A and B", "A, B and C". */
const listed = (names: readonly string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`)

/** What an addition did, in a sentence or two for the status line; `error` when something typed was not added. */
function report({ added, present, respelled, refused }: Addition): { message: string; tone: State["tone"] } {
  const said: string[] = []
  if (refused.length > 0) said.push(`Not added: ${refused.map((piece) => piece.why).join("; ")}.`)
  const plainly = added.filter((name) => !respelled.some(([, as]) => as === name))
  if (plainly.length > 0) said.push(`Added ${listed(plainly)}.`)
  for (const [typed, as] of respelled) said.push(`Added ${as}, as the show writes "${typed}".`)
  if (present.length > 0) said.push(`${listed(present)} ${present.length === 1 ? "is" : "are"} there already.`)
  return { message: said.join(" "), tone: refused.length > 0 ? "error" : "note" }
}

let instances = 0

const styles = {
  box: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "6px" },
  list: { display: "flex", flexWrap: "wrap", gap: "6px", margin: 0, padding: 0, listStyle: "none" },
  topic: {
    display: "inline-flex",
    alignItems: "center",
    gap: "2px",
    margin: 0,
    padding: "2px 2px 2px 10px",
    borderRadius: "14px",
    background: "#e8eef8",
    color: "#1f2a3d",
    fontSize: "14px",
    lineHeight: "22px",
  },
  odd: { background: "#fdecea", color: "#7a1c1c" },
  remove: {
    width: "24px",
    height: "24px",
    border: 0,
    borderRadius: "50%",
    background: "transparent",
    color: "inherit",
    fontSize: "16px",
    lineHeight: "24px",
    cursor: "pointer",
  },
  input: { flex: "1 1 12em", minWidth: "12em", border: 0, outline: "none", background: "transparent", font: "inherit", color: "inherit", padding: "4px 0" },
  message: { flexBasis: "100%", margin: 0, fontSize: "13px" },
} satisfies Record<string, React.CSSProperties>

export class TopicsControl extends React.Component<TopicsControlProps, State> {
  override state: State = { text: "", focused: false, message: "", tone: "note", refused: "" }

  /** The entry's episodes the suggestions were made from, and them: made again only when the episodes change. */
  private known: { episodes: unknown; topics: TopicChoice[] } = { episodes: undefined, topics: [] }

  /** While an input method composes a word: Enter and commas belong to it. */
  private composing = false

  private readonly box = React.createRef<HTMLDivElement>()

  private readonly ownId = `openinfra-live-topics-${(instances += 1)}`

  /**
   * Both CMSs ask before a save. A topic left in the box that was not added (the build would drop it)
   * stops the save, with why: the editor sees it on the page and would expect it in the file.
   */
  isValid = (): boolean | { error: { type: string; message: string } } => {
    const text = this.state.text.trim()
    if (text === "" || this.state.refused === "") return true
    return { error: { type: "CUSTOM", message: `Topics: "${text}" is not added: ${this.state.refused}. Mend it and press Enter, or clear the box.` } }
  }

  /**
   * Both CMSs call this for the field with the next props (React with the next state too): the list shows
   * the value, and the suggestions the entry's episodes, which change as other episodes are edited. When it
   * says no, the CMS does not hand the control the new props at all: the entry it suggests from at the
   * next focus would be an old one.
   */
  override shouldComponentUpdate(next: TopicsControlProps, nextState?: unknown): boolean {
    return (
      (nextState !== undefined && nextState !== this.state) ||
      next.value !== this.props.value ||
      next.classNameWrapper !== this.props.classNameWrapper ||
      this.episodes(next.entry) !== this.episodes(this.props.entry)
    )
  }

  private episodes(entry: ImmutableLike | undefined): unknown {
    return entry?.getIn?.(["data", "episodes"])
  }

  private knownTopics(): TopicChoice[] {
    const episodes = this.episodes(this.props.getEntry?.() ?? this.props.entry)
    if (episodes !== this.known.episodes) this.known = { episodes, topics: showTopics(plain(episodes), String(this.props.field?.get?.("name") ?? "topics")) }
    return this.known.topics
  }

  private items(): unknown[] {
    return topicItems(plain(this.props.value))
  }

  /**
   * The field's value with `added` after its items, or without the item at `removed`: the List the file gave
   * changed in place (an item the editor did not touch is written as it was), else a List of the CMS's own
   * Immutable.js (from the field's config) made of the items, as the CMS's list widget writes one.
   */
  private emit(change: { added: readonly string[] } | { removed: number }): void {
    const { value, field } = this.props
    if (isList(value)) {
      this.props.onChange("added" in change ? value.push(...change.added) : value.delete(change.removed))
      return
    }
    const items = this.items()
    const next = "added" in change ? [...items, ...change.added] : items.filter((_, index) => index !== change.removed)
    this.props.onChange(
      typeof field?.toList === "function"
        ? field
            .toList()
            .clear()
            .push(...next)
        : next,
    )
  }

  /**
   * Adds what is typed; the box keeps what was not added. `keep` is what follows the last separator when one
   * was typed: then what was not added keeps its separator, so that what is typed next is a topic of its own.
   */
  private commit(text: string, keep?: string, { quiet = false } = {}): void {
    if (text.trim() === "") {
      this.setState({ text: keep ?? "" })
      return
    }
    const addition = addTopics(this.items(), text, this.knownTopics())
    if (addition.added.length > 0) this.emit({ added: addition.added })
    const refused = addition.refused.map((piece) => piece.text).join(", ")
    const left = keep === undefined ? refused : refused === "" ? keep : `${refused}, ${keep}`
    // Quiet (leaving the box): only a refusal is said. A line appearing under the box as the editor clicks elsewhere
    // moves what is below between the press and the release, and the click is lost.
    const why = addition.refused.map((piece) => piece.why).join("; ")
    if (quiet && refused === "") this.setState({ text: left, refused: why })
    else this.setState({ text: left, refused: why, ...report(addition) })
  }

  private remove(index: number, name: string): void {
    this.emit({ removed: index })
    this.setState({ message: `Removed ${name}.`, tone: "note" })
    document.getElementById(this.inputId())?.focus()
  }

  private inputId(): string {
    return this.props.forID ?? this.ownId
  }

  private onInput = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const text = event.target.value
    if (this.composing) {
      this.setState({ text })
      return
    }
    if (TOPIC_SEPARATOR.test(text)) {
      const last = Math.max(text.lastIndexOf(","), text.lastIndexOf(";"), text.lastIndexOf("\n"))
      this.commit(text.slice(0, last), text.slice(last + 1).trimStart())
      return
    }
    // A suggestion picked from the list is added at once. Chromium says so with insertReplacementText; other browsers send
    // an event without an inputType. Typing, pasting and deleting always name theirs.
    const inputType = (event.nativeEvent as Partial<InputEvent>).inputType
    if ((!inputType || inputType === "insertReplacementText") && this.knownTopics().some((topic) => topic.name === text)) {
      this.commit(text)
      return
    }
    this.setState({ text, message: "", tone: "note", refused: "" })
  }

  /** A paste of several topics (a list copied from elsewhere, one a line: a text box would join the lines) adds them all. */
  private onPaste = (event: React.ClipboardEvent<HTMLInputElement>): void => {
    const pasted = event.clipboardData.getData("text")
    if (!TOPIC_SEPARATOR.test(pasted)) return
    event.preventDefault()
    const input = event.currentTarget
    const [from, to] = [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length]
    this.commit(`${input.value.slice(0, from)}${pasted}${input.value.slice(to)}`)
  }

  private onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    // An input method's Enter ends its word, not the topic.
    if (this.composing || event.nativeEvent.isComposing || event.keyCode === 229) return
    if (event.key === "Enter") {
      // The CMS has no form to send; Enter adds the topic.
      event.preventDefault()
      this.commit(this.state.text)
    } else if (event.key === "Escape" && this.state.text !== "") {
      event.stopPropagation()
      this.setState({ text: "", message: "", tone: "note", refused: "" })
    }
  }

  private onFocus = (): void => {
    this.setState({ focused: true })
    this.props.setActiveStyle?.()
  }

  /**
   * Leaving the box adds what is typed, as a tag box does, except when the window loses focus (another tab, another
   * application: the editor comes back to the box as it was) or the focus stays in the widget (a topic's remove button).
   */
  private onBlur = (event: React.FocusEvent<HTMLInputElement>): void => {
    const staying = event.relatedTarget instanceof Node && this.box.current?.contains(event.relatedTarget) === true
    if (!staying && document.hasFocus()) this.commit(this.state.text, undefined, { quiet: true })
    this.setState({ focused: false })
    this.props.setInactiveStyle?.()
  }

  override render(): React.ReactElement {
    const id = this.inputId()
    const items = this.items()
    const offered = this.state.focused ? suggestions(this.knownTopics(), items) : []
    const help = `${id}-message`
    return (
      <div ref={this.box} className={this.props.classNameWrapper} style={styles.box}>
        {items.some((item) => !blank(item)) && (
          <ul style={styles.list} aria-label="Topics">
            {items.map((item, index) => {
              if (blank(item)) return null
              const text = topicText(item)
              // What is not a topic (a list, an object, a date) is shown as it is, to be removed; it is written back untouched.
              const name = text ?? `${JSON.stringify(item) ?? String(item)} (not a topic)`
              return (
                <li key={`${index}-${name}`} style={text === null ? { ...styles.topic, ...styles.odd } : styles.topic}>
                  {name}
                  <button type="button" style={styles.remove} aria-label={`Remove ${name}`} onClick={() => this.remove(index, name)}>
                    ×
                  </button>
                </li>
              )
            })}
          </ul>
        )}
        <input
          id={id}
          type="text"
          value={this.state.text}
          list={`${id}-suggestions`}
          autoComplete="off"
          placeholder={items.length > 0 ? "Add a topic" : "Add a topic: type, then Enter"}
          aria-describedby={help}
          style={styles.input}
          onChange={this.onInput}
          onPaste={this.onPaste}
          onKeyDown={this.onKeyDown}
          onCompositionStart={() => (this.composing = true)}
          onCompositionEnd={() => (this.composing = false)}
          onFocus={this.onFocus}
          onBlur={this.onBlur}
        />
        <datalist id={`${id}-suggestions`}>
          {offered.map((topic) => (
            <option key={topic.name} value={topic.name} label={`${topic.episodes} episode${topic.episodes === 1 ? "" : "s"}`} />
          ))}
        </datalist>
        {/* Always there, empty when there is nothing to say: a status that appears is not announced. */}
        <p id={help} role="status" style={{ ...styles.message, color: this.state.tone === "error" ? "#a4262c" : "#4a5568" }}>
          {this.state.message}
        </p>
      </div>
    )
  }
}

/** What the CMS's own preview (without the theme's template) shows for the field: the topics, separated by commas. */
export function TopicsPreview({ value }: { value?: unknown }): React.ReactElement {
  return (
    <span>
      {topicItems(plain(value))
        .flatMap((item) => topicText(item) ?? [])
        .join(", ")}
    </span>
  )
}
