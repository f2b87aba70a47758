// npm pack / npm publish hooks: the published package.json leaves out "workspaces" (the example site and
// the test-only React installs), which only make sense in this repository and make yarn 1 warn
// "Workspaces can only be enabled in private projects" in every site that installs the theme.
// Usage: node scripts/pack-manifest.js strip   (prepack)   |   node scripts/pack-manifest.js restore   (postpack)
const fs = require("fs")
const path = require("path")

const MANIFEST = path.join(__dirname, "..", "package.json")
const BACKUP = path.join(__dirname, "..", ".package.json.prepack")

const command = process.argv[2]
if (command === "strip") {
  const text = fs.readFileSync(MANIFEST, "utf8")
  const manifest = JSON.parse(text)
  if (manifest.workspaces !== undefined) {
    fs.writeFileSync(BACKUP, text)
    delete manifest.workspaces
    fs.writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`)
  }
} else if (command === "restore") {
  if (fs.existsSync(BACKUP)) fs.renameSync(BACKUP, MANIFEST)
} else {
  console.error("usage: node scripts/pack-manifest.js strip|restore")
  process.exit(2)
}
