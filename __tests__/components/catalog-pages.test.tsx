/**
 * Issue 20's pages and parts, on every React version the theme supports: speakers and topics linked
 * to their pages, a year's, person's or topic's page, the people and topics indexes, the archive's
 * links to them, and its search (the form after hydration, the index at the first focus or key, the
 * filters, the results and what screen readers are told).
 */
import * as React from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import axe from "axe-core"
import EpisodeCard from "../../src/components/episode-card"
import EpisodeSearch from "../../src/components/episode-search"
import IndexPage from "../../src/components/index-page"
import ListPage from "../../src/components/list-page"
import { listMeta, personHtml, type BrowseLinks } from "../../src/content/pages"
import type { SearchIndexFile } from "../../src/utils/episode-search"
import { makeEpisode, makeShowPage } from "../helpers/episodes"

const BROWSE: BrowseLinks = {
  years: [
    { name: "2024", path: "/live/2024/" },
    { name: "2023", path: "/live/2023/" },
  ],
  people: "/live/people/",
  topics: "/live/topics/",
  search: "/live/search.json",
}

const INDEX: SearchIndexFile = {
  v: 1,
  end: "/",
  people: [
    ["Ann Lee", "/live/people/ann-lee/"],
    ["Bo Chen", "/live/people/bo-chen/"],
  ],
  topics: [["Kata Containers", "/live/topics/kata-containers/"]],
  episodes: [
    ["Kata Containers roadmap", "2024-03-07-kata/", "2024-03-07", [0], [0], "ant group sandboxes"],
    // An empty href: the one its day and title make.
    ["Zuul at ten", "", "2024-01-11", [1], [], "gating"],
    ["Ironic and bare metal", "2023-11-02-ironic/", "2023-11-02", [0, 1], [], "kata mentioned"],
  ],
}

const axeRules = { rules: { "color-contrast": { enabled: false }, region: { enabled: false } } }

