/** The show's CMS collection as YAML, to paste under `collections:` in the CMS's config.yml. */
import { stringify } from "yaml"
import { showCollection, type CollectionOptions } from "./collection"

export function collectionYaml(options: CollectionOptions = {}): string {
  return stringify([showCollection(options)], { lineWidth: 0 })
}
