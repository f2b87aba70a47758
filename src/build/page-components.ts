/**
 * Writes the modules through which Gatsby finds the theme's queries (src/build/page-modules.ts makes
 * their text): the page component of each template, and the fragments.
 */
import fs from "fs"
import path from "path"
import { fragmentsModule, pageModule, type ModuleFile } from "./page-modules"
import type { TemplateName } from "./queries"
import { THEME_ROOT } from "./site"

const TEMPLATES: TemplateName[] = ["show-page", "archive-page", "episode-page"]

/** Writes a generated module when its text changed (an unchanged file keeps `gatsby develop` from rebuilding). */
async function writeModule(file: ModuleFile): Promise<void> {
  const current = await fs.promises.readFile(file.path, "utf8").catch(() => null)
  if (current === file.content) return
  await fs.promises.mkdir(path.dirname(file.path), { recursive: true })
  await fs.promises.writeFile(file.path, file.content)
}

/** The page component of each of the theme's templates, with its query, in Gatsby's cache folder for the theme. */
export function pageComponents(cacheDirectory: string): Record<TemplateName, ModuleFile> {
  return Object.fromEntries(TEMPLATES.map((name) => [name, pageModule(name, THEME_ROOT, cacheDirectory)])) as Record<TemplateName, ModuleFile>
}

/** Writes the page components (createPages) and returns them. */
export async function writePageComponents(cacheDirectory: string): Promise<Record<TemplateName, ModuleFile>> {
  const components = pageComponents(cacheDirectory)
  await Promise.all(Object.values(components).map(writeModule))
  return components
}

/** Writes the theme's fragments where Gatsby reads fragments that plugins add (see src/build/queries.ts); onPreExtractQueries. */
export async function writeFragments(siteDirectory: string): Promise<void> {
  await writeModule(fragmentsModule(siteDirectory))
}
