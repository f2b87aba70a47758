/**
 * The nodes the theme makes, one page node per show file and one episode node per published
 * episode (types in src/build/schema.ts): their shapes, how they are made and replaced, and how the
 * later hooks read them back.
 */
import type { Actions, Node, NodePluginArgs } from "gatsby"
import type { Problem } from "../content/normalize"
import { EPISODE_TYPE, PAGE_TYPE } from "./schema"
import type { EpisodeRecord, ShowPageData } from "../types"
import type { PersonRecord, TopicRecord } from "../content/catalog"
import { state } from "./build-state"

/** What the theme keeps on each page node besides its GraphQL fields (not queryable: the types are @dontInfer). */
export interface PageNode extends Node, ShowPageData {
  file: string
  /** GraphQL fields of the page type, not in ShowPageData: the pages that need them get them in their context. */
  people: PersonRecord[]
  topics: TopicRecord[]
  episodeIds: string[]
  problems: Problem[]
  drafts: number
  /** Downloaded thumbnails: Gatsby's cache file, and the site path it is served at. */
  thumbnailFiles: Array<{ from: string; to: string }>
}

export type EpisodeNode = Node & EpisodeRecord

/** Every page node, in the order Gatsby keeps them. */
export function pageNodes(getNodesByType: NodePluginArgs["getNodesByType"]): PageNode[] {
  return getNodesByType(PAGE_TYPE) as PageNode[]
}

/** The page's published episodes, from their nodes. */
export function episodesOf(page: PageNode, getNode: (id: string) => Node | undefined): EpisodeNode[] {
  return page.episodeIds.map((id) => getNode(id) as EpisodeNode | undefined).filter((node): node is EpisodeNode => node !== undefined)
}

/** What one show file gives: its page's fields, its published episodes, and what reading it found. */
export interface ShowNodesInput extends Pick<PageNode, "problems" | "drafts" | "thumbnailFiles"> {
  /** The file (or node) the show comes from: the same key gives the same node ids, whoever read the file. */
  key: string
  /** The node the page node is the child of: the file's, else the node that held the content. */
  parent: Node
  /** The page's fields, and the file as messages name it. */
  page: ShowPageData & Pick<PageNode, "file" | "people" | "topics">
  episodes: EpisodeRecord[]
}

/**
 * Creates (or replaces) the show's page node and its episode nodes, and deletes the episode nodes
 * that the last reading of the same page made and this one does not (`gatsby develop`).
 */
export function createShowNodes(
  { actions, createNodeId, createContentDigest, getNode }: Pick<NodePluginArgs, "actions" | "createNodeId" | "createContentDigest" | "getNode">,
  { key, parent, page, problems, drafts, thumbnailFiles, episodes }: ShowNodesInput,
): void {
  const pageId = createNodeId(`${PAGE_TYPE} ${key}`)
  const episodeIds = episodes.map((episode) => createNodeId(`${EPISODE_TYPE} ${key} ${episode.uid}`))
  const pageFields = { ...page, episodeIds, problems, drafts, thumbnailFiles }
  // Its episodes are its children from the start: createParentChildLink would write the page node again
  // for each one (Gatsby stores every change of a node), which its people and topics make costly.
  const pageNode = {
    ...pageFields,
    id: pageId,
    parent: parent.id,
    children: [...episodeIds],
    internal: { type: PAGE_TYPE, contentDigest: createContentDigest(pageFields) },
  }
  actions.createNode(pageNode)
  actions.createParentChildLink({ parent, child: pageNode as unknown as Node })
  episodes.forEach((episode, index) => {
    const fields = { ...episode, pageId }
    const episodeNode = {
      ...fields,
      id: episodeIds[index]!,
      parent: pageId,
      children: [],
      internal: { type: EPISODE_TYPE, contentDigest: createContentDigest(fields) },
    }
    actions.createNode(episodeNode)
  })
  deleteRemovedEpisodes(actions, getNode, pageId, episodeIds)
}

/** Deletes the episode nodes of `pageId` that the last reading made and this one (`episodeIds`) does not. */
function deleteRemovedEpisodes(actions: Actions, getNode: NodePluginArgs["getNode"], pageId: string, episodeIds: string[]): void {
  for (const staleId of (state.episodeIdsByPage.get(pageId) ?? []).filter((id) => !episodeIds.includes(id))) {
    const stale = getNode(staleId)
    if (stale) actions.deleteNode(stale)
  }
  state.episodeIdsByPage.set(pageId, episodeIds)
}
