/**
 * The share image of an episode page (og:image), as a design: a function of the episode's title,
 * date, show and local thumbnail that returns an SVG of 1200×630. The build renders it to a JPEG
 * (src/build/share-images.ts) with sharp, whose librsvg draws the text with the fonts the building
 * machine has. A site shadows the design with src/gatsby-theme-openinfra-live/share-image.js
 * (`module.exports = function (props) { return svg }`), which gets the same props.
 */
import type { EpisodeRecord } from "../types"

/** Open Graph's recommended size (1.91:1), larger than Google's 720 px minimum for events and videos. */
export const SHARE_IMAGE_WIDTH = 1200
export const SHARE_IMAGE_HEIGHT = 630

/** The fonts the default design asks for: those librsvg finds on most Linux build machines first. */
export const SHARE_IMAGE_FONTS = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

/** What a share image's design is given. */
export interface ShareImageProps {
  /** The image's size in pixels, 1200×630: the build scales whatever SVG the design returns to it. */
  width: number
  height: number
  /**
   * The episode's title, its date line ("Thursday, July 22, 2021 · 14:00 UTC", in the show's time
   * zone) and the show's name: plain text, not yet escaped. `day` and `time` are the date line's two
   * parts (time null for an episode without a time of day).
   */
  title: string
  date: string
  day: string
  time: string | null
  showTitle: string
  /**
   * The episode's video still as the build downloaded it (the `thumbnails: "local"` option): a
   * `data:image/jpeg;base64,…` URI, for an SVG <image href>, and its size (a 4:3 YouTube still,
   * letterboxed for a 16:9 video). Null when the episode has no video or no local thumbnail.
   */
  thumbnail: { href: string; width: number; height: number } | null
  /** The whole episode, for a design that shows more (its speakers). */
  episode: EpisodeRecord
  /** Text escaped for SVG (XML) text and attributes. */
  escapeXml: (text: string) => string
  /**
   * Text broken into at most `maxLines` lines of at most `maxWidth` pixels at `fontSize` (widths
   * estimated from DejaVu Sans Bold, the widest of the fonts above), the last one ending in "…" when
   * the text is longer.
   */
  wrapText: (text: string, options: { fontSize: number; maxWidth: number; maxLines: number }) => string[]
}

/** A share image's design: the props, an SVG document. */
export type ShareImageDesign = (props: ShareImageProps) => string

/**
 * Text for XML: the five special characters escaped, and the characters XML 1.0 does not allow
 * (control characters, lone surrogates) taken out, which would make librsvg refuse the whole SVG.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 refuses (section 2.2)
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  )
}

/** DejaVu Sans Bold's advance widths, in hundredths of an em, of the printable ASCII characters (32 to 126). */
const ASCII_WIDTHS = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68,
  82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104,
  71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
]

/** How wide a character is, in ems: ASCII from the table, accented Latin letters as their base letter, wide scripts as 1. */
function charWidth(char: string): number {
  const code = char.codePointAt(0)!
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32]! / 100
  const base = char.normalize("NFD")[0]!
  if (base !== char && base.codePointAt(0)! < 127) return charWidth(base)
  if (char === "…" || char === "—") return 1
  // Wide scripts take a whole em; other letters about as much as an average capital.
  return WIDE.test(char) ? 1 : 0.78
}

/**
 * CJK, Hangul, fullwidth forms and emoji. A RegExp call rather than a literal with the u flag, which
 * a site's Babel would rewrite (see __tests__/unit/regex-literals.test.ts).
 */
const WIDE = new RegExp(
  "[\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6\\u{1f000}-\\u{1faff}\\u{20000}-\\u{3fffd}]",
  "u",
)

/** The estimated width of a line of text, in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) ems += charWidth(char)
  return ems * fontSize
}

/** The longest start of `text` that, followed by "…", fits `maxWidth`, without the spaces and punctuation it ends with. */
function withEllipsis(text: string, fontSize: number, maxWidth: number): string {
  const chars = [...text]
  const cut = () => chars.join("").replace(/[\s,.;:!?\u2013\u2014-]+$/, "")
  while (chars.length > 0 && textWidth(`${cut()}…`, fontSize) > maxWidth) chars.pop()
  return `${cut()}…`
}

/**
 * `text` (white space folded) in lines of at most `maxWidth` pixels, broken between words (a word
 * wider than a line is broken where it must), at most `maxLines` of them: the last one ends in "…"
 * when some text is left out.
 */
export function wrapText(text: string, { fontSize, maxWidth, maxLines }: { fontSize: number; maxWidth: number; maxLines: number }): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ""
  const push = (word: string) => {
    const candidate = line === "" ? word : `${line} ${word}`
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate
      return
    }
    if (line !== "") lines.push(line)
    line = ""
    // A word alone wider than the line: as many characters as fit, the rest on the next line.
    let rest = [...word]
    while (textWidth(rest.join(""), fontSize) > maxWidth && rest.length > 1) {
      let fit = 1
      while (fit < rest.length && textWidth(rest.slice(0, fit + 1).join(""), fontSize) <= maxWidth) fit += 1
      lines.push(rest.slice(0, fit).join(""))
      rest = rest.slice(fit)
    }
    line = rest.join("")
  }
  for (const word of words) push(word)
  if (line !== "") lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  // The last line loses its last words (a word alone, its last characters) until "…" fits after it.
  const lastWords = kept[maxLines - 1]!.split(" ")
  while (lastWords.length > 1 && textWidth(`${lastWords.join(" ")}…`, fontSize) > maxWidth) lastWords.pop()
  kept[maxLines - 1] = withEllipsis(lastWords.join(" "), fontSize, maxWidth)
  return kept
}

