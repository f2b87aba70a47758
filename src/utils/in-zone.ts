/**
 * An instant in a zone, in words: a module of its own, so that only what formats the viewer's dates
 * (local-format.ts, loaded after hydration) and the build carry it, not a page's first load.
 */

/**
 * An instant in a zone, as the pages write it: ["Thursday, July 22, 2021", "9:00 CDT", "America/Chicago"]:
 * the day; the 24-hour time with the zone's short name at that instant (daylight-saving time is named
 * as it applies: "CST" in January); the zone's IANA name. `instant` is in ms since 1970-01-01T00:00:00Z;
 * `timeZone` an IANA name, the viewer's own when left out. Throws RangeError for a zone Intl does not know.
 *
 * The short name is the first one that a locale of ["en-US", "en-GB", "en-IE", "en-IN", "en-AU",
 * "en-SG", "en-ZA"] gives: CLDR names a zone only in the locales whose people use the name ("CEST" in
 * en-GB, "IST" in en-IN and en-IE, "AEST" in en-AU, "CDT" in en-US); else CLDR's "GMT+9".
 *
 * Self-contained, using nothing but Intl: its text is also the source of the worker that formats the
 * viewer's dates off the main thread (local-dates.ts). Keep it so: no import, no helper outside it.
 */
export function inZone(instant: number, timeZone?: string): [day: string, time: string, zone: string] {
  // Plain loops and Object.assign, no spread or for…of: a site's Babel may turn those into calls of
  // helpers that live outside this function, which the worker would not have.
  const date = new Date(instant)
  const format = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, Object.assign({ timeZone: timeZone }, options))
  const part = (formatter: Intl.DateTimeFormat, type: string) => formatter.formatToParts(date).find((candidate) => candidate.type === type)?.value ?? ""
  const clock = format("en-US", { hour: "numeric", minute: "2-digit", hourCycle: "h23" })
  const locales = ["en-US", "en-GB", "en-IE", "en-IN", "en-AU", "en-SG", "en-ZA"]
  let name = ""
  for (let index = 0; index < locales.length; index += 1) {
    name = part(format(locales[index]!, { timeZoneName: "short" }), "timeZoneName")
    if (!/^GMT[+-]/.test(name)) break
  }
  return [
    format("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric" }).format(date),
    `${Number(part(clock, "hour")) % 24}:${part(clock, "minute")} ${name}`,
    format("en-US", {}).resolvedOptions().timeZone,
  ]
}
