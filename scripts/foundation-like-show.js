// A show file shaped like the foundation's, of any size, for the benchmarks of issue 20 (build time,
// search index size and query time at 100 and 1,000 episodes): weekly episodes, titles and
// descriptions whose words follow a Zipf distribution over a vocabulary that grows with the archive
// (as a real one does: a show of a thousand episodes has far more distinct words than one of a
// hundred), speakers written in the shapes editors use (comma lists, one per line with an
// affiliation, labels, organisations), a few spellings of the same person, and topics.
// Deterministic: the same arguments give the same file.
// Usage: require("./foundation-like-show").foundationLikeShow({ episodes: 1000, people: 300 })

/** A small seeded random generator (mulberry32): the same seed, the same file. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = "ka ta ne ro mi lu sa vo de ri po na ze ku li mo fa te gu si da be no ra pe lo vi ma to zu".split(" ")
const FIRST =
  "Ann Bo Carla Dmitri Elena Farid Grace Hiro Ines Jonas Keiko Luis Maya Nikhil Olga Pablo Qing Rosa Sven Tariq Uma Viktor Wen Ximena Yusuf Zoe".split(" ")
const COMMON = "the and of to a in for with on how is our from open source cloud infrastructure community project users team new we will about".split(" ")

/** A made-up word, the `rank`-th of the vocabulary: short for common ranks, longer for rare ones. */
function word(rank) {
  let text = ""
  let n = rank + 7
  do {
    text += SYLLABLES[n % SYLLABLES.length]
    n = Math.floor(n / SYLLABLES.length)
  } while (n > 0)
  return text
}

/**
 * The show's markdown (front matter only, as the foundation's), with `episodes` weekly episodes from
 * 2021-04-15 at 14:00 UTC, `people` distinct people, and a vocabulary of about 25 × sqrt(episodes) × 20 words.
 */
function foundationLikeShow({ episodes: count = 1000, people: peopleCount = 300, seed = 20 } = {}) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  // Zipf: rank r with probability ∝ 1 / r, by inverse transform over the harmonic numbers.
  const vocabulary = Math.round(25 * Math.sqrt(count) * 20)
  const harmonic = Math.log(vocabulary) + 0.5772
  const zipf = () => Math.min(vocabulary - 1, Math.floor(Math.exp(next() * harmonic - 0.5772)))
  const companies = Array.from(
    { length: 60 },
    (_, index) => `${word(index * 13 + 5).replace(/^./, (c) => c.toUpperCase())} ${pick(["Cloud", "Systems", "Labs", "Networks", "Inc"])}`,
  )
  const people = Array.from({ length: peopleCount }, (_, index) => ({
    name: `${FIRST[index % FIRST.length]} ${word(index * 7 + 3).replace(/^./, (c) => c.toUpperCase())}${word(index).slice(0, 3)}`,
    company: companies[index % companies.length],
  }))
  const topics = Array.from(
    { length: 40 },
    (_, index) => `${word(index * 3 + 11).replace(/^./, (c) => c.toUpperCase())} ${pick(["Containers", "Networking", "Security", "Edge", "AI", "Storage"])}`,
  )
  // Some people are on the show often (hosts), most once or twice.
  const guest = () => people[Math.min(peopleCount - 1, Math.floor(Math.exp(next() * Math.log(peopleCount + 1))) - 1)]
  const sentence = (length) =>
    Array.from({ length }, () => (next() < 0.35 ? pick(COMMON) : word(zipf())))
      .join(" ")
      .replace(/^./, (c) => c.toUpperCase())
  const first = Date.parse("2021-04-15T14:00:00Z")
  const lines = []
  for (let index = 0; index < count; index += 1) {
    const date = new Date(first + index * 7 * 86400000).toISOString()
    const guests = [...new Set(Array.from({ length: 2 + Math.floor(next() * 4) }, guest))]
    const shape = index % 4
    let speakers
    // The spellings editors use: one per line with an affiliation, a comma list, labels, a variant of a name.
    if (shape === 0) speakers = `|\n${guests.map((person) => `      ${person.name}, ${person.company}`).join("\n")}`
    else if (shape === 1) speakers = guests.map((person) => person.name).join(", ")
    else if (shape === 2)
      speakers = `"Host: ${guests[0].name} (${guests[0].company}), Participants: ${guests
        .slice(1)
        .map((person) => person.name)
        .join(", ")}"`
    else speakers = guests.map((person, position) => (position === 0 ? person.name.toLowerCase() : `${person.name} (${person.company})`)).join(", ")
    if (index % 50 === 7)
      speakers = `${speakers.startsWith("|") ? speakers : `${speakers}, `}${speakers.startsWith("|") ? "\n      " : ""}${pick(companies).split(" ")[0]}`
    const description = Array.from({ length: 3 }, () => sentence(14 + Math.floor(next() * 10))).join(". ")
    const episodeTopics = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(topics)))]
    lines.push(
      `  - episodeTitle: "${sentence(4 + Math.floor(next() * 5))}"`,
      `    date: ${date}`,
      `    episodeDescription: "<p>${description}.</p>"`,
      `    episodeSpeakers: ${speakers}`,
      `    youtubeEmbed: https://www.youtube.com/embed/${`v${String(index).padStart(10, "0")}`.slice(-11)}`,
      `    topics: [${episodeTopics.join(", ")}]`,
    )
  }
  return `---\ntemplateKey: openinfra-live\nseo:\n  title: Bench Live\n  url: https://example.org/live/\nhero:\n  title: Bench Live\nepisodes:\n${lines.join("\n")}\n---\n`
}

module.exports = { foundationLikeShow }