/** "Thursday, July 22, 2021 · 14:00 UTC" in the show's time zone, as its pages show it; the day alone for a day without a time. */
export function shareImageDate(episode: Pick<EpisodeRecord, "showText">): string {
  const { day, time } = episode.showText
  return time === null ? day : `${day} · ${time}`
}

/** The image's text alternative (og:image:alt): "<title> · <date> · <show>". */
export function shareImageAlt(props: Pick<ShareImageProps, "title" | "date" | "showTitle">): string {
  return `${props.title} · ${props.date} · ${props.showTitle}`
}

/** The theme's colours: its hero's gradient and accent (src/styles/openinfra-live.css). */
const COLORS = { from: "#0f1f3d", middle: "#23305e", to: "#4a1f5f", accent: "#b5165f", text: "#ffffff", muted: "#d6deeb" }

/** Title sizes, largest first: the largest at which the title fits in three lines; the smallest cuts it with "…". */
const TITLE_SIZES = [68, 60, 52, 46]
const MARGIN = 64

/**
 * The theme's design, on its hero's gradient: the show's name in a pill of the accent colour and the
 * date under it, top left; the video's still top right (its 16:9 picture, without YouTube's black
 * bars), or faint rings without one; the episode's title across the bottom, in white, up to three lines.
 */
export function defaultShareImage(props: ShareImageProps): string {
  const { width, height, escapeXml: escape } = props
  const font = `font-family="${SHARE_IMAGE_FONTS}"`
  const textWidthMax = width - 2 * MARGIN
  // The still: a 16:9 card as wide as 40% of the image, in the top right corner.
  const card = { width: Math.round(width * 0.4), height: Math.round((width * 0.4 * 9) / 16), x: width - MARGIN - Math.round(width * 0.4), y: MARGIN }
  const columnWidth = (props.thumbnail === null ? width : card.x) - MARGIN - 32
  // The show's name, in its pill.
  const showSize = 26
  const showName = wrapText(props.showTitle, { fontSize: showSize, maxWidth: columnWidth - 48, maxLines: 1 })[0] ?? ""
  const pillWidth = Math.ceil(textWidth(showName, showSize)) + 48
  // The date under it: the day (on two lines if it must), then the time.
  const dateSize = 32
  const dateLines = [...wrapText(props.day, { fontSize: dateSize, maxWidth: columnWidth, maxLines: 2 }), ...(props.time === null ? [] : [props.time])]
  // The title: the largest size at which it fits in three lines, its last line a margin above the bottom.
  const fits = (fontSize: number) => wrapText(props.title, { fontSize, maxWidth: textWidthMax, maxLines: Infinity }).length <= 3
  const titleSize = TITLE_SIZES.find(fits) ?? TITLE_SIZES[TITLE_SIZES.length - 1]!
  const titleLines = wrapText(props.title, { fontSize: titleSize, maxWidth: textWidthMax, maxLines: 3 })
  const lineHeight = Math.round(titleSize * 1.14)
  const firstTitleBaseline = height - MARGIN - Math.max(titleLines.length - 1, 0) * lineHeight
  const picture =
    props.thumbnail === null
      ? [
          `<g fill="none" stroke="${COLORS.text}" stroke-opacity="0.06" stroke-width="28">`,
          ...[140, 250, 360, 470].map((radius) => `<circle cx="${width - 170}" cy="170" r="${radius}"/>`),
          `</g>`,
        ]
      : [
          `<clipPath id="card"><rect x="${card.x}" y="${card.y}" width="${card.width}" height="${card.height}" rx="16"/></clipPath>`,
          `<rect x="${card.x - 6}" y="${card.y - 6}" width="${card.width + 12}" height="${card.height + 12}" rx="22" fill="${COLORS.text}" fill-opacity="0.12"/>`,
          `<image x="${card.x}" y="${card.y}" width="${card.width}" height="${card.height}" preserveAspectRatio="xMidYMid slice" clip-path="url(#card)" href="${escape(props.thumbnail.href)}"/>`,
        ]
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs><linearGradient id="background" x1="0" y1="0" x2="1" y2="1">`,
    `<stop offset="0" stop-color="${COLORS.from}"/><stop offset="0.55" stop-color="${COLORS.middle}"/><stop offset="1" stop-color="${COLORS.to}"/>`,
    `</linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#background)"/>`,
    ...picture,
    `<rect x="${MARGIN}" y="${MARGIN}" width="${pillWidth}" height="48" rx="24" fill="${COLORS.accent}"/>`,
    `<text x="${MARGIN + 24}" y="${MARGIN + 33}" ${font} font-size="${showSize}" font-weight="700" fill="${COLORS.text}">${escape(showName)}</text>`,
    `<text ${font} font-size="${dateSize}" fill="${COLORS.muted}">`,
    ...dateLines.map((line, index) => `<tspan x="${MARGIN}" y="${MARGIN + 110 + index * 44}">${escape(line)}</tspan>`),
    `</text>`,
    `<text ${font} font-size="${titleSize}" font-weight="700" fill="${COLORS.text}">`,
    ...titleLines.map((line, index) => `<tspan x="${MARGIN}" y="${firstTitleBaseline + index * lineHeight}">${escape(line)}</tspan>`),
    `</text>`,
    `</svg>`,
  ].join("\n")
}
