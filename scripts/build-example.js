// Builds example-site/ with its video thumbnails downloaded from a local stand-in for YouTube's image
// host (scripts/thumbnail-mirror.js) and the build's clock at the tests' moment (TEST_NOW): what the
// end-to-end tests expect, on a machine with no way out, on any day.
// Usage: node scripts/build-example.js   (npm run test:e2e runs it)
const { spawn } = require("child_process")
const path = require("path")
const { EXAMPLE_SITE_MISSING, startThumbnailMirror } = require("./thumbnail-mirror")
const { TEST_NOW } = require("../__tests__/helpers/test-clock")

startThumbnailMirror({ missing: EXAMPLE_SITE_MISSING }).then((mirror) => {
  // Not spawnSync: the mirror answers from this process, which must stay free to.
  const build = spawn("npm", ["run", "build", "-w", "example-site"], {
    cwd: path.join(__dirname, ".."),
    stdio: "inherit",
    env: {
      ...process.env,
      GATSBY_TELEMETRY_DISABLED: "1",
      OPENINFRA_LIVE_THUMBNAIL_MIRROR: mirror.url,
      OPENINFRA_LIVE_NOW: TEST_NOW,
      OPENINFRA_LIVE_QUICK_CMS: "1",
    },
  })
  build.on("exit", async (code) => {
    await mirror.close()
    process.exitCode = code ?? 1
  })
})