describe("speakers and topics on a card", () => {
  it("link each person and topic to their page, and leave an organisation's name as text", () => {
    render(
      <EpisodeCard
        episode={makeEpisode({
          speakers: [
            { name: "Ann Lee", affiliation: "Acme", role: null, path: "/live/people/ann-lee/" },
            { name: "Canonical", affiliation: null, role: null, path: null },
          ],
          topics: [
            { name: "Kata Containers", path: "/live/topics/kata-containers/" },
            { name: "Security", path: "/live/topics/security/" },
          ],
        })}
      />,
    )
    expect(screen.getByRole("link", { name: "Ann Lee" }).getAttribute("href")).toBe("/live/people/ann-lee/")
    expect(screen.queryByRole("link", { name: "Canonical" })).toBeNull()
    const topics = [...document.querySelectorAll(".oil-speakers__group")].find((group) => group.textContent!.startsWith("Topics:"))!
    expect(topics.textContent).toBe("Topics: Kata Containers, Security")
    expect(
      within(topics as HTMLElement)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual(["/live/topics/kata-containers/", "/live/topics/security/"])
  })

  it("show no topic line for an episode without topics", () => {
    render(<EpisodeCard episode={makeEpisode()} />)
    expect(document.querySelector(".oil-speakers")!.textContent).not.toContain("Topics:")
  })
})

const ANN = {
  affiliations: ["Acme", "Initech"],
  roles: ["Host"],
  url: "https://example.org/ann",
  elsewhere: [{ show: "Keynotes", path: "/keynotes/people/ann-lee/", episodeCount: 2 }],
  home: "/live/people/ann-lee/",
}

describe("a person's page", () => {
  const page = (
    <ListPage
      page={makeShowPage()}
      kind="person"
      title="Ann Lee"
      episodes={[makeEpisode({ slug: "a", title: "Newer" }), makeEpisode({ slug: "b", title: "Older" })]}
      meta={listMeta({ kind: "person", episodeCount: 5, pageNumber: 1, pageCount: 3 })}
      pageNumber={1}
      pageCount={3}
      newerPath={null}
      olderPath="/live/people/ann-lee/page/2/"
      person={{ ...ANN, html: personHtml("Ann Lee", ANN) }}
      browse={BROWSE}
      path="/live/people/ann-lee/"
    />
  )

  it("has their name, affiliations and roles, their pages on other shows and their own, their episodes and the archive's links", async () => {
    const { container } = render(page)
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Ann Lee")
    expect(container.querySelector(".oil-page-header__meta")!.textContent).toBe("On 5 episodes · page 1 of 3")
    expect(container.querySelector(".oil-person__details")!.textContent).toBe("Acme · Initech · Host")
    expect(screen.getByRole("link", { name: "On Keynotes: 2 episodes" }).getAttribute("href")).toBe("/keynotes/people/ann-lee/")
    expect(screen.getByRole("link", { name: "Ann Lee’s page" }).getAttribute("href")).toBe("https://example.org/ann")
    expect(within(screen.getByRole("region", { name: "Page 1" })).getAllByRole("article")).toHaveLength(2)
    expect(screen.getByRole("link", { name: "Older episodes →" }).getAttribute("href")).toBe("/live/people/ann-lee/page/2/")
    const browse = screen.getByRole("navigation", { name: "Browse the episodes" })
    expect(
      within(browse)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("aria-current")]),
    ).toEqual([
      ["2024", null],
      ["2023", null],
      ["People", null],
      ["Topics", null],
    ])
    expect((await axe.run(container, axeRules)).violations).toEqual([])
  })

  it("marks the page's own link in the archive's links as the current page, with or without its final slash", () => {
    render(
      <ListPage
        {...page.props}
        kind="year"
        title="2024"
        meta={listMeta({ kind: "year", episodeCount: 1, pageNumber: 1, pageCount: 1 })}
        person={null}
        path="/live/2024"
      />,
    )
    expect(document.querySelector(".oil-page-header__meta")!.textContent).toBe("1 episode this year")
    expect(screen.getByRole("link", { name: "2024" }).getAttribute("aria-current")).toBe("page")
    expect(screen.getByRole("link", { name: "2023" }).getAttribute("aria-current")).toBeNull()
  })
})

describe("the people index", () => {
  it("lists everyone by name, with their latest affiliation and how many episodes they are on", async () => {
    const { container } = render(
      <IndexPage
        page={makeShowPage()}
        kind="people"
        entries={[
          { name: "Ann Lee", path: "/live/people/ann-lee/", episodeCount: 3, detail: "Acme" },
          { name: "Bo Chen", path: "/live/people/bo-chen/", episodeCount: 1, detail: null },
        ]}
        browse={BROWSE}
        path="/live/people/"
      />,
    )
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("People")
    const list = screen.getByRole("region", { name: "Everyone on the show, by name" })
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Ann LeeAcme · 3 episodes", "Bo Chen1 episode"])
    expect(screen.getByRole("link", { name: "People" }).getAttribute("aria-current")).toBe("page")
    expect((await axe.run(container, axeRules)).violations).toEqual([])
  })
})

