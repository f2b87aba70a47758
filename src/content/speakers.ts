/**
 * `episodeSpeakers` is free text: a comma list on one line, one person per
 * line, `Host:` / `Participants:` labels, "and" before the last name,
 * trailing commas, affiliations in parentheses, at times a sentence
 * ("Moderated by …, the panel will feature … and …"). This turns it into a
 * list of people, and says when that took a guess, with what to write instead.
 */
import type { Speaker as LinkedSpeaker } from "../types"

/** A speaker as the text names them: the person's page (`path`) is added once the show's people are known (people.ts). */
export type ParsedSpeaker = Omit<LinkedSpeaker, "path">
type Speaker = ParsedSpeaker
import { htmlToPlainText } from "./html"

/*
 * The patterns with Unicode property escapes are RegExp calls built once here, not literals: this module
 * reaches the browser (src/cms/preview.tsx imports normalize.ts), where a site's own Babel rewrites a literal
 * with the u flag for older browsers (@babel/preset-env, regexpu-core), and crashes doing so when the site's
 * lockfile holds two copies of `regenerate` ("symbol.charCodeAt is not a function"). Babel leaves RegExp
 * calls alone; __tests__/unit/regex-literals.test.ts keeps such literals out of src/.
 */
/** A label that opens a group: "Host:", "Special guests:", "Moderated by:". At most four words. */
const ROLE_LABEL = new RegExp(String.raw`^([\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){0,3})\s*:\s*(.*)$`, "u")
/** The letters (or closing parenthesis) just before a period: a name's last word, or an abbreviation. */
const LAST_WORD = new RegExp(String.raw`([\p{L})]+)$`, "u")
/** How a word of a name starts: with a capital, or with a letter of a script that has no case. */
const NAME_WORD_START = new RegExp(String.raw`^[\p{Lu}\p{Lt}\p{Lo}]`, "u")
/** Abbreviations after which a period does not end a name. */
const ABBREVIATIONS = new Set(["jr", "sr", "dr", "mr", "mrs", "ms", "prof", "st", "inc", "ltd", "co", "corp"])
/** Lowercase words inside names: "Ihtisham ul Haq", "Victoria Martinez de la Cruz", "Guido van Rossum". */
const PARTICLES = new Set("al bin bint da dal das de del della der des di do dos du el ibn la le mac op san ten ter ul van von y zu".split(" "))
/** The affiliation in (balanced) parentheses at the end: "Jane Roe (Red Hat, Inc.)", "Jo Baker (Institute (OICR))". */
const AFFILIATION_IN_PARENS = /^(.*?)\s*\(((?:[^()]|\([^()]*\))*)\)\s*$/
const AFFILIATION_AFTER_DASH = /^(.*?\S)\s+[-–—]\s+(\S.*)$/

/**
 * Splits `text` at separators that stand outside parentheses: commas,
 * semicolons, vertical bars, bullets, " and ", " & ", and a period that
 * ends a name rather than an abbreviation ("Arnaud Morin (OVH). Mohammed Naser").
 */
function splitNames(text: string): string[] {
  const items: string[] = []
  let depth = 0
  let current = ""
  const flush = () => {
    items.push(current)
    current = ""
  }
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!
    if (char === "(" || char === "[") depth += 1
    if ((char === ")" || char === "]") && depth > 0) depth -= 1
    if (depth === 0) {
      if (",;|•·".includes(char)) {
        flush()
        continue
      }
      const rest = text.slice(index)
      const conjunction = /^\s+(?:and|&)\s+/i.exec(rest)
      if (conjunction && current.trim() !== "") {
        flush()
        index += conjunction[0].length - 1
        continue
      }
      if (char === "." && /^\.\s+\S/.test(rest)) {
        const lastWord = LAST_WORD.exec(current)?.[1] ?? ""
        const endsName = lastWord.endsWith(")") || (lastWord.length > 1 && !ABBREVIATIONS.has(lastWord.toLowerCase()))
        if (endsName) {
          flush()
          continue
        }
      }
    }
    current += char
  }
  flush()
  return items
}

