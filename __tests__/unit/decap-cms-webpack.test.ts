/**
 * bundleCmsDependencies on the configuration gatsby-plugin-decap-cms makes (its externals, and the
 * instances of the copy and script-tag plugins it uses, from its own node_modules).
 */
import path from "path"
import { bundleCmsDependencies, type CmsWebpackConfig } from "../../src/build/decap-cms-webpack"

const PLUGIN_DIR = path.dirname(require.resolve("gatsby-plugin-decap-cms/package.json"))
/* eslint-disable @typescript-eslint/no-require-imports */
const CopyPlugin = require(require.resolve("copy-webpack-plugin", { paths: [PLUGIN_DIR] })) as new (options: object) => { patterns: unknown }
const TagsPlugin = require(require.resolve("html-webpack-tags-plugin", { paths: [PLUGIN_DIR] })) as new (options: object) => {
  options: { scripts: Array<{ path: string }> }
}
/* eslint-enable @typescript-eslint/no-require-imports */

const NODE_MODULES = path.join("/site", "node_modules")
const asset = (pkg: string, dir: string, file: string) => ({ from: path.join(NODE_MODULES, pkg, dir, file), to: file })

/** The plugin's configuration (gatsby-plugin-decap-cms 4.0 gatsby-node.js), with or without the identity widget. */
function pluginConfig(identityWidget: boolean): CmsWebpackConfig & { plugins: unknown[] } {
  const externals = [
    ...(identityWidget ? [{ name: "netlify-identity-widget", global: "netlifyIdentity", dir: "build", file: "netlify-identity.js" }] : []),
    { name: "react", global: "React", dir: "umd", file: "react.production.min.js" },
    { name: "react-dom", global: "ReactDOM", dir: "umd", file: "react-dom.production.min.js" },
    { name: "decap-cms-app", global: "DecapCmsApp", dir: "dist", file: "decap-cms-app.js" },
  ]
  const otherPlugin = { apply() {} }
  return {
    entry: { cms: ["/plugin/cms.js", "/site/src/cms.js"] },
    plugins: [
      otherPlugin,
      new CopyPlugin({ patterns: externals.map((external) => asset(external.name, external.dir, external.file)) }),
      new TagsPlugin({ tags: externals.map((external) => external.file), append: false }),
    ],
    externals: externals.map((external) => ({ [external.name]: external.global })),
  }
}

const copyPatterns = (config: { plugins: unknown[] }) =>
  (config.plugins.find((plugin) => plugin instanceof CopyPlugin) as { patterns: Array<{ to: string }> } | undefined)?.patterns.map((pattern) => pattern.to)
const scriptTags = (config: { plugins: unknown[] }) =>
  (config.plugins.find((plugin) => plugin instanceof TagsPlugin) as InstanceType<typeof TagsPlugin> | undefined)?.options.scripts.map((script) => script.path)

describe("bundleCmsDependencies", () => {
  it("takes React, ReactDOM and Decap CMS off the externals, the copies and the script tags, and keeps the identity widget", () => {
    const config = pluginConfig(true)
    expect(scriptTags(config)).toEqual(["netlify-identity.js", "react.production.min.js", "react-dom.production.min.js", "decap-cms-app.js"])
    bundleCmsDependencies(config)
    expect(config.externals).toEqual([{ "netlify-identity-widget": "netlifyIdentity" }])
    expect(copyPatterns(config)).toEqual(["netlify-identity.js"])
    expect(scriptTags(config)).toEqual(["netlify-identity.js"])
    expect(config.plugins).toHaveLength(3)
    expect(config.entry).toEqual({ cms: ["/plugin/cms.js", "/site/src/cms.js"] })
  })

  it("leaves no copy or tag plugin when nothing is left to copy", () => {
    const config = pluginConfig(false)
    bundleCmsDependencies(config)
    expect(config.externals).toEqual([])
    expect(copyPatterns(config)).toBeUndefined()
    expect(scriptTags(config)).toBeUndefined()
    expect(config.plugins).toHaveLength(1)
  })

  it("says which plugin it was made for when the copy plugin is not as it expects", () => {
    const config = pluginConfig(false)
    ;(config.plugins[1] as { patterns: unknown }).patterns = undefined
    expect(() => bundleCmsDependencies(config)).toThrow(/made for gatsby-plugin-decap-cms 4/)
  })
})
