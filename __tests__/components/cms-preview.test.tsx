/**
 * The CMS preview as Decap CMS 3 and Netlify CMS 2 render it: handed an entry of Immutable.js data
 * (the real library the CMSs use), it shows the page through the theme's components and lists what
 * the build would report, in the build's words. Runs on React 17, 18 and 19 with the other
 * component tests.
 */
import * as React from "react"
import { DEFAULTS } from "../../src/node/options"
import { render, screen, within } from "@testing-library/react"
import { fromJS } from "immutable"
import fs from "fs"
import path from "path"
import matter from "gray-matter"
import OpenInfraLivePreview, { makeOpenInfraLivePreview } from "../../src/cms/preview"
import { withEpisodeIds } from "../../src/cms/register"
import { normalizeContent } from "../../src/node/normalize"
import PreviewProblems, { type PreviewProblem } from "../../src/components/preview-problems"

const FIXTURE = matter(fs.readFileSync(path.join(__dirname, "..", "fixtures", "openinfra-live.md"), "utf8")).data as Record<string, unknown>

function entry(data: Record<string, unknown>) {
  return fromJS({ path: "src/pages/openinfra-live/index.md", slug: "openinfra-live", data }) as unknown as {
    get: (key: string) => unknown
    getIn: (path: string[]) => unknown
  }
}

const episodes = () => (FIXTURE.episodes as Array<Record<string, unknown>>).map((episode) => ({ ...episode }))

describe("the CMS preview", () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse("2021-07-20T12:00:00Z") }))
  afterEach(() => jest.useRealTimers())

  it("shows the show page as the site would: the next episode, the latest past ones, no problem", () => {
    render(<OpenInfraLivePreview entry={entry({ ...FIXTURE, episodes: episodes() })} />)
    // The migrated episodes' midnight-UTC dates are noted, not counted as problems.
    const status = screen.getByRole("status")
    expect(status.querySelector(".oil-preview-problems__summary")!.textContent).toBe("The build would report no problem (and 8 notes): 15 published episodes.")
    expect(status.classList.contains("oil-preview-problems--error")).toBe(false)
    expect(
      within(status)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(
      ["2021-06-03", "2021-05-27", "2021-05-20", "2021-05-13", "2021-05-06", "2021-04-29", "2021-04-22", "2021-04-15"].map((day) =>
        expect.stringMatching(new RegExp(`^Note: episode \\d+ ".+" \\(${day}\\): date ${day}T00:00:00.000Z is midnight UTC, read as a day without a time`)),
      ),
    )
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Conversations around all things open infrastructure")
    const next = screen.getByRole("region", { name: "Up next" })
    expect(within(next).getByRole("heading", { level: 3 }).textContent).toBe("Kata Containers")
    // The show page's share of the 14 past episodes: the episodesPerPage default; the rest are on archive pages.
    expect(within(screen.getByRole("region", { name: "Past episodes" })).getAllByRole("article")).toHaveLength(DEFAULTS.episodesPerPage)
    expect(DEFAULTS.episodesPerPage).toBeLessThan(14)
  })

  it("shows an edit at once, sanitized as the build would", () => {
    const edited = episodes()
    edited[0] = {
      ...edited[0],
      episodeTitle: "Kata Containers, renamed",
      episodeDescription: 'New <a href="//katacontainers.io">site</a><script>alert(1)</script>',
    }
    render(<OpenInfraLivePreview entry={entry({ ...FIXTURE, episodes: edited })} />)
    const next = screen.getByRole("region", { name: "Up next" })
    expect(within(next).getByRole("heading", { level: 3 }).textContent).toBe("Kata Containers, renamed")
    expect(within(next).getByRole("link", { name: "site" }).getAttribute("href")).toBe("https://katacontainers.io")
    expect(document.querySelector("script")).toBeNull()
  })

  it("lists every problem the build would report, in the same words, errors first in the summary", () => {
    const edited = episodes()
    edited[1] = { ...edited[1], date: "July 15, 2021" }
    edited[2] = { ...edited[2], facebookLink: "javascript:alert(1)" }
    const data = { ...FIXTURE, episodes: edited }
    render(<OpenInfraLivePreview entry={entry(data)} />)
    const build = normalizeContent(data, { file: "src/pages/openinfra-live/index.md", basePath: null, generateInvites: true, episodePages: true })
    const status = screen.getByRole("status")
    expect(
      within(status)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(build.problems.map((problem) => `${{ error: "Error", warning: "Warning", info: "Note" }[problem.level]}: ${problem.text}`))
    expect(status.textContent).toMatch(/^The build would report 1 error and 1 warning \(and 8 notes\), and would stop: 14 published episodes\./)
    expect(status.textContent).toContain('date "July 15, 2021" is not a date the theme can read: write it as 2021-07-15T14:00:00.000Z')
  })

  it("follows the site's options", () => {
    const Preview = makeOpenInfraLivePreview({ episodesPerPage: 3, basePath: "/shows/live/" })
    render(<Preview entry={entry({ ...FIXTURE, episodes: episodes() })} />)
    expect(within(screen.getByRole("region", { name: "Past episodes" })).getAllByRole("article")).toHaveLength(3)
    expect(screen.getByRole("link", { name: /Older episodes/ }).getAttribute("href")).toBe("/shows/live/page/2/")
  })
})