/** Words that name a part in the show rather than an employer: "Jane Doe, Host", "Jane Doe (Moderator)". */
const ROLE_WORDS =
  /^(?:co-?host|host|moderator|guest|special guest|speaker|keynote speaker|panell?ist|presenter|interviewer|mc|emcee|organi[sz]er|facilitator)s?$/i

function isRole(text: string): boolean {
  return ROLE_WORDS.test(text.trim())
}

/** Where the commas outside parentheses are. */
function topLevelCommas(text: string): number[] {
  let depth = 0
  const found: number[] = []
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (char === "(" || char === "[") depth += 1
    else if ((char === ")" || char === "]") && depth > 0) depth -= 1
    else if (char === "," && depth === 0) found.push(index)
  }
  return found
}

/** The text with what stands inside parentheses blanked out (same length), for looking at the words outside. */
function outsideParens(text: string): string {
  let depth = 0
  let out = ""
  for (const char of text) {
    if (char === "(") depth += 1
    out += depth > 0 ? "_" : char
    if (char === ")" && depth > 0) depth -= 1
  }
  return out
}

function cleanItem(item: string): string {
  return item
    .replace(/^\s*(?:and|&)\s+/i, "")
    .replace(/[\s,;.]+$/, "")
    .trim()
}

function toSpeaker(item: string, role: string | null): Speaker | null {
  const text = cleanItem(item)
  if (text === "") return null
  const parens = AFFILIATION_IN_PARENS.exec(text)
  if (parens && parens[1]!.trim() !== "") {
    const inside = parens[2]!.trim()
    if (isRole(inside)) return { name: parens[1]!.trim(), affiliation: null, role: inside }
    return { name: parens[1]!.trim(), affiliation: inside || null, role }
  }
  const dash = AFFILIATION_AFTER_DASH.exec(text)
  if (dash) return { name: dash[1]!.trim(), affiliation: dash[2]!.trim(), role }
  return { name: text, affiliation: null, role }
}

/** "Jane Doe (Acme)": a name with its affiliation (or role) in parentheses. */
function hasParens(item: string): boolean {
  const parens = AFFILIATION_IN_PARENS.exec(cleanItem(item))
  return parens !== null && parens[1]!.trim() !== ""
}

/** One person on a line: "Jane Doe, Acme Cloud", "Jane Doe, Host", "Jane Doe (Acme), Moderator", "Jane Doe, CTO, Acme". */
function personOnLine(line: string, role: string | null): Speaker | null {
  const comma = topLevelCommas(line)[0] ?? -1
  const person = toSpeaker(line.slice(0, comma), role)
  if (person === null) return null
  const rest = cleanItem(line.slice(comma + 1))
  const [first, ...others] = rest.split(/\s*,\s*/)
  if (isRole(rest)) return { ...person, role: rest }
  if (first !== undefined && isRole(first) && others.length > 0) return { ...person, role: first, affiliation: person.affiliation ?? others.join(", ") }
  return { ...person, affiliation: person.affiliation === null ? rest || null : `${person.affiliation}, ${rest}` }
}

/** The role the names of a group have, and whether its label is plural ("Participants:", announcing several people). */
interface Group {
  role: string | null
  listLabel: boolean
}

function groupOf(label: string): Group {
  return { role: label, listLabel: /s$/i.test(label) }
}

/**
 * A comma list; an item that is only a role ("Jane Doe, Host") is the role of the name before it, and
 * a label inside the list ("Host: Jane Doe (Red Hat), Participants: John Roe (Acme), Ann Lee") opens
 * another group. Returns the group the list ends in.
 */
function listOnLine(line: string, group: Group, into: Speaker[]): Group {
  for (const [index, item] of splitNames(line).entries()) {
    let text = cleanItem(item)
    // The line's own label was read with the line.
    const label = index > 0 ? ROLE_LABEL.exec(text) : null
    if (label) {
      group = groupOf(label[1]!.trim())
      text = label[2]!.trim()
    }
    const previous = into[into.length - 1]
    if (isRole(text) && previous !== undefined) {
      into[into.length - 1] = { ...previous, role: text }
      continue
    }
    const speaker = toSpeaker(text, group.role)
    if (speaker !== null) into.push(speaker)
  }
  return group
}

