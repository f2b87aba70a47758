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

/** The part of sharp the theme uses (its share images): the same API in sharp 0.30 (Gatsby 4.24's gatsby-sharp) to 0.34. */
export interface SharpImage {
  metadata(): Promise<{ width?: number; height?: number }>
  resize(width: number, height: number, options: { fit: "cover" }): SharpImage
  flatten(options: { background: string }): SharpImage
  jpeg(options: { quality: number; progressive: boolean; mozjpeg?: boolean }): SharpImage
  raw(): SharpImage
  toBuffer(): Promise<Buffer>
}
export interface Sharp {
  (input: Buffer, options?: { density?: number }): SharpImage
  /** The libraries it was built with: `mozjpeg` among them for sharp's own binaries. */
  versions?: Record<string, string | undefined>
}

/**
 * sharp as the site has it: its own `sharp`, else the one Gatsby's optional dependency gatsby-sharp
 * installed (Gatsby 4.24 and 5), or null (with why) when neither loads: an install without optional
 * dependencies, or a platform sharp has no binary for. The theme does not depend on sharp itself.
 */
export function siteSharp(siteDirectory: string): { sharp: Sharp; from: string } | { sharp: null; reason: string } {
  const reasons: string[] = []
  const attempts: Array<[from: string, load: () => unknown]> = [
    ["the site's sharp", () => siteRequire(siteDirectory)("sharp")],
    [
      "gatsby-sharp's sharp",
      () => {
        const gatsbyRequire = createRequire(siteRequire(siteDirectory).resolve("gatsby/package.json"))
        return createRequire(gatsbyRequire.resolve("gatsby-sharp/package.json"))("sharp")
      },
    ],
  ]
  for (const [from, load] of attempts) {
    try {
      const sharp = load()
      if (typeof sharp === "function") return { sharp: sharp as Sharp, from }
      reasons.push(`${from} is not sharp`)
    } catch (error) {
      // The message's first line that says something (sharp's own start with a blank line).
      const said = (error instanceof Error ? error.message : String(error)).split("\n").find((line) => line.trim() !== "")
      reasons.push(`${from}: ${said?.trim() ?? "could not be loaded"}`)
    }
  }
  return { sharp: null, reason: reasons.join("; ") }
}
