/**
 * `episodeSpeakers` is free text: a comma list on one line, one name per
 * line, `Host:` / `Participants:` labels, "and" before the last name,
 * trailing commas, affiliations in parentheses. This turns it into a list.
 */
import type { Speaker } from "../types"
import { htmlToPlainText } from "./html"

/** A label that opens a group: "Host:", "Special guests:", "Moderated by:". At most four words. */
const ROLE_LABEL = /^([\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){0,3})\s*:\s*(.*)$/u
/** Abbreviations after which a period does not end a name. */
const ABBREVIATIONS = new Set(["jr", "sr", "dr", "mr", "mrs", "ms", "prof", "st", "inc", "ltd", "co", "corp"])
const AFFILIATION_IN_PARENS = /^(.*?)\s*\(([^()]*)\)\s*$/
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
        const lastWord = /([\p{L})]+)$/u.exec(current)?.[1] ?? ""
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

/** A comma list; an item that is only a role ("Jane Doe, Host") is the role of the name before it. */
function listOnLine(line: string, role: string | null, into: Speaker[]): void {
  for (const item of splitNames(line)) {
    const text = cleanItem(item)
    const previous = into[into.length - 1]
    if (isRole(text) && previous !== undefined) {
      into[into.length - 1] = { ...previous, role: text }
      continue
    }
    const speaker = toSpeaker(item, role)
    if (speaker !== null) into.push(speaker)
  }
}

/**
 * Reads the whole text's shape first. One line: a comma list. Several lines:
 * each line is one person, and a comma on it sets off an affiliation or a role
 * ("Jane Doe, Acme Cloud", the norm since 2025), unless the line is a list:
 * under a plural label ("Participants: A, B, C"), or with more commas than the
 * other lines have when they do not all have as many.
 */
export function parseSpeakers(raw: string): Speaker[] {
  // Editors sometimes put <br> or other markup between names: read the text only.
  const text = /<[a-z/!]/i.test(raw) ? htmlToPlainText(raw, { keepLines: true }) : raw
  // A line that starts with "(" carries on the name before it: "Mohammed Naser\n(Vexxhost)".
  const lines = text.split(/\r?\n/).reduce<string[]>((joined, line) => {
    if (/^\s*\(/.test(line) && joined.length > 0) joined[joined.length - 1] += ` ${line.trim()}`
    else joined.push(line)
    return joined
  }, [])
  const entries: Array<{ role: string | null; listLabel: boolean; body: string }> = []
  let role: string | null = null
  let listLabel = false
  for (const rawLine of lines) {
    let line = rawLine.trim()
    const label = ROLE_LABEL.exec(line)
    if (label) {
      role = label[1]!.trim()
      // A plural label ("Participants:", "Hosts:", "Special guests:") announces several people.
      listLabel = /s$/i.test(role)
      line = label[2]!.trim()
    }
    line = line.replace(/[\s,;]+$/, "")
    if (line !== "") entries.push({ role, listLabel, body: line })
  }
  const commaCounts = entries.map((entry) => topLevelCommas(entry.body).length)
  const withCommas = commaCounts.filter((count) => count > 0)
  const sameCount = withCommas.length >= 2 && withCommas.every((count) => count === withCommas[0])
  const speakers: Speaker[] = []
  entries.forEach((entry, index) => {
    const commas = commaCounts[index]!
    const onePerson = entries.length >= 2 && !entry.listLabel && (commas === 1 || (commas > 1 && sameCount))
    if (onePerson) {
      const speaker = personOnLine(entry.body, entry.role)
      if (speaker !== null) speakers.push(speaker)
    } else {
      listOnLine(entry.body, entry.role, speakers)
    }
  })
  return speakers
}
