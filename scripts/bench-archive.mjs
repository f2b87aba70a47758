// How heavy the show page stays as the archive grows: builds a site with N generated episodes
// (default 1,000; thumbnails left on YouTube, since a thousand downloads are not what it measures) with the theme from this folder, and prints /live/'s HTML and page-data sizes
// (gzip) next to the example site's (which must be built).
// Usage: npm run bench:archive [-- N]
import fs from "fs"
import path from "path"
import { spawnSync } from "child_process"
import { createRequire } from "module"
import { fileURLToPath } from "url"

const require = createRequire(import.meta.url)
const { pageWeight } = require("./page-weight.js")
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const count = Number(process.argv[2] ?? 1000)
const site = path.join(repo, ".tmp", `bench-${count}`)
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

fs.rmSync(site, { recursive: true, force: true })
fs.mkdirSync(path.join(site, "content"), { recursive: true })
// Gatsby, React and the theme's dependencies resolve from this repository's node_modules, above the site.
fs.writeFileSync(
  path.join(site, "package.json"),
  JSON.stringify({ name: `bench-${count}`, private: true, dependencies: { gatsby: "*", react: "*", "react-dom": "*" } }),
)
fs.writeFileSync(
  path.join(site, "gatsby-config.js"),
  `module.exports = { siteMetadata: { siteUrl: "https://example.org" }, plugins: [{ resolve: ${JSON.stringify(repo)}, options: { contentPath: "content", thumbnails: "youtube" } }] }\n`,
)
const week = 7 * 24 * 60 * 60 * 1000
const first = Date.parse("2026-11-26T14:00:00Z") - (count - 4) * week // all past but the last four
const episodes = Array.from({ length: count }, (_, index) => {
  const id = `v${String(index).padStart(10, "0")}`.slice(-11)
  return [
    `  - episodeTitle: "Episode ${index + 1}: open infrastructure topic number ${index + 1}"`,
    `    date: ${new Date(first + index * week).toISOString()}`,
    `    episodeDescription: "<p>A conversation about open source infrastructure, episode ${index + 1}, with <a href='https://example.org/'>guests</a> from the community who run clouds in production.</p>"`,
    `    episodeSpeakers: "Host: Jane Doe (Example), Participants: John Roe, Alex Poe"`,
    `    youtubeEmbed: https://www.youtube.com/embed/${id}`,
  ].join("\n")
})
fs.writeFileSync(
  path.join(site, "content", "live.md"),
  `---\ntemplateKey: openinfra-live\nseo:\n  title: Bench Live\n  url: https://example.org/live/\nhero:\n  title: Bench Live\nepisodes:\n${episodes.join("\n")}\n---\n`,
)
const started = Date.now()
const env = { ...process.env, GATSBY_TELEMETRY_DISABLED: "1", CI: "true" }
const build = spawnSync(process.execPath, [path.join(repo, "node_modules", "gatsby", "cli.js"), "build"], { cwd: site, env, encoding: "utf8" })
if (build.status !== 0) {
  console.error(build.stdout.slice(-3000), build.stderr.slice(-3000))
  process.exit(1)
}
const seconds = ((Date.now() - started) / 1000).toFixed(0)
const pages = fs.readdirSync(path.join(site, "public", "live", "page")).length
const episodePages = fs
  .readdirSync(path.join(site, "public", "live"))
  .filter((name) => fs.existsSync(path.join(site, "public", "live", name, "index.html")) && /^\d{4}-/.test(name)).length
const rows = [
  ["example site (seed)", pageWeight(path.join(repo, "example-site", "public"), "/live/")],
  [`${count} episodes`, pageWeight(path.join(site, "public"), "/live/")],
]
for (const [name, row] of rows) console.log(`${name.padEnd(20)} /live/ HTML ${kb(row.htmlGzip)} gzip · page-data ${kb(row.pageDataGzip)} gzip`)
console.log(`${count} episodes: built in ${seconds} s, with ${pages} archive pages and ${episodePages} episode pages`)
