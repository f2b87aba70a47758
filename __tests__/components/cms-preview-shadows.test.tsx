/**
 * The CMS preview with a site's shadows that need what the site's gatsby-browser.js wrapRootElement
 * provides (here a Redux store, as on the foundation's site), which the CMS does not have. Gatsby
 * shadows a theme component for every module that imports it; so does jest.mock here, with the
 * stand-ins of __tests__/helpers/redux-stand-in.tsx. Runs on React 17, 18 and 19.
 */
import * as React from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { render, screen, within } from "@testing-library/react"
import { fromJS } from "immutable"
import fs from "fs"
import path from "path"
import matter from "gray-matter"
import { makeOpenInfraLivePreview } from "../../src/cms/preview"
import ShowPage from "../../src/components/show-page"
import { normalizeContent } from "../../src/content/normalize"
import { failing, Provider, store } from "../helpers/redux-stand-in"

jest.mock("../../src/components/layout", () => ({ __esModule: true, default: jest.requireActual("../helpers/redux-stand-in").LayoutShadow }))
jest.mock("../../src/components/join-footer", () => {
  const actual = jest.requireActual("../../src/components/join-footer")
  return { __esModule: true, ...actual, default: jest.requireActual("../helpers/redux-stand-in").shadowOf(actual.default, "join-footer") }
})
jest.mock("../../src/components/hero", () => {
  const actual = jest.requireActual("../../src/components/hero")
  return { __esModule: true, ...actual, default: jest.requireActual("../helpers/redux-stand-in").shadowOf(actual.default, "hero") }
})

const FIXTURE = matter(fs.readFileSync(path.join(__dirname, "..", "fixtures", "openinfra-live.md"), "utf8")).data as Record<string, unknown>
const HEADING = "Conversations around all things open infrastructure"
const NO_STORE = "Cannot read properties of null (reading 'store')"

function entry(data: Record<string, unknown>) {
  return fromJS({ path: "src/pages/openinfra-live/index.md", slug: "openinfra-live", data }) as unknown as {
    get: (key: string) => unknown
    getIn: (path: string[]) => unknown
  }
}

const content = () => ({ ...FIXTURE, episodes: (FIXTURE.episodes as Array<Record<string, unknown>>).map((episode) => ({ ...episode })) })
const Preview = makeOpenInfraLivePreview()

beforeEach(() => {
  jest.useFakeTimers({ now: Date.parse("2021-07-20T12:00:00Z") })
  // React reports every error a boundary catches on the console.
  jest.spyOn(console, "error").mockImplementation(() => undefined)
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
  failing.clear()
})

describe("the CMS preview with a shadow of `layout` connected to the site's Redux store", () => {
  it("is a shadow that fails without the store, as the foundation's did in the CMS", () => {
    const { page, episodes } = normalizeContent(content(), { file: "index.md", basePath: null })
    expect(() => renderToStaticMarkup(<ShowPage page={page} episodes={episodes} builtAt={new Date().toISOString()} airingWindowMinutes={90} />)).toThrow(
      NO_STORE,
    )
  })

  it("shows the page without the layout, in the theme's wrapper, and with no failure", () => {
    const { container } = render(<Preview entry={entry(content())} />)
    expect(screen.queryByRole("alert")).toBeNull()
    expect(container.querySelector("header.site-header")).toBeNull()
    // The theme's own wrapper, whose classes carry the page's styles.
    const main = container.querySelector(".oil-preview > .oil > main.oil-main")!
    expect(within(main as HTMLElement).getByRole("heading", { level: 1 }).textContent).toBe(HEADING)
    expect(within(main as HTMLElement).getByRole("region", { name: "Up next" })).toBeTruthy()
    expect(screen.getByRole("status").textContent).toMatch(/^The build would report 2 warnings \(and 12 notes\)/)
  })
})

describe("a shadow that fails in the CMS", () => {
  it("is named in place of its part, with the error and what to do; the rest of the preview still shows", () => {
    failing.add("join-footer")
    const { container } = render(<Preview entry={entry(content())} />)
    const alert = screen.getByRole("alert")
    expect(alert.getAttribute("data-component")).toBe("join-footer")
    expect(alert.textContent).toContain("The preview cannot show the join-footer part of the page")
    expect(alert.textContent).toContain(
      `the theme's join-footer component (or the site's shadow of it, or a component inside it) failed in the CMS with “${NO_STORE}”`,
    )
    expect(alert.textContent).toContain("src/gatsby-theme-openinfra-live/components/join-footer.js")
    expect(alert.textContent).toContain("registerOpenInfraLive(CMS, { wrapRootElement })")
    expect(alert.textContent).toContain("The published page is not affected")
    // Where the footer would be: after the past episodes, inside the page.
    expect(container.querySelector("main.oil-main")!.lastElementChild).toBe(alert)
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(HEADING)
    expect(within(screen.getByRole("region", { name: "Past episodes" })).getAllByRole("article").length).toBeGreaterThan(0)
    expect(screen.getByRole("status").textContent).toMatch(/^The build would report 2 warnings \(and 12 notes\)/)
  })

  it("works in the preview with the site's wrapRootElement, which gives it the store", () => {
    failing.add("join-footer")
    const WithStore = makeOpenInfraLivePreview({ wrapRootElement: ({ element }) => <Provider store={store}>{element}</Provider> })
    const { container } = render(<WithStore entry={entry(content())} />)
    expect(screen.queryByRole("alert")).toBeNull()
    expect(container.querySelector(".site-join")!.textContent).toBe("Welcome back, Ada")
    // The layout stays out: the page's chrome is the site's, not the preview's.
    expect(container.querySelector("header.site-header")).toBeNull()
  })

  it("is tried again at the next edit", () => {
    failing.add("hero")
    const first = entry(content())
    const { rerender } = render(<Preview entry={first} />)
    expect(screen.getByRole("alert").getAttribute("data-component")).toBe("hero")
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull()
    failing.delete("hero")
    // The same entry again (a render with no edit): the message stays, rather than a part failing at every render.
    rerender(<Preview entry={first} />)
    expect(screen.getByRole("alert").getAttribute("data-component")).toBe("hero")
    const edited = { ...content(), hero: { ...(FIXTURE.hero as object), title: "A new title" } }
    rerender(<Preview entry={entry(edited)} />)
    expect(screen.queryByRole("alert")).toBeNull()
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("A new title")
  })

  it("shows a message, never a blank pane, when the whole preview fails", () => {
    const Broken = makeOpenInfraLivePreview({
      wrapRootElement: () => {
        throw new Error("the store is not configured")
      },
    })
    render(<Broken entry={entry(content())} />)
    const alert = screen.getByRole("alert")
    expect(alert.getAttribute("data-component")).toBe("page")
    expect(alert.textContent).toContain("The preview cannot show the page: it failed in the CMS with “the store is not configured”.")
  })
})
