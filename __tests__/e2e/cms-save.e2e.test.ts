/**
 * The foundation-shaped show in the CMSs themselves, in Chromium: Netlify CMS 2.14 (the foundation's) and
 * Decap CMS 3, on their in-browser test backend, with a made-up foundation's config in the real one's
 * shapes as `cms-config --config` fits it and its 73-episode show file (__tests__/fixtures/cms). The list shows each
 * episode's date, and a save writes what the editor changed and nothing else: the theme's preSave
 * (src/cms/ids.ts) used to write an id into every episode, a 301-line diff for one renamed episode. The
 * theme's topics widget (src/cms/topics-widget.tsx) suggests the show's topics and saves a list. The
 * preSave and the widget are bundled here on their own, and registered as registerOpenInfraLive does.
 *
 * Netlify CMS 2.14.48 and React 17 come from the foundation-like site the integration tests install
 * (__tests__/integration/existing-site.test.ts), as the UMD files gatsby-plugin-netlify-cms copies; Decap
 * CMS 3 and React 19 from this repository, bundled from their modules as `bundleCmsDependencies` has the
 * site's webpack do (React 19 has no UMD files).
 */
import fs from "fs"
import path from "path"
import type { Browser, Locator, Page } from "playwright-core"
import { mergeShowEntry } from "../../src/cli/merge-config"
import { changedLines } from "../helpers/cms"
import { EXISTING_SITE, REPO, TEST_NOW } from "../helpers/gatsby"

/* eslint-disable @typescript-eslint/no-require-imports */
const { serve } = require("../../scripts/static-server.js") as { serve: (root: string) => Promise<{ url: string; close: () => Promise<void> }> }
const { launchChromium } = require("../../scripts/chromium.js") as { launchChromium: () => Promise<Browser> }
const esbuild = require("esbuild") as {
  buildSync: (options: object) => { outputFiles: Array<{ path: string; text: string }> }
  build: (options: object) => Promise<{ outputFiles: Array<{ path: string; text: string }> }>
}
/* eslint-enable @typescript-eslint/no-require-imports */

const FIXTURES = path.join(REPO, "__tests__", "fixtures", "cms")
const SHOW = fs.readFileSync(path.join(FIXTURES, "foundation-show.md"), "utf8")
const PAGES = path.join(REPO, ".tmp", "cms-save")

const CMSS = {
  "Netlify CMS 2.14": {
    global: "NetlifyCmsApp",
    files: {
      "react.production.min.js": path.join(EXISTING_SITE, "node_modules", "react", "umd", "react.production.min.js"),
      "react-dom.production.min.js": path.join(EXISTING_SITE, "node_modules", "react-dom", "umd", "react-dom.production.min.js"),
      "cms.js": path.join(EXISTING_SITE, "node_modules", "netlify-cms-app", "dist", "netlify-cms-app.js"),
    },
  },
  "Decap CMS 3": { global: "DecapCmsApp", files: {} },
} as const
type CmsName = keyof typeof CMSS

/** `react` as the page has it: the CMS's own, on `window` (the UMD file's, or the Decap bundle's). */
const windowReact = {
  name: "window-react",
  setup(build: { onResolve: (options: object, callback: () => object) => void; onLoad: (options: object, callback: () => object) => void }) {
    build.onResolve({ filter: /^react$/ }, () => ({ path: "react", namespace: "window-react" }))
    build.onLoad({ filter: /.*/, namespace: "window-react" }, () => ({ contents: "module.exports = window.React", loader: "js" }))
  },
}

