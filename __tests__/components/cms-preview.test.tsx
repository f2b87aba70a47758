/**
 * The CMS preview as Decap CMS 3 and Netlify CMS 2 render it: handed an entry of Immutable.js data
 * (the real library the CMSs use), it shows the page through the theme's components and lists what
 * the build would report, in the build's words. Runs on React 17, 18 and 19 with the other
 * component tests.
 */
import * as React from "react"
import { DEFAULTS } from "../../src/content/options"
import { render, screen, within } from "@testing-library/react"
import { fromJS } from "immutable"
import fs from "fs"
import path from "path"
import matter from "gray-matter"
import { renderToStaticMarkup } from "react-dom/server"
import OpenInfraLivePreview, { makeOpenInfraLivePreview } from "../../src/cms/preview"
import { SHOW_PAGE_PARTS, ThemeWrapper } from "../../src/cms/preview-page"
import { withEpisodeIds } from "../../src/cms/register"
import Layout from "../../src/components/layout"
import HydrateLater from "../../src/components/hydrate-later"
import ShowPage, { type ShowPageProps } from "../../src/components/show-page"
import { normalizeContent } from "../../src/content/normalize"
import { subscriptionPaths } from "../../src/content/outputs"
import { planPages } from "../../src/content/pages"
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

  it("shows the show page as the site would: the next episode, the latest past ones, no problem once showPeople says who is who", () => {
    const { rerender } = render(<OpenInfraLivePreview entry={entry({ ...FIXTURE, episodes: episodes() })} />)
    // The sample's two misspelt speakers are warned of, as the build does...
    expect(screen.getByRole("status").querySelector(".oil-preview-problems__summary")!.textContent).toBe(
      "The build would report 2 warnings (and 12 notes): 15 published episodes.",
    )
    // ...until showPeople says who they are.
    const people = [
      { name: "Kendall Nelson", aliases: ["Kendall Kelson"] },
      { name: "Julia Kreger", aliases: ["Julia Krieger"] },
    ]
    rerender(<OpenInfraLivePreview entry={entry({ ...FIXTURE, episodes: episodes(), showPeople: people })} />)
    // The migrated episodes' midnight-UTC dates are noted, not counted as problems; so are the organisations listed as speakers.
    const status = screen.getByRole("status")
    expect(status.querySelector(".oil-preview-problems__summary")!.textContent).toBe("The build would report no problem (and 12 notes): 15 published episodes.")
    expect(status.classList.contains("oil-preview-problems--error")).toBe(false)
    const notes = within(status)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
    expect(notes.filter((note) => note!.includes("episodeSpeakers")).map((note) => /episodeSpeakers "([^"]+)"/.exec(note!)![1])).toEqual([
      "Canonical",
      "OVH",
      "T-Systems",
      "Whitestack",
    ])
    expect(notes.filter((note) => !note!.includes("episodeSpeakers"))).toEqual(
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
    expect(status.textContent).toMatch(/^The build would report 1 error and 3 warnings \(and 12 notes\), and would stop: 14 published episodes\./)
    expect(status.textContent).toContain('date "July 15, 2021" is not a date the theme can read: write it as 2021-07-15T14:00:00.000Z')
  })

  it("follows the site's options", () => {
    const Preview = makeOpenInfraLivePreview({ episodesPerPage: 3, basePath: "/shows/live/" })
    render(<Preview entry={entry({ ...FIXTURE, episodes: episodes() })} />)
    expect(within(screen.getByRole("region", { name: "Past episodes" })).getAllByRole("article")).toHaveLength(3)
    expect(screen.getByRole("link", { name: /Older episodes/ }).getAttribute("href")).toBe("/shows/live/page/2/")
  })
})

describe("the preview's page", () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse("2021-07-20T12:00:00Z") }))
  afterEach(() => jest.useRealTimers())

  /** The props the show page's template gets from the build for `data`, as the preview makes them. */
  function buildProps(data: Record<string, unknown>): ShowPageProps {
    const { page, episodes: published } = normalizeContent(data, {
      file: "src/pages/openinfra-live/index.md",
      basePath: null,
      generateInvites: true,
      episodePages: true,
    })
    const builtAt = new Date().toISOString()
    const plan = planPages(
      published.map((episode) => ({ ...episode, id: episode.uid })),
      {
        basePath: page.path,
        builtAt: Date.parse(builtAt),
        airingWindowMinutes: DEFAULTS.airingWindowMinutes,
        episodesPerPage: DEFAULTS.episodesPerPage,
        episodePages: true,
      },
    )
    const onShowPage = new Set(plan.show.episodeIds)
    return {
      page,
      episodes: published.filter((episode) => onShowPage.has(episode.uid)),
      builtAt,
      airingWindowMinutes: DEFAULTS.airingWindowMinutes,
      feeds: subscriptionPaths(page.path, { calendar: true, feed: true }),
      olderPath: plan.show.olderPath,
      pageCount: plan.show.pageCount,
    }
  }

  it("is the show page as a site without a layout shadow shows it, in the same markup", () => {
    const data = { ...FIXTURE, episodes: episodes() }
    const preview = render(<OpenInfraLivePreview entry={entry(data)} />).container.querySelector(".oil")!.outerHTML
    const site = render(<ShowPage {...buildProps(data)} />).container.querySelector(".oil")!.outerHTML
    expect(preview).toBe(site)
    expect(preview).toContain("Kata Containers")
  })

  it("keeps the theme's wrapper: the markup of the theme's own layout", () => {
    const children = (
      <>
        <h1>Title</h1>
        <p>Text</p>
      </>
    )
    expect(renderToStaticMarkup(<ThemeWrapper>{children}</ThemeWrapper>)).toBe(renderToStaticMarkup(<Layout>{children}</Layout>))
  })

  it("names every part of the show page, for the message when a shadow of one fails in the CMS", () => {
    const rendered: { page: React.ReactNode } = { page: null }
    function Probe(props: ShowPageProps) {
      rendered.page = (ShowPage as (props: ShowPageProps) => React.ReactNode)(props)
      return null
    }
    render(<Probe {...buildProps({ ...FIXTURE, episodes: episodes() })} />)
    const page = rendered.page
    // ShowPage's root is the layout the preview leaves out.
    expect(React.isValidElement(page) && page.type).toBe(Layout)
    const parts: unknown[] = []
    const collect = (children: React.ReactNode) =>
      React.Children.forEach(children, (child) => {
        if (!React.isValidElement<{ children?: React.ReactNode }>(child)) return
        if (child.type === HydrateLater || child.type === React.Fragment) collect(child.props.children)
        else parts.push(child.type)
      })
    collect((page as unknown as React.ReactElement<{ children: React.ReactNode }>).props.children)
    expect(parts.length).toBeGreaterThan(5)
    const unnamed = parts.filter((part) => !SHOW_PAGE_PARTS.has(part)).map((part) => (part as { name?: string }).name ?? String(part))
    expect(unnamed).toEqual([])
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
