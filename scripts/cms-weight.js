#!/usr/bin/env node
// What the theme's CMS preview adds to a site's CMS bundle: a CMS module like the foundation's
// (`registerOpenInfraLive(CMS)`), bundled and minified for the browser by esbuild, with what the
// site's CMS bundle has anyway left out (React, react-dom, the CMS app, gatsby), gzip-compressed.
// esbuild follows the theme's package.json "browser" field as the sites' webpack does.
// Usage: node scripts/cms-weight.js [--json]   (exits with 1 over budget)
const path = require("path")
const zlib = require("zlib")

const ROOT = path.join(__dirname, "..")

/**
 * The budget: what the preview may add to a CMS bundle, gzip. The preview is the theme's components
 * (the show page), the build's rules (normalizing, dates, speakers: the problems it lists are the
 * build's) and the sanitizer's rules: 20.5 KB when the budget was set. No parser fits under it: the
 * browser's own parses the editors' HTML, where parse5 would add 48 KB, htmlparser2 and its entities
 * 25 KB, and sanitize-html (with postcss, htmlparser2 and dom-serializer) 150 KB, as it did before.
 * Raised from 30 to 36 KB with issue 20: the preview runs the people and topics rules too, so an
 * editor sees a misspelt speaker's warning as they type it, and the topics widget suggests the show's topics.
 */
const CMS_BUDGET_BYTES = 36 * 1024

/** What the site's CMS bundle has without the theme: left out of the measure. */
const EXTERNAL = ["react", "react/*", "react-dom", "react-dom/*", "gatsby", "netlify-cms-app", "decap-cms-app"]

/** A site's CMS module, as the README and the migration guide write it. */
const SITE_CMS_MODULE = `import CMS from "netlify-cms-app"
import { registerOpenInfraLive } from "./cms.js"
registerOpenInfraLive(CMS)
`

/** The weight of `source` (by default, a site's CMS module), as the preview's is measured. */
async function cmsWeight(source = SITE_CMS_MODULE) {
  const esbuild = require("esbuild")
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: "site-cms.js", loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    target: "es2018",
    define: { "process.env.NODE_ENV": '"production"' },
    external: EXTERNAL,
    outdir: path.join(ROOT, ".tmp", "cms-weight"),
    absWorkingDir: ROOT,
    logLevel: "silent",
    legalComments: "none",
  })
  const js = result.outputFiles.find((file) => file.path.endsWith(".js"))
  const css = result.outputFiles.find((file) => file.path.endsWith(".css"))
  const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint !== undefined)
  const modules = Object.entries(output.inputs)
    .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }))
    .filter((module) => module.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
  return {
    jsBytes: js.contents.length,
    jsGzip: zlib.gzipSync(js.contents, { level: 9 }).length,
    cssGzip: css === undefined ? 0 : zlib.gzipSync(css.contents, { level: 9 }).length,
    modules,
    budget: CMS_BUDGET_BYTES,
  }
}

module.exports = { cmsWeight, CMS_BUDGET_BYTES, EXTERNAL, SITE_CMS_MODULE }

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

if (require.main === module) {
  cmsWeight().then((weight) => {
    if (process.argv.includes("--json")) {
      process.stdout.write(`${JSON.stringify(weight)}\n`)
    } else {
      console.log(`The preview adds ${kb(weight.jsGzip)} of JS (gzip; ${kb(weight.jsBytes)} minified) to a CMS bundle; budget ${kb(weight.budget)}.`)
      console.log(`Its stylesheet (the theme's): ${kb(weight.cssGzip)} gzip.`)
      console.log("Biggest modules (minified bytes):")
      for (const module of weight.modules.slice(0, 15)) console.log(`  ${String(module.bytes).padStart(7)}  ${module.file}`)
    }
    if (weight.jsGzip > weight.budget) {
      console.error(`Over budget by ${kb(weight.jsGzip - weight.budget)}.`)
      process.exitCode = 1
    }
  })
}