/** An /admin/ page: the CMS, the theme's preSave for the entry and topics widget, and the config `cms-config --config` makes of the fixture's. */
async function adminPage(name: CmsName): Promise<string> {
  const cms = CMSS[name]
  const root = path.join(PAGES, name.replace(/\W+/g, "-"))
  const admin = path.join(root, "admin")
  fs.mkdirSync(admin, { recursive: true })
  for (const [file, source] of Object.entries(cms.files)) {
    if (!fs.existsSync(source)) throw new Error(`${source} is missing: run \`npx jest __tests__/integration/existing-site.test.ts\` first (\`npm test\` does).`)
    fs.copyFileSync(source, path.join(admin, file))
  }
  if (Object.keys(cms.files).length === 0) {
    // React, ReactDOM and the CMS in one script, from their modules, the CMS on window as its UMD file puts it.
    const app = esbuild.buildSync({
      stdin: {
        contents: `import * as React from "react"\nimport CMS from "decap-cms-app"\nwindow.${cms.global} = CMS\nwindow.React = React`,
        resolveDir: REPO,
        loader: "js",
      },
      bundle: true,
      format: "iife",
      target: "es2019",
      minify: true,
      define: { "process.env.NODE_ENV": '"production"', global: "window" },
      loader: { ".wasm": "file" },
      outdir: admin,
      write: false,
    })
    fs.writeFileSync(path.join(admin, "cms.js"), app.outputFiles.find((file) => file.path.endsWith(".js"))!.text)
  }
  const bundle = await esbuild.build({
    stdin: {
      contents:
        'export { showPreSave } from "./src/cms/ids"\nexport { TOPICS_WIDGET } from "./src/cms/topics-field"\nexport { TopicsControl, TopicsPreview } from "./src/cms/topics-widget"',
      resolveDir: REPO,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    globalName: "OpenInfraLiveCms",
    target: "es2017",
    // React.createElement: Netlify CMS 2's React 17 comes as a UMD file, which has no jsx-runtime.
    jsx: "transform",
    tsconfigRaw: { compilerOptions: { jsx: "react" } },
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [windowReact],
    write: false,
  })
  fs.writeFileSync(path.join(admin, "openinfra-live.js"), bundle.outputFiles[0]!.text)
  let config = fs.readFileSync(path.join(FIXTURES, "foundation-config.yml"), "utf8").replace(/^backend:\n(?: {2}.*\n)+/m, "backend:\n  name: test-repo\n")
  // The config's `time_format: "HH:mm"` alone (the foundation's has it) makes Decap CMS 3's date a time-only picker, which writes
  // "12:00" as the date (cms-config --config warns of it): the config as it would be for Decap CMS 3, without it.
  if (name === "Decap CMS 3") config = config.replace(', time_format: "HH:mm"', "")
  fs.writeFileSync(path.join(admin, "config.yml"), mergeShowEntry(config, {}).text)
  fs.writeFileSync(
    path.join(admin, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><title>Content Manager</title>
${Object.keys(cms.files).length === 0 ? "" : '<script src="react.production.min.js"></script><script src="react-dom.production.min.js"></script>'}
<script src="cms.js"></script><script src="openinfra-live.js"></script></head><body><script>
const CMS = window.${cms.global}.default || window.${cms.global}
CMS.registerEventListener({ name: "preSave", handler: OpenInfraLiveCms.showPreSave({ name: "openinfra-live-page", templateKey: "openinfra-live", mode: "changed" }) })
CMS.registerWidget(OpenInfraLiveCms.TOPICS_WIDGET, OpenInfraLiveCms.TopicsControl, OpenInfraLiveCms.TopicsPreview)
CMS.init()
</script></body></html>`,
  )
  return root
}

let browser: Browser
const servers: Array<{ url: string; close: () => Promise<void> }> = []
const urls = new Map<CmsName, string>()

beforeAll(async () => {
  browser = await launchChromium()
  for (const name of Object.keys(CMSS) as CmsName[]) {
    const server = await serve(await adminPage(name))
    servers.push(server)
    urls.set(name, server.url)
  }
}, 60_000)

afterAll(async () => {
  await browser?.close()
  for (const server of servers) await server.close()
})

/** The show's entry open in the CMS, the repository holding the fixture's show file. */
async function openShow(name: CmsName): Promise<{ page: Page; errors: string[]; saved: () => Promise<string>; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: "America/Chicago" })
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  )
  const page = await context.newPage()
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(String(error)))
  await page.clock.install({ time: new Date(TEST_NOW) })
  await page.addInitScript((content) => {
    ;(window as unknown as { repoFiles: unknown }).repoFiles = { src: { pages: { "openinfra-live": { "index.md": { content } } } } }
  }, SHOW)
  await page.goto(`${urls.get(name)}/admin/`)
  await page.getByRole("button", { name: /login/i }).click()
  // The collection, then its file (guests.md is the other).
  await page.getByText("Open Cloud Live", { exact: true }).first().click()
  await page
    .getByRole("link", { name: /Open Cloud Live/ })
    .or(page.getByText("Open Cloud Live", { exact: true }).last())
    .last()
    .click()
  await page.locator('[class*="listControlItem"]').first().waitFor()
  const saved = () =>
    page.evaluate(
      () =>
        (window as unknown as { repoFiles: { src: { pages: Record<string, Record<string, { content: string }>> } } }).repoFiles.src.pages["openinfra-live"]![
          "index.md"
        ]!.content,
    )
  return { page, errors, saved, close: () => context.close() }
}

async function publish(page: Page, saved: () => Promise<string>): Promise<string> {
  await page.getByRole("button", { name: /^Publish$/ }).click()
  await page.getByText("Publish now", { exact: true }).click()
  const deadline = Date.now() + 15_000
  while ((await saved()) === SHOW && Date.now() < deadline) await page.waitForTimeout(100)
  return saved()
}

/** The `n`th item of the episodes list (0: the file's first episode), expanded. */
async function openEpisode(page: Page, n: number) {
  const item = page.locator('[class*="listControlItem"]').nth(n)
  await item.locator("button").first().click()
  return item
}

/** The topics an episode's widget lists, each with its remove button's ×. */
const topicsOf = (item: Locator) => item.getByRole("list", { name: "Topics" }).getByRole("listitem").allTextContents()

/** Each episode's text, which starts with its collapsed header: its summary. */
const summaries = (page: Page) => page.locator('[class*="listControlItem"]').allTextContents()

describe.each(Object.keys(CMSS) as CmsName[])("the foundation-shaped show in %s, its config fitted by cms-config --config", (name) => {
  it("lists the 73 episodes by their date and title, with no Invalid date", async () => {
    const { page, errors, close } = await openShow(name)
    const texts = await summaries(page)
    expect(texts).toHaveLength(73)
    expect(texts.filter((text) => /invalid date/i.test(text))).toEqual([])
    expect(texts.filter((text) => !/^\d{4}-\d\d-\d\d \d\d:\d\d UTC-0[56]:00 · /.test(text))).toEqual([])
    expect(texts[0]).toMatch(/^2026-06-11 09:00 UTC-05:00 · The Automation Lessons Turnstile Already Learned/)
    expect(texts[1]).toMatch(/^2026-04-09 09:00 UTC-05:00 · Tessera 2026.1 Galena: Anvil Deep Dive/)
    expect(errors).toEqual([])
    await close()
  })

  it("saves a renamed episode as one changed line", async () => {
    const { page, errors, saved, close } = await openShow(name)
    const item = await openEpisode(page, 1)
    await item.locator('input[type="text"]').first().fill("Anvil Deep Dive")
    const after = await publish(page, saved)
    expect(changedLines(SHOW, after)).toEqual({ added: 1, removed: 1 })
    expect(after).toContain("\n    episodeTitle: Anvil Deep Dive\n")
    expect(errors).toEqual([])
    await close()
  })

  it("suggests the show's topics in the theme's widget, and saves an episode's topics as a list", async () => {
    const { page, errors, saved, close } = await openShow(name)
    const first = await openEpisode(page, 1)
    const firstTopics = first.getByRole("combobox", { name: /^Topics/ })
    // Half typed when the editor goes to another tab and comes back: still in the box, not a topic.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send("Emulation.setFocusEmulationEnabled", { enabled: false })
    await firstTopics.pressSequentially("Kata Cont")
    const other = await page.context().newPage()
    await other.bringToFront()
    await page.bringToFront()
    expect(await firstTopics.inputValue()).toBe("Kata Cont")
    expect(await first.getByRole("list", { name: "Topics" }).count()).toBe(0)
    await other.close()
    await firstTopics.focus()
    await firstTopics.pressSequentially("ainers, security")
    await firstTopics.press("Enter")
    expect(await topicsOf(first)).toEqual(["Kata Containers×", "security×"])

    const second = await openEpisode(page, 2)
    const secondTopics = second.getByRole("combobox", { name: /^Topics/ })
    await secondTopics.focus()
    // The show's topics, which the first episode has now, most used first (a tie: by name).
    const offered = () => second.locator("datalist option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    expect(await offered()).toEqual(["Kata Containers", "security"])
    // Typed otherwise, a topic takes the show's spelling.
    await secondTopics.pressSequentially("KATA-containers")
    await secondTopics.press("Enter")
    expect(await offered()).toEqual(["security"])
    // Picked from the browser's list of suggestions, added at once. Headless Chromium shows no list to pick from: the
    // page gets what Chromium sends for a pick, the option's value and an input event of type insertReplacementText.
    await secondTopics.evaluate((input: HTMLInputElement) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, input.list!.options[0]!.value)
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }))
    })
    expect(await topicsOf(second)).toEqual(["Kata Containers×", "security×"])
    expect(await secondTopics.inputValue()).toBe("")

    const after = await publish(page, saved)
    expect(after.match(/\n {4}topics:\n {6}- Kata Containers\n {6}- security\n/g)).toHaveLength(2)
    expect(changedLines(SHOW, after)).toEqual({ added: 6, removed: 0 })
    expect(errors).toEqual([])
    await close()
  })

  it("does not save while a topics box holds a topic the build would drop, and says why", async () => {
    const { page, errors, saved, close } = await openShow(name)
    const item = await openEpisode(page, 1)
    const topics = item.getByRole("combobox", { name: /^Topics/ })
    // One added (the entry has a change to publish), one refused.
    await topics.pressSequentially("Zuul, ---")
    await topics.press("Enter")
    expect(await topics.inputValue()).toBe("---")
    await page.getByRole("button", { name: /^Publish$/ }).click()
    await page.getByText("Publish now", { exact: true }).click()
    await page.getByText('Topics: "---" is not added: "---" has no letter or digit. Mend it and press Enter, or clear the box.').waitFor()
    expect(await saved()).toBe(SHOW)
    // Both CMSs end a save that validation stops with `return Promise.reject()` (decap-cms-core actions/entries,
    // persistEntry), which nothing catches: the page's one error, as for any field the CMS finds invalid.
    expect(errors).toEqual(["undefined"])
    await close()
  })

  it("saves a new episode with its id, and nothing else", async () => {
    const { page, errors, saved, close } = await openShow(name)
    await page.getByRole("button", { name: /Add episode/ }).click()
    const item = page.locator('[class*="listControlItem"]').first()
    await item.locator('input[type="text"]').first().fill("Zuul at Ten")
    // Netlify CMS 2 starts a new date at now, Decap CMS 3 empty: the editor's "Now" either way.
    await item.getByRole("button", { name: "Now" }).first().click()
    const after = await publish(page, saved)
    const block = after.slice(after.indexOf("episodes:\n") + "episodes:\n".length, after.indexOf("\n  - ", after.indexOf("episodes:\n") + 12) + 1)
    expect(block).toMatch(/^ {2}- hidden: true\n {4}date: "?2026-12-01T\d\d:\d\d:\d\d\.\d{3}Z"?\n {4}episodeTitle: Zuul at Ten\n {4}id: d-20261201t\d{4}z\n$/)
    expect(changedLines(SHOW, after)).toEqual({ added: block.split("\n").length - 1, removed: 0 })
    expect(errors).toEqual([])
    await close()
  })
})