/**
 * Words of a sentence, never of a name: "the panel will feature", "is joined by", "as well as".
 * Lowercase only: "The Linux Foundation" is a name. Looked for outside parentheses and affiliations.
 */
const PROSE_WORDS =
  /(?:^|\s)(?:the|will|is|are|was|were|with|by|our|who|as|at|from|feature|features|featuring|include|includes|including|join|joins|joined|panel|panelists|panellists|hosts|moderates|presents|leads|moderated|hosted|presented|discuss|discusses|talks)(?=\s|$)/
/** A sentence's first words: "Moderated by …", "Featuring …", "With …". */
const PROSE_START = /^(?:featuring|with|(?:co-?)?(?:moderated|hosted)\s+by|(?:presented|led|joined|introduced|interviewed)\s+by)\s/i

/** The words of a sentence that introduce people, and the role they give them (null: none in particular). */
const LEAD_INS: ReadonlyArray<readonly [words: string, role: string | null]> = [
  ["co-?hosted by", "Co-host"],
  ["hosted by", "Host"],
  ["(?:co-?)?moderated by", "Moderator"],
  ["presented by", "Presenter"],
  ["interviewed by", "Interviewer"],
  [
    "(?:led|joined|introduced|accompanied) by|as well as|featuring|features?|includ(?:es|e|ing)|welcom(?:es|e|ing)|with(?: special guests?)?|special guests?|by",
    null,
  ],
]
const LEAD_IN = new RegExp(LEAD_INS.map(([words]) => `(?:^|\\s)(${words})\\s+`).join("|"), "gi")

/** The part of an item that should be a name: without its label, what is in parentheses, and what follows a dash. */
function namePart(item: string): string {
  let text = cleanItem(item)
  const label = ROLE_LABEL.exec(text)
  if (label) text = label[2]!.trim()
  text = outsideParens(text).replace(/_+/g, " ")
  return (AFFILIATION_AFTER_DASH.exec(text)?.[1] ?? text).trim()
}

function isProse(item: string): boolean {
  if (isRole(cleanItem(item))) return false
  const name = namePart(item)
  return PROSE_WORDS.test(name) || PROSE_START.test(name)
}

/** Words that can make a name: each capitalized (or of a script without case), or a particle ("de", "ul"). */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== "")
  return words.some((word) => NAME_WORD_START.test(word)) && words.every((word) => NAME_WORD_START.test(word) || PARTICLES.has(word))
}

/** Words a part of a sentence may start with: "The panel will feature …", "our guests". */
const ARTICLE = /^(?:the|a|an|our)\s+/i

/** What a part of a sentence says before its first word that cannot be in a name: "Jane Doe (Acme) will present" → "Jane Doe (Acme)". */
function beforeProse(text: string): string {
  const match = PROSE_WORDS.exec(outsideParens(text))
  return match === null ? text : text.slice(0, match.index)
}

/** A role said after the name: "Jane Doe will moderate", "Jane Doe (Acme) hosts", "Jane Doe is presenting". */
const ROLE_AFTER = /^\s*(?:(?:is|will|who will|who)\s+)?(?:be\s+)?(co-?host|host|moderat|present|interview)(?:es|s|ed|ing|e|ers?|ors?)?(?=\s|$)/i
const ROLE_OF_VERB: Record<string, string> = { cohost: "Co-host", host: "Host", moderat: "Moderator", present: "Presenter", interview: "Interviewer" }

