/** The show's CMS collection as YAML, to paste under `collections:` in the CMS's config.yml. */
import { stringify } from "yaml"
import { showCollection, type CollectionOptions } from "../cms/collection"

type Field = Record<string, unknown> & { name: string }

/**
 * The fields with those `keys` names in the order of `keys` (the order of the show file's top-level
 * keys, which both CMSs write in the order of the entry's fields), the others where they were.
 */
export function orderLike(fields: readonly Field[], keys: readonly string[]): Field[] {
  const present = fields.filter((field) => keys.includes(field.name))
  const ordered = [...present].sort((a, b) => keys.indexOf(a.name) - keys.indexOf(b.name))
  let next = 0
  return fields.map((field) => (keys.includes(field.name) ? ordered[next++]! : field))
}

/**
 * The collection as YAML. `fileKeys`: the show file's top-level keys, when it has been read: the
 * entry's fields then follow its order, so that the CMS's first save does not move the file's blocks.
 */
export function collectionYaml(options: CollectionOptions = {}, fileKeys: readonly string[] = []): string {
  const collection = showCollection(options) as { files: Array<{ fields: Field[] }> }
  const entry = collection.files[0]!
  entry.fields = orderLike(entry.fields, fileKeys)
  return stringify([collection], { lineWidth: 0 })
}
