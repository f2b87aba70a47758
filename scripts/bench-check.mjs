// How long `gatsby-theme-openinfra-live check` takes on a content file of 100 and 1,000 generated
// episodes (descriptions with HTML, speakers one per line, one bad date to report), as an editor runs
// it: a new Node process each time. Prints the median of 5 runs. Run `npm run build:theme` first.
// Usage: npm run bench:check
import fs from "fs"
import path from "path"
import { spawnSync } from "child_process"
import { fileURLToPath } from "url"

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const bin = path.join(repo, "bin", "gatsby-theme-openinfra-live.js")
const folder = path.join(repo, ".tmp", "bench-check")
fs.rmSync(folder, { recursive: true, force: true })
fs.mkdirSync(folder, { recursive: true })

function contentFile(count) {
  const week = 7 * 24 * 60 * 60 * 1000
  const first = Date.parse("2021-04-15T14:00:00Z")
  const episodes = Array.from({ length: count }, (_, index) => {
    const id = `v${String(index).padStart(10, "0")}`.slice(-11)
    const date = index === Math.floor(count / 2) ? "July 22, 2021" : new Date(first + index * week).toISOString()
    return [
      `  - episodeTitle: "Episode ${index + 1}: open infrastructure topic number ${index + 1}"`,
      `    date: ${date}`,
      `    episodeDescription: "<p>A conversation about open source infrastructure, episode ${index + 1}, with <a href='https://example.org/'>guests</a>.</p><p>Second <strong>paragraph</strong>.</p>"`,
      `    episodeSpeakers: |-\n      Jane Doe, Host\n      John Roe, Acme Cloud\n      Alex Poe (Example)`,
      `    youtubeEmbed: https://www.youtube.com/embed/${id}`,
    ].join("\n")
  })
  return `---\ntemplateKey: openinfra-live\nseo:\n  title: Bench Live\n  url: https://example.org/live/\nepisodes:\n${episodes.join("\n")}\n---\n`
}

for (const count of [100, 1000]) {
  const file = path.join(folder, `live-${count}.md`)
  fs.writeFileSync(file, contentFile(count))
  const times = []
  let output = ""
  for (let run = 0; run < 5; run += 1) {
    const started = process.hrtime.bigint()
    const result = spawnSync(process.execPath, [bin, "check", file], { encoding: "utf8" })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
    output = result.stdout
    if (result.status !== 1) throw new Error(`expected the one bad date to be reported:\n${result.stdout}${result.stderr}`)
  }
  times.sort((a, b) => a - b)
  console.log(
    `${count} episodes (${(fs.statSync(file).size / 1024).toFixed(0)} KB): median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)}), ${output.trim().split("\n").length} problem reported`,
  )
}