/** One part of a sentence, between the words that introduce people: a person ("Jane Doe (Acme)", "Jane Doe from Acme", "Jane Doe is"), a role, or nothing. */
function personInProse(part: string, role: string | null, into: Speaker[], leftOut: string[]): void {
  const text = cleanItem(part.trim().replace(ARTICLE, ""))
  const previous = into[into.length - 1]
  if (isRole(text) && previous !== undefined) {
    into[into.length - 1] = { ...previous, role: text }
    return
  }
  const at = /^(.+?)\s+(?:from|at)\s+(\S.*)$/.exec(text)
  const named = cleanItem(beforeProse(text))
  const verb = ROLE_AFTER.exec(text.slice(beforeProse(text).length))?.[1]
  const own = verb === undefined ? role : ROLE_OF_VERB[verb.toLowerCase().replace("-", "")]!
  const speaker =
    at !== null && looksLikeName(at[1]!) ? { name: at[1]!, affiliation: cleanItem(beforeProse(at[2]!)) || null, role: own } : toSpeaker(named, own)
  if (speaker !== null && looksLikeName(speaker.name)) into.push(speaker)
  // What is left of the sentence ("the panel will") is dropped quietly; a part that may have named someone is reported.
  else if (named !== "") leftOut.push(cleanItem(part))
}

/**
 * A sentence: the people named in each of its parts, with the role the words before them give
 * ("Moderated by John Roe": a Moderator; "the panel will feature Jane Doe (Acme)": `role`).
 * A part that names no one it can tell ("Join us for a conversation") goes to `leftOut`.
 */
function proseOnLine(line: string, role: string | null, into: Speaker[], leftOut: string[]): void {
  let current = role
  for (const item of splitNames(line)) {
    const text = cleanItem(item)
    let start = 0
    for (const match of outsideParens(text).matchAll(LEAD_IN)) {
      personInProse(text.slice(start, match.index), current, into, leftOut)
      start = match.index + match[0].length
      current = LEAD_INS[match.slice(1).findIndex((words) => words !== undefined)]![1] ?? role
    }
    personInProse(text.slice(start), current, into, leftOut)
  }
}

/**
 * How to read a line: one person ("Jane Doe, Acme"), a list ("Jane Doe (Acme), John Roe (Beta)"), a line
 * that may be either ("Jane Doe, John Roe and Ann Lee (Beta)": read as a list, with a warning), or a sentence.
 * `onePersonByCommas` is what the commas of the whole text say of it.
 */
function lineShape(line: string, onePersonByCommas: boolean): "person" | "list" | "unclear" | "prose" {
  if (!onePersonByCommas) return splitNames(line).some(isProse) ? "prose" : "list"
  const comma = topLevelCommas(line)[0]!
  const first = line.slice(0, comma)
  if (isProse(first)) return "prose"
  const rest = line.slice(comma + 1)
  const others = splitNames(rest)
    .map(cleanItem)
    .filter((item) => item !== "")
  // What follows the first comma is the person's affiliation, title or role, unless it names people with theirs.
  if (others.every(isRole) || !others.some(hasParens)) return "person"
  if (hasParens(first)) return "list"
  // "Jane Doe, Zhang and Zhiqiang Yu (Acme)": after a name without one, an affiliation, or more people?
  return others.length > topLevelCommas(rest).length + 1 ? "unclear" : "person"
}

