// The unit and component tests again with the machine's clock moved far ahead (libfaketime, from
// Debian's faketime package): no test may depend on the day it runs. `npm test` runs it.
// Usage: node scripts/test-clock.js [ISO date …]   (default: two far dates)
const { spawnSync } = require("child_process")
const path = require("path")

const DATES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["2027-02-01 12:00:00", "2031-06-01 09:00:00"]
const PROJECTS = ["unit", "components (React 19)", "components (React 18)", "components (React 17)"]

if (spawnSync("faketime", ["-f", "+0", "true"]).status !== 0) {
  console.error("faketime is not installed: `sudo apt-get install -y faketime` (Debian), then run the tests again.")
  process.exit(1)
}
for (const date of DATES) {
  console.log(`\n— the unit and component tests with the clock at ${date} (faketime) —`)
  const jest = path.join(__dirname, "..", "node_modules", "jest", "bin", "jest.js")
  const result = spawnSync("faketime", ["-f", `@${date}`, process.execPath, jest, "--selectProjects", ...PROJECTS, "--silent"], {
    stdio: "inherit",
    cwd: path.join(__dirname, ".."),
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
