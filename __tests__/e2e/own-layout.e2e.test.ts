/**
 * The example site built with a shadow of `layout` that renders the site's own header, <main> and
 * footer and not the theme's wrapper (by __tests__/integration/example-content.test.ts): the theme's
 * styles must not depend on that wrapper. Colour contrast (axe, WCAG 2.1 AA) in light and dark mode.
 */
import path from "path"
import { axeViolations, browserSuite, DESKTOP, PHONE, SCREENSHOTS } from "../helpers/browser"
import { REPO } from "../helpers/gatsby"

const PUBLIC = path.join(REPO, ".tmp", "example-content", "own-layout", "public")
const { open } = browserSuite(PUBLIC, "The own-layout site is not built: run `npx jest __tests__/integration/example-content.test.ts` first (`npm test` does).")

describe("the theme's pages inside a site's own layout, without the theme's wrapper", () => {
  it.each([
    ["/live/", "phone", "light", PHONE],
    ["/live/", "desktop", "dark", DESKTOP],
    ["/live/2021-07-22-kata-containers/", "desktop", "light", DESKTOP],
    ["/live/2021-07-22-kata-containers/", "phone", "dark", PHONE],
  ] as const)("%s keeps its contrast and its focus ring (%s, %s mode); screenshot saved", async (pagePath, name, colorScheme, viewport) => {
    const { page, errors } = await open(pagePath, { viewport, colorScheme })
    expect(await page.locator(".oil").count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    // The join button: the accent's own text colour, not the browser's link blue.
    const button = page.locator(".oil-join__button")
    const [color, accentText] = await button.evaluate((element) => [
      getComputedStyle(element).color,
      getComputedStyle(document.documentElement).getPropertyValue("--oil-color-accent-text").trim(),
    ])
    const probe = await page.evaluate((value) => {
      const span = document.createElement("span")
      span.style.color = value
      document.body.append(span)
      const resolved = getComputedStyle(span).color
      span.remove()
      return resolved
    }, accentText)
    expect(color).toBe(probe)
    await button.focus()
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid")
    const slug = pagePath === "/live/" ? "live" : "episode"
    await page.screenshot({ path: path.join(SCREENSHOTS, `own-layout-${slug}-${name}-${colorScheme}.png`), fullPage: true })
  })
})
