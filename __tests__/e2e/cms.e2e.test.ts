/**
 * The example site's /admin/ in Chromium: Decap CMS 3 on its in-browser test backend, with the
 * theme's collection, preview and topics widget. An editor opens the show, renames an episode and
 * sees it in the preview, then clears a date and sees the build's error listed above the page; adds
 * a topic from the show's suggestions and sees it on the episode's card.
 */
import path from "path"
import type { FrameLocator, Page } from "playwright-core"
import { browserSuite, SCREENSHOTS, settle } from "../helpers/browser"
import { REPO } from "../helpers/gatsby"

const PUBLIC = path.join(REPO, "example-site", "public")
const { session } = browserSuite(PUBLIC, "example-site is not built: run `npm run test:e2e`, which builds it.")

async function openShow(): Promise<{ page: Page; preview: FrameLocator; errors: string[]; close: () => Promise<void> }> {
  const context = await session().browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: "America/Chicago" })
  // Nothing leaves this machine: thumbnails and the identity widget's requests are refused.
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  )
  const page = await context.newPage()
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(String(error)))
  await page.goto(`${session().url}/admin/`)
  await page.getByRole("button", { name: /login/i }).click()
  await page.getByText("OpenInfra Live", { exact: true }).click()
  const preview = page.frameLocator("#preview-pane")
  await preview.locator(".oil-preview-problems").waitFor()
  return { page, preview, errors, close: () => context.close() }
}

/** The episodes list item whose summary names `title`, expanded. */
async function episodeItem(page: Page, title: string) {
  const item = page
    .locator('[class*="SortableListItem"]')
    .filter({ hasText: `· ${title}` })
    .first()
  await item.locator("button").first().click()
  await item.locator('input[type="datetime-local"]').waitFor()
  return item
}

describe("/admin/ with the theme's preview", () => {
  it("lists the episodes by their date and title, whatever form the file gives a date in", async () => {
    const { page, errors, close } = await openShow()
    // The items of the episodes list (the hero's links are a list too).
    const summaries = (await page.locator('[id^="episodes-field-"] [class*="SortableListItem"]').allTextContents()).map((text) =>
      /^(.*?· [^·]*?)(?=Draft|$)/.exec(text)?.[1]?.trim(),
    )
    expect(summaries).toHaveLength(18)
    expect(summaries.filter((summary) => summary === undefined || /invalid/i.test(summary))).toEqual([])
    // In the editor's zone (America/Chicago here), with its offset: what the CMSs' date filter can write.
    expect(summaries).toContain("2021-07-22 09:00 UTC-05:00 · Kata Containers") // unquoted, which the CMS reads into a Date
    expect(summaries).toContain("2021-06-02 19:00 UTC-05:00 · OpenInfra AMA (Ask Me Anything)") // migrated midnight UTC
    expect(summaries).toContain("2099-01-22 09:00 UTC-06:00 · Zuul at Ten") // with seconds, read as text
    expect(errors).toEqual([])
    await close()
  })

  it("previews the show as it is edited, and lists the build's problems", async () => {
    const { page, preview, errors, close } = await openShow()
    expect(await preview.locator("h1").first().textContent()).toBe("Conversations around all things open infrastructure")
    // The example content has three warnings the build reports too, and a note for each migrated midnight-UTC date
    // and for each organisation listed as a speaker (Canonical, OVH, T-Systems, Whitestack).
    expect(await preview.locator(".oil-preview-problems__item--warning").count()).toBe(3)
    expect(await preview.locator(".oil-preview-problems__item--info").count()).toBe(12)

    const zuul = await episodeItem(page, "Zuul at Ten")
    await zuul.locator('input[type="text"]').first().fill("Zuul at Ten: the Anniversary Show")
    await preview.getByRole("heading", { name: "Zuul at Ten: the Anniversary Show" }).waitFor()

    // The date picker only takes real dates: clearing it is the bad date an editor can make here.
    await zuul.getByRole("button", { name: "Clear" }).click()
    const error = preview.locator(".oil-preview-problems li", { hasText: "Error:" })
    await error.waitFor()
    expect(await error.textContent()).toBe(
      'Error: episode 17 "Zuul at Ten: the Anniversary Show": date is missing (write it in UTC as 2021-07-22T14:00:00.000Z). An episode cannot be placed in the schedule without its date.',
    )
    expect(await preview.locator(".oil-preview-problems__summary").textContent()).toMatch(
      /^The build would report 1 error and 1 warning \(and 12 notes\), and would stop: 16 published episodes, 1 draft left out\.$/,
    )
    // The episode the build could not place is not on the page either.
    expect(await preview.getByRole("heading", { name: "Zuul at Ten: the Anniversary Show" }).count()).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, "cms-preview.png") })
    expect(errors).toEqual([])
    await close()
  })

  it("suggests the show's topics for an episode, and previews the one added, spelled as the show spells it", async () => {
    const { page, preview, errors, close } = await openShow()
    const zuul = await episodeItem(page, "Zuul at Ten")
    const topics = zuul.getByRole("combobox", { name: /^Topics/ })
    expect(await zuul.getByRole("list", { name: "Topics" }).getByRole("listitem").allTextContents()).toEqual(["Zuul×", "CI/CD×"])
    await topics.focus()
    // Most used first: OpenStack is on four episodes, Large Scale on three (one writes it "large scale").
    const offered = await zuul.locator("datalist option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    expect(offered.slice(0, 4)).toEqual(["OpenStack", "Large Scale", "Edge Computing", "Upgrades"])
    expect(offered).not.toContain("Zuul")

    const largeScale = preview.getByRole("link", { name: "Large Scale", exact: true })
    const before = await largeScale.count()
    await topics.pressSequentially("large-scale")
    await topics.press("Enter")
    expect(await zuul.getByRole("list", { name: "Topics" }).getByRole("listitem").allTextContents()).toEqual(["Zuul×", "CI/CD×", "Large Scale×"])
    expect(await settle(() => largeScale.count(), before + 1)).toBe(before + 1)
    await zuul.getByRole("button", { name: "Remove CI/CD" }).click()
    expect(await zuul.getByRole("list", { name: "Topics" }).getByRole("listitem").allTextContents()).toEqual(["Zuul×", "Large Scale×"])
    expect(errors).toEqual([])
    await close()
  })
})
