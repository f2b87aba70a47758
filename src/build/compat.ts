/**
 * What differs between the Gatsby and React versions the theme supports, in
 * one place, so the API files ask here rather than test versions themselves.
 */
import { createRequire } from "module"
import path from "path"

/** What the theme supports, as its package.json's peerDependencies say. */
export const SUPPORTED = {
  gatsby: { text: "Gatsby 4.24 or later 4.x, or Gatsby 5", majors: [4, 5], minimum: { 4: 24 } as Record<number, number> },
  react: { text: "React 17, 18 or 19", majors: [17, 18, 19], minimum: {} as Record<number, number> },
} as const

type Package = keyof typeof SUPPORTED

/** `4.24.0` gives [4, 24]; anything unreadable gives null. */
export function parseVersion(version: unknown): [number, number] | null {
  const match = typeof version === "string" ? /^\s*v?(\d+)\.(\d+)/.exec(version) : null
  return match === null ? null : [Number(match[1]), Number(match[2])]
}

export function isSupported(name: Package, version: string): boolean {
  const parsed = parseVersion(version)
  if (parsed === null) return false
  const [major, minor] = parsed
  const { majors, minimum } = SUPPORTED[name]
  return (majors as readonly number[]).includes(major) && minor >= (minimum[major] ?? 0)
}

/**
 * One message naming every unsupported version the site has and what the theme
 * supports, or null when all are supported. A version that cannot be read
 * (null: the package was not found) is not judged.
 */
export function unsupportedVersions(installed: Record<Package, string | null>): string | null {
  const bad = (Object.keys(SUPPORTED) as Package[]).filter((name) => installed[name] !== null && !isSupported(name, installed[name]!))
  if (bad.length === 0) return null
  return (
    `This site has ${bad.map((name) => `${name} ${installed[name]}`).join(" and ")}, which gatsby-theme-openinfra-live does not support. ` +
    `It supports ${SUPPORTED.gatsby.text}, with ${SUPPORTED.react.text}. Upgrade ${bad.join(" and ")}, or use a site on a supported version.`
  )
}

/** `require` as the site at `siteDirectory` resolves modules. */
const siteRequire = (siteDirectory: string) => createRequire(path.join(siteDirectory, "package.json"))

/** The version of a package as the site at `siteDirectory` resolves it, or null when it is not installed. */
export function installedVersion(name: string, siteDirectory: string): string | null {
  try {
    return (siteRequire(siteDirectory)(`${name}/package.json`) as { version?: unknown }).version as string
  } catch {
    return null
  }
}

/**
 * The name Gatsby gives the onCreateNode filter: `unstable_shouldOnCreateNode`
 * in Gatsby 4 (up to 4.25), `shouldOnCreateNode` from Gatsby 5. Each version
 * reports the other name as an unknown API.
 */
export function shouldOnCreateNodeName(gatsbyVersion: string | null): "shouldOnCreateNode" | "unstable_shouldOnCreateNode" {
  const parsed = parseVersion(gatsbyVersion)
  return parsed !== null && parsed[0] < 5 ? "unstable_shouldOnCreateNode" : "shouldOnCreateNode"
}

/** The part of gatsby-core-utils the theme uses: the same API in Gatsby 4.24 (3.x) and 5 (4.x). */
export interface GatsbyCoreUtils {
  fetchRemoteFile: (args: { url: string; cache: unknown }) => Promise<string>
}

/** The site's own gatsby-core-utils, as its Gatsby resolves it (the theme does not depend on it itself). */
export function siteGatsbyCoreUtils(siteDirectory: string): GatsbyCoreUtils {
  const gatsbyRequire = createRequire(siteRequire(siteDirectory).resolve("gatsby/package.json"))
  return gatsbyRequire("gatsby-core-utils") as GatsbyCoreUtils
}
