/**
 * One call that sets a Decap CMS 3 or Netlify CMS 2 up for the show: the
 * preview template, the topics widget (topics-widget.tsx), and the stable `id`s
 * written into episodes when they need one (see ids.ts and src/content/identity.ts).
 */
import { DEFAULTS, type ThemeOptions } from "../content/options"
import { showPreSave, type EpisodeIdMode } from "./ids"
import { makeOpenInfraLivePreview, type PreviewOptions } from "./preview"
import { TOPICS_WIDGET } from "./topics-field"
import { TopicsControl, TopicsPreview } from "./topics-widget"

export { withEpisodeIds, type EpisodeIdMode } from "./ids"

/**
 * The part of the CMS object (`import CMS from "decap-cms-app"`, or netlify-cms-app's) this module uses.
 * Generic in what the CMS's own types call a preview component, an event listener and a widget's control
 * and preview (each CMS names their props more narrowly than the other), so that either CMS's object is taken as it is:
 * `registerOpenInfraLive(CMS)`, with no cast.
 */
export interface CmsApi<Component = unknown, Listener = unknown, Widget = unknown, WidgetPreview = unknown> {
  registerPreviewTemplate(name: string, component: Component): void
  registerEventListener(listener: Listener): void
  registerWidget(name: string, control: Widget, preview?: WidgetPreview): void
}
export interface RegisterOptions extends PreviewOptions {
  /**
   * The name of the show's entry in the CMS config: a file entry's `name` (in a `files` collection),
   * or a folder collection's `name`. The preview is registered under it. Default: openinfra-live.
   * `cms-config --config` prints the one a site's config uses. A site with several shows names each
   * show's entry: `["openinfra-live", "keynotes"]` (one call: the ids are written once per save).
   */
  name?: string | readonly string[]
  /** The show's templateKey, when the site changed it: the ids are written into its entries. Default: openinfra-live. */
  templateKey?: ThemeOptions["templateKey"]
  /**
   * Which episodes get an `id` when the entry is saved. "changed" (the default): only an episode
   * without one that is new, or whose identity (its video, else its start) the save would change;
   * the rest of the file is written back as it was. "all": every episode without one (a single large
   * commit that freezes them all). "off": none.
   */
  episodeIds?: EpisodeIdMode
}

/**
 * The preview renders the theme's components, whose links are Gatsby's Link: in the CMS page no Gatsby
 * runtime has set up the page loader and navigation they call when a link scrolls into view or is
 * clicked. Stand-ins that do nothing, unless the page has the real ones.
 */
function standInForGatsbyRuntime(): void {
  if (typeof window === "undefined") return
  const runtime = window as unknown as { ___loader?: unknown; ___navigate?: unknown }
  runtime.___loader ??= { enqueue: () => undefined, hovering: () => undefined }
  runtime.___navigate ??= () => undefined
}

/**
 * Registers the show's preview (under `options.name`), the `openinfra-live-topics` widget the
 * collection's episodes' topics use, and the preSave listener, which writes episode ids
 * (`options.episodeIds`). Call it before `CMS.init()`.
 */
export function registerOpenInfraLive<Component, Listener, Widget, WidgetPreview>(
  CMS: CmsApi<Component, Listener, Widget, WidgetPreview>,
  options: RegisterOptions = {},
): void {
  const names: readonly string[] = options.name === undefined ? [DEFAULTS.templateKey] : typeof options.name === "string" ? [options.name] : options.name
  const templateKey = options.templateKey ?? DEFAULTS.templateKey
  const mode = options.episodeIds ?? "changed"
  standInForGatsbyRuntime()
  // What the CMS calls a preview component and a listener: these are those, whatever its types name them.
  const preview = makeOpenInfraLivePreview(options) as unknown as Component
  for (const name of names) CMS.registerPreviewTemplate(name, preview)
  CMS.registerWidget(TOPICS_WIDGET, TopicsControl as unknown as Widget, TopicsPreview as unknown as WidgetPreview)
  CMS.registerEventListener({ name: "preSave", handler: showPreSave({ name: names, templateKey, mode }) } as unknown as Listener)
}
