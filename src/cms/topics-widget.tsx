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
import { addTopics, currentTopics, showTopics, suggestions, type TopicChoice } from "./topics-field"

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
}

/** What Decap CMS 3 and Netlify CMS 2 hand a widget's control, as far as this one reads it. */
export interface TopicsControlProps {
  /** The field's value: an Immutable List of text (a list the file has), a text, or nothing. */
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
}

type State = {
  text: string
  focused: boolean
  message: string
}

const plain = (value: unknown): unknown =>
  value !== null && typeof value === "object" && typeof (value as ImmutableLike).toJS === "function" ? (value as ImmutableLike).toJS() : value

const isList = (value: unknown): value is ImmutableList =>
  value !== null && typeof value === "object" && typeof (value as ImmutableList).push === "function" && typeof (value as ImmutableList).clear === "function"

const SEPARATOR = /[,;\n]/

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
  message: { flexBasis: "100%", margin: 0, color: "#a4262c", fontSize: "13px" },
} satisfies Record<string, React.CSSProperties>

export class TopicsControl extends React.Component<TopicsControlProps, State> {
  override state: State = { text: "", focused: false, message: "" }

  /** The entry's episodes the suggestions were made from, and them: made again only when the episodes change. */
  private known: { episodes: unknown; topics: TopicChoice[] } = { episodes: undefined, topics: [] }

  /** Both CMSs ask before a save: the topics are always valid (the build checks them). */
  isValid = (): boolean => true

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
      this.episodes(next) !== this.episodes(this.props)
    )
  }

  private episodes(props: TopicsControlProps): unknown {
    return props.entry?.getIn?.(["data", "episodes"])
  }

  private knownTopics(): TopicChoice[] {
    const episodes = this.episodes(this.props)
    if (episodes !== this.known.episodes) this.known = { episodes, topics: showTopics(plain(episodes), String(this.props.field?.get?.("name") ?? "topics")) }
    return this.known.topics
  }

  private current(): string[] {
    return currentTopics(plain(this.props.value))
  }

  /** The topics as the CMS's list widget writes them: an Immutable List of the CMS's own Immutable.js (a plain list where there is none). */
  private emit(topics: string[]): void {
    const { value, field } = this.props
    const empty = isList(value) ? value.clear() : typeof field?.toList === "function" ? field.toList().clear() : undefined
    this.props.onChange(empty === undefined ? topics : empty.push(...topics))
  }

  /** Adds what is typed (all of it, or up to the last separator); keeps in the box what was not added. */
  private commit(text: string, keep = ""): void {
    if (text.trim() === "") {
      this.setState({ text: keep, message: "" })
      return
    }
    const current = this.current()
    const { topics, added, dropped } = addTopics(current, text, this.knownTopics())
    if (added.length > 0) this.emit(topics)
    this.setState({
      text: dropped.length > 0 && added.length === 0 ? text : keep,
      message: dropped.length > 0 ? `Not added: ${dropped.join("; ")}.` : "",
    })
  }

  private remove(index: number): void {
    const topics = this.current()
    topics.splice(index, 1)
    this.emit(topics)
    this.setState({ message: "" })
    document.getElementById(this.inputId())?.focus()
  }

  private inputId(): string {
    return this.props.forID ?? "openinfra-live-topics"
  }

  private onInput = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const text = event.target.value
    const last = Math.max(...[",", ";", "\n"].map((separator) => text.lastIndexOf(separator)))
    if (SEPARATOR.test(text)) {
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
    this.setState({ text, message: "" })
  }

  private onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== "Enter") return
    // The CMS has no form to send; Enter adds the topic.
    event.preventDefault()
    this.commit(this.state.text)
  }

  private onFocus = (): void => {
    this.setState({ focused: true })
    this.props.setActiveStyle?.()
  }

  private onBlur = (): void => {
    this.commit(this.state.text)
    this.setState({ focused: false })
    this.props.setInactiveStyle?.()
  }

  override render(): React.ReactElement {
    const id = this.inputId()
    const topics = this.current()
    const offered = this.state.focused ? suggestions(this.knownTopics(), topics) : []
    const help = `${id}-message`
    return (
      <div className={this.props.classNameWrapper} style={styles.box}>
        {topics.length > 0 && (
          <ul style={styles.list} aria-label="Topics">
            {topics.map((topic, index) => (
              <li key={`${index}-${topic}`} style={styles.topic}>
                {topic}
                <button type="button" style={styles.remove} aria-label={`Remove ${topic}`} onClick={() => this.remove(index)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          type="text"
          value={this.state.text}
          list={`${id}-suggestions`}
          autoComplete="off"
          placeholder={topics.length > 0 ? "Add a topic" : "Add a topic: type, then Enter"}
          aria-describedby={help}
          style={styles.input}
          onChange={this.onInput}
          onKeyDown={this.onKeyDown}
          onFocus={this.onFocus}
          onBlur={this.onBlur}
        />
        <datalist id={`${id}-suggestions`}>
          {offered.map((topic) => (
            <option key={topic.name} value={topic.name} label={`${topic.episodes} episode${topic.episodes === 1 ? "" : "s"}`} />
          ))}
        </datalist>
        {/* Always there, empty when there is nothing to say: a status that appears is not announced. */}
        <p id={help} role="status" style={styles.message}>
          {this.state.message}
        </p>
      </div>
    )
  }
}

/** What the CMS's own preview (without the theme's template) shows for the field: the topics, separated by commas. */
export function TopicsPreview({ value }: { value?: unknown }): React.ReactElement {
  return <span>{currentTopics(plain(value)).join(", ")}</span>
}