describe("the archive's search", () => {
  let fetched: string[]
  beforeEach(() => {
    fetched = []
    globalThis.fetch = jest.fn(async (url: string) => {
      fetched.push(url)
      return { ok: true, json: async () => INDEX } as Response
    }) as unknown as typeof fetch
  })
  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch
  })

  /** The form arrives after hydration: a module loaded then. */
  async function searchBox() {
    render(<EpisodeSearch index="/live/search.json" showPath="/live/" />)
    return (await screen.findByRole("searchbox", { name: "Search the episodes" })) as HTMLInputElement
  }

  it("is an empty box in the static HTML, and nothing without an index", () => {
    expect(renderToStaticMarkup(<EpisodeSearch index="/live/search.json" showPath="/live/" />)).toBe('<div class="oil-search"></div>')
    expect(renderToStaticMarkup(<EpisodeSearch index={null} showPath="/live/" />)).toBe("")
  })

  it("loads its index at the first focus, never before, and once", async () => {
    const box = await searchBox()
    expect(fetched).toEqual([])
    act(() => box.focus())
    await screen.findByRole("combobox", { name: "Year" })
    fireEvent.keyDown(box, { key: "k" })
    act(() => box.blur())
    act(() => box.focus())
    expect(fetched).toEqual(["/live/search.json"])
  })

  it("lists the matching episodes as links, best first, and announces how many once typing pauses", async () => {
    const box = await searchBox()
    act(() => box.focus())
    await screen.findByRole("combobox", { name: "Year" })
    fireEvent.change(box, { target: { value: "kata" } })
    const results = screen.getByRole("list", { name: "Matching episodes" })
    expect(
      within(results)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["Kata Containers roadmap", "/live/2024-03-07-kata/"],
      ["Ironic and bare metal", "/live/2023-11-02-ironic/"],
    ])
    const status = screen.getByRole("status")
    expect(status.textContent).toBe("")
    await waitFor(() => expect(status.textContent).toBe("2 episodes match."))
    fireEvent.change(box, { target: { value: "gating" } })
    expect(screen.getByRole("link", { name: "Zuul at ten" }).getAttribute("href")).toBe("/live/2024-01-11-zuul-at-ten/")
    fireEvent.change(box, { target: { value: "nothing here" } })
    await waitFor(() => expect(status.textContent).toBe("No episode matches."))
    expect(screen.queryByRole("list", { name: "Matching episodes" })).toBeNull()
  })

  it("filters by year, person and topic, with or without words", async () => {
    const box = await searchBox()
    act(() => box.focus())
    const year = await screen.findByRole("combobox", { name: "Year" })
    const titles = () =>
      within(screen.getByRole("list", { name: "Matching episodes" }))
        .getAllByRole("link")
        .map((link) => link.textContent)
    fireEvent.change(screen.getByRole("combobox", { name: "Person" }), { target: { value: "0" } })
    expect(titles()).toEqual(["Kata Containers roadmap", "Ironic and bare metal"])
    fireEvent.change(year, { target: { value: "2023" } })
    expect(titles()).toEqual(["Ironic and bare metal"])
    fireEvent.change(year, { target: { value: "" } })
    fireEvent.change(screen.getByRole("combobox", { name: "Topic" }), { target: { value: "0" } })
    expect(titles()).toEqual(["Kata Containers roadmap"])
    expect(
      within(screen.getByRole("combobox", { name: "Year" }))
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Any year", "2024", "2023"])
  })

  it("moves from the box into the results and through them with the arrow keys, and back up to the box", async () => {
    const box = await searchBox()
    act(() => box.focus())
    await screen.findByRole("combobox", { name: "Year" })
    fireEvent.change(box, { target: { value: "kata" } })
    const [first, second] = within(screen.getByRole("list", { name: "Matching episodes" })).getAllByRole("link")
    act(() => box.focus())
    fireEvent.keyDown(box, { key: "ArrowDown" })
    expect(document.activeElement).toBe(first)
    fireEvent.keyDown(first!, { key: "ArrowDown" })
    expect(document.activeElement).toBe(second)
    fireEvent.keyDown(second!, { key: "ArrowUp" })
    fireEvent.keyDown(first!, { key: "ArrowUp" })
    expect(document.activeElement).toBe(box)
  })

  it("says so when the index cannot load, and has no accessibility violation", async () => {
    globalThis.fetch = jest.fn(async () => ({ ok: false, status: 404 }) as Response) as unknown as typeof fetch
    const box = await searchBox()
    act(() => box.focus())
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("The search could not load. Browse by year, person or topic below."))
    expect((await axe.run(document.body, axeRules)).violations).toEqual([])
  })
})