describe("PreviewProblems", () => {
  const summary = (problems: PreviewProblem[]) => {
    const { container, unmount } = render(<PreviewProblems problems={problems} episodeCount={3} draftCount={0} />)
    const text = container.querySelector(".oil-preview-problems__summary")!.textContent
    const failing = container.querySelector(".oil-preview-problems--error") !== null
    const labels = [...container.querySelectorAll(".oil-preview-problems__level")].map((label) => label.textContent)
    unmount()
    return { text, failing, labels }
  }
  const error: PreviewProblem = { level: "error", text: "e" }
  const warning: PreviewProblem = { level: "warning", text: "w" }
  const info: PreviewProblem = { level: "info", text: "i" }

  it.each([
    [[], "The build would report no problem. 3 published episodes.", false, []],
    [[info], "The build would report no problem (and 1 note): 3 published episodes.", false, ["Note:"]],
    [[info, info], "The build would report no problem (and 2 notes): 3 published episodes.", false, ["Note:", "Note:"]],
    [[warning, info], "The build would report 1 warning (and 1 note): 3 published episodes.", false, ["Warning:", "Note:"]],
    [[info, warning, warning], "The build would report 2 warnings (and 1 note): 3 published episodes.", false, ["Note:", "Warning:", "Warning:"]],
    [[error, info], "The build would report 1 error (and 1 note), and would stop: 3 published episodes.", true, ["Error:", "Note:"]],
    [[error, warning], "The build would report 1 error and 1 warning, and would stop: 3 published episodes.", true, ["Error:", "Warning:"]],
    [
      [error, error, warning, info, info, info],
      "The build would report 2 errors and 1 warning (and 3 notes), and would stop: 3 published episodes.",
      true,
      ["Error:", "Error:", "Warning:", "Note:", "Note:", "Note:"],
    ],
  ])("sums up %j as %j, notes never counted as errors or warnings", (problems, text, failing, labels) => {
    expect(summary(problems as PreviewProblem[])).toEqual({ text, failing, labels })
  })
})

describe("withEpisodeIds (the CMS's preSave)", () => {
  it("writes the identity the build already uses into episodes without an id, and keeps the others", () => {
    const list = [
      { id: "ep-1", date: "2021-07-22T14:00:00.000Z", episodeTitle: "Has an id" },
      { date: "2021-07-15T14:00:00.000Z", episodeTitle: "Has a video", youtubeEmbed: "https://youtu.be/pHHCIGkpNzs" },
      { date: new Date("2021-07-08T14:00:00.000Z"), episodeTitle: "Has a date" },
      { date: "", episodeTitle: "Has nothing yet" },
    ]
    const saved = (
      withEpisodeIds(fromJS({ templateKey: "openinfra-live", episodes: list }) as never) as unknown as { toJS: () => { episodes: Array<{ id?: string }> } }
    ).toJS()
    expect(saved.episodes.map((episode) => episode.id)).toEqual(["ep-1", "yt-pHHCIGkpNzs", "d-20210708t1400z", undefined])
    const built = normalizeContent({ episodes: list.slice(0, 3) }, { file: "x.md", basePath: null })
    expect(built.episodes.map((episode) => episode.uid).sort()).toEqual(["d-20210708t1400z", "ep-1", "yt-pHHCIGkpNzs"])
  })
})
