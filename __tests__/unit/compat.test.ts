import fs from "fs"
import os from "os"
import path from "path"
import { installedVersion, isSupported, parseVersion, shouldOnCreateNodeName, unsupportedVersions } from "../../src/build/compat"
import packageJson from "../../package.json"

describe("supported versions", () => {
  it.each([
    ["gatsby", "4.24.0", true],
    ["gatsby", "4.25.9", true],
    ["gatsby", "5.0.0", true],
    ["gatsby", "5.16.1", true],
    ["gatsby", "4.23.1", false],
    ["gatsby", "3.14.6", false],
    ["gatsby", "6.0.0", false],
    ["react", "17.0.2", true],
    ["react", "18.3.1", true],
    ["react", "19.2.0", true],
    ["react", "16.14.0", false],
    ["react", "0.0.0-experimental-c8b778b7f-20220825", false],
  ] as const)("%s %s: %s", (name, version, supported) => {
    expect(isSupported(name, version)).toBe(supported)
  })

  it("agrees with the peer ranges the package declares", () => {
    expect(packageJson.peerDependencies.gatsby).toBe("^4.24.0 || ^5.0.0")
    expect(packageJson.peerDependencies.react).toBe("^17.0.2 || ^18.0.0 || ^19.0.0")
    expect(packageJson.peerDependencies["react-dom"]).toBe(packageJson.peerDependencies.react)
  })

  it("names every unsupported version and what the theme supports, in one message", () => {
    expect(unsupportedVersions({ gatsby: "5.16.1", react: "18.3.1" })).toBeNull()
    expect(unsupportedVersions({ gatsby: null, react: null })).toBeNull()
    expect(unsupportedVersions({ gatsby: "3.14.6", react: "16.14.0" })).toBe(
      "This site has gatsby 3.14.6 and react 16.14.0, which gatsby-theme-openinfra-live does not support. " +
        "It supports Gatsby 4.24 or later 4.x, or Gatsby 5, with React 17, 18 or 19. Upgrade gatsby and react, or use a site on a supported version.",
    )
    expect(unsupportedVersions({ gatsby: "4.20.0", react: "17.0.2" })).toMatch(/^This site has gatsby 4\.20\.0, which .* Upgrade gatsby,/)
  })

  it("reads versions leniently", () => {
    expect(parseVersion("v5.1.0")).toEqual([5, 1])
    expect(parseVersion("latest")).toBeNull()
    expect(parseVersion(undefined)).toBeNull()
  })
})

describe("the onCreateNode filter's name", () => {
  it("is unstable_ on Gatsby 4 and plain from Gatsby 5", () => {
    expect(shouldOnCreateNodeName("4.24.0")).toBe("unstable_shouldOnCreateNode")
    expect(shouldOnCreateNodeName("5.0.0")).toBe("shouldOnCreateNode")
    expect(shouldOnCreateNodeName(null)).toBe("shouldOnCreateNode")
  })
})

describe("installedVersion", () => {
  it("reads the version the site resolves, and null for a package it does not have", () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), "oil-compat-"))
    fs.mkdirSync(path.join(site, "node_modules", "gatsby"), { recursive: true })
    fs.writeFileSync(path.join(site, "package.json"), "{}")
    fs.writeFileSync(path.join(site, "node_modules", "gatsby", "package.json"), JSON.stringify({ name: "gatsby", version: "4.24.0" }))
    expect(installedVersion("gatsby", site)).toBe("4.24.0")
    expect(installedVersion("a-package-nobody-has", site)).toBeNull()
  })
})
