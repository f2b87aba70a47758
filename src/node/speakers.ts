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

function toSpeaker(item: string, role: string | null): Speaker | null {
  const text = item
    .replace(/^\s*(?:and|&)\s+/i, "")
    .replace(/[\s,;.]+$/, "")
    .trim()
  if (text === "") return null
  const parens = AFFILIATION_IN_PARENS.exec(text)
  if (parens && parens[1]!.trim() !== "") {
    return { name: parens[1]!.trim(), affiliation: parens[2]!.trim() || null, role }
  }
  const dash = AFFILIATION_AFTER_DASH.exec(text)
  if (dash) return { name: dash[1]!.trim(), affiliation: dash[2]!.trim(), role }
  return { name: text, affiliation: null, role }
}

export function parseSpeakers(raw: string): Speaker[] {
  // Editors sometimes put <br> or other markup between names: read the text only.
  const text = /<[a-z/!]/i.test(raw) ? htmlToPlainText(raw, { keepLines: true }) : raw
  const speakers: Speaker[] = []
  let role: string | null = null
  // A line that starts with "(" carries on the name before it: "Mohammed Naser\n(Vexxhost)".
  const lines = text.split(/\r?\n/).reduce<string[]>((joined, line) => {
    if (/^\s*\(/.test(line) && joined.length > 0) joined[joined.length - 1] += ` ${line.trim()}`
    else joined.push(line)
    return joined
  }, [])
  for (const rawLine of lines) {
    let line = rawLine.trim()
    if (line === "") continue
    const label = ROLE_LABEL.exec(line)
    if (label) {
      role = label[1]!.trim()
      line = label[2]!.trim()
    }
    for (const item of splitNames(line)) {
      const speaker = toSpeaker(item, role)
      if (speaker !== null) speakers.push(speaker)
    }
  }
  return speakers
}