/** The text's lines, with the group each one is in and whether a label opened that group on it (or just before). */
function linesOf(raw: string): Array<{ label: Group | null; body: string }> {
  // Editors sometimes put <br> or other markup between names: read the text only.
  const text = /<[a-z/!]/i.test(raw) ? htmlToPlainText(raw, { keepLines: true }) : raw
  // A line that starts with "(" carries on the name before it: "Mohammed Naser\n(Vexxhost)".
  const lines = text.split(/\r?\n/).reduce<string[]>((joined, line) => {
    if (/^\s*\(/.test(line) && joined.length > 0) joined[joined.length - 1] += ` ${line.trim()}`
    else joined.push(line)
    return joined
  }, [])
  const entries: Array<{ label: Group | null; body: string }> = []
  let pending: Group | null = null
  for (const rawLine of lines) {
    let line = rawLine.trim()
    const label = ROLE_LABEL.exec(line)
    if (label) {
      pending = groupOf(label[1]!.trim())
      line = label[2]!.trim()
    }
    line = line.replace(/[\s,;]+$/, "")
    if (line !== "") {
      entries.push({ label: pending, body: line })
      pending = null
    }
  }
  return entries
}

/**
 * How to write the speakers read, one person per line ("Name, Affiliation"), so that they read the same
 * without a guess: parentheses where a comma would not do (a role too, a comma inside, a single person).
 */
function linesToWrite(speakers: Speaker[]): string[] {
  return speakers.map(({ name, affiliation, role }) => {
    const roleWord = role !== null && isRole(role) ? role : null
    if (affiliation === null) return roleWord === null ? name : `${name}, ${roleWord}`
    if (roleWord !== null || speakers.length === 1 || affiliation.includes(",")) return `${name} (${affiliation})${roleWord === null ? "" : `, ${roleWord}`}`
    return `${name}, ${affiliation}`
  })
}

function quoted(texts: string[]): string {
  return texts.map((text) => `"${text}"`).join(", ")
}

/**
 * Reads the whole text's shape first. One line: a comma list. Several lines:
 * each line is one person, and a comma on it sets off an affiliation or a role
 * ("Jane Doe, Acme Cloud", the norm since 2025), unless the line is a list:
 * under a plural label ("Participants: A, B, C"), with more commas than the
 * other lines have when they do not all have as many, or of names that each
 * have their affiliation in parentheses ("A (X), B (Y), C (Z)"). A sentence
 * ("Moderated by A, the panel will feature B (X) and C (Y)") is read for the
 * people it names.
 *
 * `warn` is told, in words for the editor, when the reading is a guess (a
 * sentence; a line that may name one person or several): what was read, and
 * the lines to write instead. normalize.ts reports it on the episode's field.
 */
export function parseSpeakers(raw: string, warn?: (text: string) => void): Speaker[] {
  const entries = linesOf(raw)
  const commaCounts = entries.map((entry) => topLevelCommas(entry.body).length)
  const withCommas = commaCounts.filter((count) => count > 0)
  const sameCount = withCommas.length >= 2 && withCommas.every((count) => count === withCommas[0])
  const speakers: Speaker[] = []
  const unclear: string[] = []
  const leftOut: string[] = []
  let prose = false
  let group: Group = { role: null, listLabel: false }
  entries.forEach((entry, index) => {
    if (entry.label !== null) group = entry.label
    const commas = commaCounts[index]!
    const shape = lineShape(entry.body, entries.length >= 2 && !group.listLabel && (commas === 1 || (commas > 1 && sameCount)))
    if (shape === "person") {
      const speaker = personOnLine(entry.body, group.role)
      if (speaker !== null) speakers.push(speaker)
    } else if (shape === "prose") {
      prose = true
      // A sentence starts afresh: the roles in it are its own, or its line's label.
      proseOnLine(entry.body, entry.label?.role ?? null, speakers, leftOut)
    } else {
      if (shape === "unclear") unclear.push(entry.body)
      group = listOnLine(entry.body, group, speakers)
    }
  })
  if (warn !== undefined && (prose || unclear.length > 0)) {
    const why = [
      ...(prose ? ["reads as a sentence rather than a list of people"] : []),
      ...(unclear.length > 0 ? [`has ${unclear.length === 1 ? "a line" : "lines"} that may name one person or several: ${quoted(unclear)}`] : []),
    ]
    const count = speakers.length === 1 ? "1 person" : `${speakers.length} people`
    const read = speakers.length === 0 ? "no one was read from it" : `it was read as ${count}`
    const left = leftOut.length === 0 ? "" : `, leaving out ${quoted(leftOut)}`
    const lines = speakers.length === 0 ? "" : `; for what was read, the lines ${quoted(linesToWrite(speakers))}`
    warn(`${why.join(", and ")}; ${read}${left}. Write one person per line instead, as "Name, Affiliation"${lines}`)
  }
  return speakers
}
