/**
 * A fake of Gatsby's Node API arguments, typed with Gatsby's own types, for the unit tests of
 * gatsby-node: it keeps nodes in a Map and records what the theme's hooks report and create.
 * Only what the theme uses is implemented; anything else throws, so a hook that starts using more
 * of Gatsby's API fails its tests loudly instead of reading undefined.
 */
import { createHash } from "crypto"
import fs from "fs"
import path from "path"
import type { Actions, CreateDevServerArgs, CreateNodeArgs, CreatePagesArgs, GatsbyNode, Node, ParentSpanPluginArgs, PluginOptions, Reporter } from "gatsby"
import { PLUGIN_NAME } from "../../src/content/plugin-name"

/** A node as the tests write it: Gatsby's Node with only the fields a test needs. */
export type FakeNode = Omit<Partial<Node>, "internal"> & { id: string; internal: { type: string } } & Record<string, unknown>

/** The arguments of every hook the theme implements, all at once. */
export type HookArgs = CreateNodeArgs & CreatePagesArgs & ParentSpanPluginArgs & CreateDevServerArgs

export interface Log {
  warn: string[]
  info: string[]
  verbose: string[]
  /** `#<id> <message>` for each panicOnBuild and panic. */
  panicOnBuild: string[]
  panic: string[]
  /** The error map the theme registered, by id as Gatsby shows it (`gatsby-theme-openinfra-live_10001`). */
  errorMap: Record<string, { text: (context: unknown) => string; category?: string; level?: string; docsUrl?: string }>
  pages: Array<{ path: string; component: string; context: Record<string, unknown> }>
  deleted: string[]
}

/** An object whose every other property throws when read: `what` names it in the message. */
function strict<T extends object>(what: string, implemented: Partial<T>): T {
  return new Proxy(implemented, {
    get(target, property) {
      if (property in target || typeof property === "symbol" || property === "then") return (target as Record<string | symbol, unknown>)[property]
      throw new Error(`the fake Gatsby has no ${what}.${String(property)}: add it to __tests__/helpers/fake-gatsby.ts`)
    },
  }) as T
}

export function fakeGatsby(siteDirectory: string, options: { pathPrefix?: string; trailingSlash?: string } = {}) {
  const nodes = new Map<string, FakeNode>()
  const log: Log = { warn: [], info: [], verbose: [], panicOnBuild: [], panic: [], errorMap: {}, pages: [], deleted: [] }
  // As Gatsby's reporter: an error's text is its entry's in the error map the plugin registered, else the context's sourceMessage.
  const structured = (list: string[]) => (error: unknown) => {
    const { id, context } = error as { id: string; context: Record<string, unknown> }
    const entry = log.errorMap[id]
    list.push(`#${id} ${entry === undefined ? String(context.sourceMessage) : entry.text(context)}`)
  }
  const reporter = strict<Reporter>("reporter", {
    warn: (message?: string) => void log.warn.push(message ?? ""),
    info: (message?: string) => void log.info.push(message ?? ""),
    verbose: (message?: string) => void log.verbose.push(message ?? ""),
    panicOnBuild: structured(log.panicOnBuild) as Reporter["panicOnBuild"],
    panic: structured(log.panic) as Reporter["panic"],
    // As Gatsby does for a plugin's reporter: each id of the map is prefixed with the plugin's name.
    setErrorMap: (map: Record<string, Log["errorMap"][string]>) => {
      for (const [id, entry] of Object.entries(map)) log.errorMap[`${PLUGIN_NAME}_${id}`] = entry
    },
  })
  const actions = strict<Actions>("actions", {
    createNode: ((node: FakeNode) => void nodes.set(node.id, node)) as Actions["createNode"],
    createParentChildLink: (() => undefined) as Actions["createParentChildLink"],
    deleteNode: ((node: FakeNode) => {
      log.deleted.push(node.id)
      nodes.delete(node.id)
    }) as Actions["deleteNode"],
    createPage: ((page: Log["pages"][number]) => void log.pages.push(page)) as Actions["createPage"],
  })
  const args = (node?: FakeNode, extra: Partial<HookArgs> = {}): HookArgs =>
    strict<HookArgs>("args", {
      node: node as Node | undefined,
      actions,
      reporter,
      pathPrefix: options.pathPrefix ?? "",
      getNode: ((id: string) => nodes.get(id)) as HookArgs["getNode"],
      getNodesByType: ((type: string) => [...nodes.values()].filter((candidate) => candidate.internal.type === type)) as HookArgs["getNodesByType"],
      loadNodeContent: (async (file: FakeNode) => fs.readFileSync(String(file.absolutePath), "utf8")) as HookArgs["loadNodeContent"],
      createNodeId: (key: string) => `id(${key})`,
      createContentDigest: (value: unknown) => createHash("md5").update(JSON.stringify(value)).digest("hex"),
      store: { getState: () => ({ program: { directory: siteDirectory }, config: { trailingSlash: options.trailingSlash } }) } as unknown as HookArgs["store"],
      cache: strict<HookArgs["cache"]>("cache", { directory: path.join(siteDirectory, ".cache", "caches", "gatsby-theme-openinfra-live") }),
      ...extra,
    })
  const ofType = (type: string) => [...nodes.values()].filter((node) => node.internal.type === type)
  return { nodes, log, args, ofType }
}

/** Runs one of the theme's hooks with the fake's arguments and the theme's options. */
export async function runHook<K extends keyof GatsbyNode>(
  hook: GatsbyNode[K] | undefined,
  args: HookArgs,
  options: Record<string, unknown> = {},
): Promise<unknown> {
  if (typeof hook !== "function") throw new Error("the theme does not implement this hook")
  const call = hook as (args: HookArgs, options: PluginOptions, callback: () => void) => unknown
  return call(args, { plugins: [], ...options } as PluginOptions, () => undefined)
}
