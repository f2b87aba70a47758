// Jest globalSetup of the integration tests: `npm pack` the theme once, before any test file runs, so
// that the builds running in parallel share one tarball (packing runs `prepare` and rewrites
// package.json for a moment: two packs at once would race).
const { execFileSync } = require("child_process")
const fs = require("fs")
const path = require("path")

const REPO = path.join(__dirname, "..", "..")
const PACK_DIR = path.join(REPO, ".tmp", "pack")

module.exports = async function packTheme() {
  fs.rmSync(PACK_DIR, { recursive: true, force: true })
  fs.mkdirSync(PACK_DIR, { recursive: true })
  let output
  try {
    output = execFileSync("npm", ["pack", "--json", "--pack-destination", PACK_DIR], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
  } catch (error) {
    const { stderr } = /** @type {{ stderr?: unknown }} */ (error)
    throw new Error(`npm pack failed (does the theme compile? npm run build:theme):\n${String(stderr ?? error).slice(-3000)}`)
  } finally {
    // npm runs postpack only when packing succeeds: put back the package.json that prepack stripped.
    execFileSync(process.execPath, [path.join(REPO, "scripts", "pack-manifest.js"), "restore"], { cwd: REPO })
  }
  /** @type {{ filename: string, files: Array<{ path: string }> }} */
  const packed = JSON.parse(output)[0]
  fs.writeFileSync(
    path.join(PACK_DIR, "pack.json"),
    JSON.stringify({ tarball: path.join(PACK_DIR, packed.filename), files: packed.files.map((file) => file.path) }),
  )
}
