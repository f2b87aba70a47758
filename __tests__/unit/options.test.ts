import fs from "fs"
import path from "path"
import { Joi, testPluginOptionsSchema } from "gatsby-plugin-utils"
import {
  DEFAULT_BASE_PATH,
  DEFAULTS,
  FEED_LIMITS,
  normalizeBasePath,
  OPTION_NAMES,
  OPTIONS,
  pluginOptionsSchema,
  resolveBasePath,
  withDefaults,
} from "../../src/content/options"

describe("theme options", () => {
  it("normalizes basePath slashes", () => {
    expect(normalizeBasePath("live")).toBe("/live/")
    expect(normalizeBasePath("/live")).toBe("/live/")
    expect(normalizeBasePath("//shows//live//")).toBe("/shows/live/")
    expect(normalizeBasePath(" ")).toBe("/")
  })

  it.each(["light", "dark", "light dark"] as const)("takes colorScheme %j, and only the CSS color-scheme values it names", async (scheme) => {
    expect(withDefaults({ colorScheme: scheme }).colorScheme).toBe(scheme)
    expect((await testPluginOptionsSchema(pluginOptionsSchema, { colorScheme: scheme })).isValid).toBe(true)
  })

  it.each(["auto", "dark light", "Light", true])("refuses colorScheme %j", async (scheme) => {
    const result = await testPluginOptionsSchema(pluginOptionsSchema, { colorScheme: scheme })
    expect(result.isValid).toBe(false)
    expect(result.errors.join(" ")).toMatch(/colorScheme/)
  })

  it.each([
    ["UTC", "UTC"],
    ["America/Chicago", "America/Chicago"],
    [" Europe/Paris ", "Europe/Paris"],
    ["europe/berlin", "Europe/Berlin"],
    ["utc", "UTC"],
    // ICU's canonical name, which browsers report a viewer in India by: the switch compares the two.
    ["Asia/Kolkata", new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Kolkata" }).resolvedOptions().timeZone],
  ])("takes timeZone %j, an IANA name, as Intl names it (%j)", async (zone, read) => {
    expect(withDefaults({ timeZone: zone }).timeZone).toBe(read)
    expect((await testPluginOptionsSchema(pluginOptionsSchema, { timeZone: zone })).isValid).toBe(true)
  })

  it.each(["CEST", "Europe/Berln", "GMT+2 ", "", 2])("refuses timeZone %j, saying what a zone looks like", async (zone) => {
    const result = await testPluginOptionsSchema(pluginOptionsSchema, { timeZone: zone })
    expect(result.isValid).toBe(false)
    expect(result.errors.join(" ")).toMatch(/timeZone/)
    expect(withDefaults({ timeZone: zone as string }).timeZone).toBe("UTC")
  })

  it("fills in defaults in one place", () => {
    const outputs = {
      episodePages: true,
      peoplePages: true,
      calendar: true,
      feed: true,
      thumbnails: "local",
      thumbnailBaseUrl: "https://i.ytimg.com",
      timeZone: "UTC",
      shareImages: true,
      colorScheme: "light",
    }
    expect(withDefaults()).toEqual({
      basePath: null,
      contentPath: null,
      templateKey: DEFAULTS.templateKey,
      airingWindowMinutes: 90,
      episodesPerPage: 6,
      feedLimit: 50,
      ...outputs,
    })
    expect(
      withDefaults({
        basePath: "show",
        contentPath: " content/live ",
        templateKey: " weekly ",
        airingWindowMinutes: 45,
        episodesPerPage: 5,
        feedLimit: 20,
        feed: false,
      }),
    ).toEqual({
      basePath: "/show/",
      contentPath: "content/live",
      templateKey: "weekly",
      airingWindowMinutes: 45,
      episodesPerPage: 5,
      feedLimit: 20,
      ...outputs,
      feed: false,
    })
  })

  it.each([
    [undefined, 50],
    [1, 1],
    [50, 50],
    [10000, 10000],
    [0, 50],
    [10001, 50],
    [12.5, 50],
    ["30", 50],
  ])("resolves feedLimit %p to %p (integers 1–10000, else the default)", (feedLimit, resolved) => {
    expect(DEFAULTS.feedLimit).toBe(50)
    expect(FEED_LIMITS).toEqual({ min: 1, max: 10000 })
    expect(withDefaults({ feedLimit } as { feedLimit?: number }).feedLimit).toBe(resolved)
  })

  it("declares feedLimit with the other options", async () => {
    expect(OPTION_NAMES).toContain("feedLimit")
    expect(OPTION_NAMES.indexOf("feedLimit")).toBe(OPTION_NAMES.indexOf("episodesPerPage") + 1)
    for (const feedLimit of [1, 50, 10000]) {
      expect(await testPluginOptionsSchema(pluginOptionsSchema, { feedLimit })).toMatchObject({ isValid: true, errors: [] })
    }
  })

  it("takes the page path from the option, else seo.url, else /live/", () => {
    expect(resolveBasePath("/tv/", "https://openinfra.dev/live/")).toBe("/tv/")
    expect(resolveBasePath(null, "https://openinfra.dev/live")).toBe("/live/")
    expect(resolveBasePath(null, null)).toBe("/live/")
  })

  it("accepts valid options", async () => {
    const result = await testPluginOptionsSchema(pluginOptionsSchema, {
      basePath: "/live/",
      contentPath: "content/live",
      templateKey: "openinfra-live",
      airingWindowMinutes: 120,
      episodesPerPage: 20,
      feedLimit: 100,
      episodePages: false,
      calendar: false,
      feed: true,
      thumbnails: "youtube",
      thumbnailBaseUrl: "http://127.0.0.1:8080/mirror",
    })
    expect(result).toEqual({ isValid: true, errors: [], warnings: [], hasWarnings: false })
  })

  it.each([
    [{ basePath: 5 }, '"basePath" must be a string'],
    [{ basePath: "https://openinfra.dev/live/" }, '"basePath" must be a path of the site, such as /live/, not https://openinfra.dev/live/'],
    [{ contentPath: ["a"] }, '"contentPath" must be a string'],
    [{ templateKey: "" }, '"templateKey" is not allowed to be empty'],
    [{ templateKey: false }, '"templateKey" must be a string'],
    [{ airingWindowMinutes: 0 }, '"airingWindowMinutes" must be greater than or equal to 1'],
    [{ airingWindowMinutes: 1.5 }, '"airingWindowMinutes" must be an integer'],
    [{ airingWindowMinutes: 2000 }, '"airingWindowMinutes" must be less than or equal to 1440'],
    [{ airingWindowMinutes: "90" }, '"airingWindowMinutes" must be a number'],
    [{ episodesPerPage: 0 }, '"episodesPerPage" must be greater than or equal to 1'],
    [{ episodesPerPage: 1000 }, '"episodesPerPage" must be less than or equal to 500'],
    [{ feedLimit: 0 }, '"feedLimit" must be greater than or equal to 1'],
    [{ feedLimit: -5 }, '"feedLimit" must be greater than or equal to 1'],
    [{ feedLimit: 10001 }, '"feedLimit" must be less than or equal to 10000'],
    [{ feedLimit: 2.5 }, '"feedLimit" must be an integer'],
    [{ feedLimit: "50" }, '"feedLimit" must be a number'],
    [{ feedLimit: null }, '"feedLimit" must be a number'],
    [{ calendar: "no" }, '"calendar" must be a boolean'],
    [{ feed: 1 }, '"feed" must be a boolean'],
    [{ episodePages: null }, '"episodePages" must be a boolean'],
    [{ thumbnails: "remote" }, '"thumbnails" must be one of [local, youtube]'],
    [{ thumbnailBaseUrl: "ftp://mirror.example/" }, '"thumbnailBaseUrl" must be a valid uri with a scheme matching the http|https pattern'],
    [
      { contentpath: "content" },
      '"contentpath" is not an option of gatsby-theme-openinfra-live: did you mean "contentPath"? Its options are basePath, contentPath, templateKey, airingWindowMinutes, episodesPerPage, feedLimit, episodePages, peoplePages, calendar, feed, thumbnails, thumbnailBaseUrl, timeZone, shareImages, colorScheme.',
    ],
    [{ episodesPerPge: 5 }, expect.stringMatching(/^"episodesPerPge" is not an option of gatsby-theme-openinfra-live: did you mean "episodesPerPage"\?/)],
    [{ airingWindow: 60 }, expect.stringMatching(/^"airingWindow" is not an option of gatsby-theme-openinfra-live: did you mean "airingWindowMinutes"\?/)],
    [{ feedlimit: 10 }, expect.stringMatching(/^"feedlimit" is not an option of gatsby-theme-openinfra-live: did you mean "feedLimit"\?/)],
    [{ feedLimt: 10 }, expect.stringMatching(/^"feedLimt" is not an option of gatsby-theme-openinfra-live: did you mean "feedLimit"\?/)],
    [{ colour: "red" }, expect.stringMatching(/^"colour" is not an option of gatsby-theme-openinfra-live\. Its options are basePath, /)],
  ])("refuses %p, naming the option", async (options, message) => {
    const result = await testPluginOptionsSchema(pluginOptionsSchema, options)
    expect(result.isValid).toBe(false)
    expect(result.errors).toEqual([message])
  })

  describe("declared once, in OPTIONS", () => {
    const described = pluginOptionsSchema({ Joi }).describe() as { keys: Record<string, { flags?: { default?: unknown; description?: string } }> }

    it("gives the schema, in the table's order, each option's default and description", () => {
      expect(Object.keys(described.keys)).toEqual(OPTION_NAMES)
      expect(OPTION_NAMES).toEqual(Object.keys(OPTIONS))
      for (const name of OPTION_NAMES) {
        const { flags } = described.keys[name]!
        const spec = OPTIONS[name]
        expect(flags?.default).toEqual(spec.default === null ? undefined : spec.default)
        expect(flags?.description?.startsWith(spec.description)).toBe(true)
      }
      expect(described.keys.templateKey!.flags!.description).toBe('The frontmatter templateKey that marks the content file. Default: "openinfra-live".')
      expect(described.keys.basePath!.flags!.description).toMatch(/ Default: the path of the content's seo\.url, else "\/live\/"\.$/)
      expect(described.keys.contentPath!.flags!.description).not.toMatch(/Default/)
    })

    it("gives DEFAULTS (the options that have one) and withDefaults", () => {
      expect(DEFAULTS).toEqual(Object.fromEntries(OPTION_NAMES.filter((name) => OPTIONS[name].default !== null).map((name) => [name, OPTIONS[name].default])))
      expect(withDefaults()).toEqual(Object.fromEntries(OPTION_NAMES.map((name) => [name, OPTIONS[name].default])))
      expect(DEFAULT_BASE_PATH).toBe("/live/")
    })

    it("is what the README's table of options lists, with each default", () => {
      const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8")
      const table = readme.slice(readme.indexOf("## Options"), readme.indexOf("## The content file"))
      const rows = new Map([...table.matchAll(/^\| `(\w+)` *\|[^|]*\|([^|]*)\|/gm)].map((match) => [match[1]!, match[2]!.replace(/[`"]/g, "").trim()]))
      expect([...rows.keys()].sort()).toEqual([...OPTION_NAMES].sort())
      for (const name of OPTION_NAMES) {
        const value = OPTIONS[name].default
        expect(rows.get(name)).toContain(value === null ? (name === "basePath" ? DEFAULT_BASE_PATH : "none") : String(value))
      }
    })
  })
})
