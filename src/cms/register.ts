/**
 * One call that sets a Decap CMS 3 or Netlify CMS 2 up for the show: the
 * preview template, and the stable `id` every episode gets when it is first
 * saved (see src/node/identity.ts).
 */
import { parseEpisodeDate } from "../node/dates"
import { episodeIdentities } from "../node/identity"
import { DEFAULTS } from "../node/options"
import { makeOpenInfraLivePreview, type PreviewOptions } from "./preview"

/** The Immutable.js Map an entry's data is, as far as this module uses it. */
interface ImmutableMap {
  get: (key: string) => unknown
  set: (key: string, value: unknown) => ImmutableMap
  toJS: () => unknown
}

interface ImmutableList {
  map: (mapper: (item: ImmutableMap, index: number) => ImmutableMap) => ImmutableList
  toJS: () => unknown[]
}

/** The part of the CMS object (`import CMS from "decap-cms-app"`) this module uses. */
export interface CmsApi {
  registerPreviewTemplate: (name: string, component: unknown) => void
  registerEventListener: (listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }) => void
}

export interface RegisterOptions extends PreviewOptions {
  /** The name of the show's entry in the collection (its `name`). Default: openinfra-live. */
  name?: string
}

/**
 * The entry's data with an `id` written into every episode that has none:
 * the identity the build gives it now (its video, else its start), so that
 * nothing changes for calendar subscribers, and nothing will when it is renamed
 * or rescheduled later. Other entries' data, and episodes with ids, are untouched.
 */
export function withEpisodeIds(data: ImmutableMap): ImmutableMap {
  const episodes = data.get("episodes") as ImmutableList | undefined
  if (episodes === undefined || episodes === null || typeof episodes.map !== "function") return data
  const identities = episodeIdentities(episodes.toJS(), (raw) => {
    const date = parseEpisodeDate(raw)
    return date.ok ? date : null
  })
  return data.set(
    "episodes",
    episodes.map((episode, index) => {
      const id = identities[index]?.id
      // An episode keeps its own id when the build uses it; otherwise it gets the identity the build gives it.
      return id && String(episode.get("id") ?? "").trim() !== id ? episode.set("id", id) : episode
    }),
  )
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

export function registerOpenInfraLive(CMS: CmsApi, options: RegisterOptions = {}): void {
  const name = options.name ?? DEFAULTS.templateKey
  standInForGatsbyRuntime()
  CMS.registerPreviewTemplate(name, makeOpenInfraLivePreview(options))
  CMS.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      const data = entry.get("data") as ImmutableMap
      const isShow = entry.get("slug") === name || (data.get("templateKey") ?? null) === DEFAULTS.templateKey
      return isShow ? withEpisodeIds(data) : undefined
    },
  })
}
