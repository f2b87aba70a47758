/** Link fields, calendar invites and the footer button. */
import { siteFileUrl, siteLinkUrl, httpUrl, servedPath, siteOrHttpUrl, trailingSlashOption } from "../../src/content/urls"

describe("URLs", () => {
  it("keeps http(s) links and upgrades protocol-relative ones", () => {
    expect(httpUrl(" https://www.facebook.com/104139126308032/posts/4096084423780129/ ")).toEqual({
      ok: true,
      url: "https://www.facebook.com/104139126308032/posts/4096084423780129/",
    })
    expect(httpUrl("//superuser.openstack.org/articles/x/")).toEqual({ ok: true, url: "https://superuser.openstack.org/articles/x/" })
  })

  it.each(["javascript:alert(1)", "data:text/html,hi", "ftp://example.org/x", "www.facebook.com/x", "/relative/path"])("refuses %s as a link", (input) => {
    expect(httpUrl(input).ok).toBe(false)
  })

  it("accepts site paths for the footer button, but not scheme tricks", () => {
    expect(siteOrHttpUrl("/join/")).toEqual({ ok: true, url: "/join/" })
    expect(siteOrHttpUrl("https://openinfra.dev/join/")).toEqual({ ok: true, url: "https://openinfra.dev/join/" })
    expect(siteOrHttpUrl("javascript:void(0)").ok).toBe(false)
    expect(siteOrHttpUrl("/join/<script>").ok).toBe(false)
  })

  it.each([
    ["/static/invites/openinfralive-july1.ics", "/invites/openinfralive-july1.ics"],
    ["static/invites/openinfralive-july1.ics", "/invites/openinfralive-july1.ics"],
    ["/invites/openinfralive-july1.ics", "/invites/openinfralive-july1.ics"],
    ["https://openinfra.dev/invites/x.ics", "https://openinfra.dev/invites/x.ics"],
  ])("serves the invite %s at %s", (input, expected) => {
    expect(siteFileUrl(input)).toMatchObject({ ok: true, url: expected })
  })

  it.each(["javascript:alert(1)", "../../etc/passwd", "/static/", "static/invites/<x>.ics"])("refuses the invite %s", (input) => {
    expect(siteFileUrl(input).ok).toBe(false)
  })
})

describe("siteFileUrl: a file of the site a field names", () => {
  const CONTENT = "src/pages/openinfra-live/index.md"
  it.each([
    // gatsby-remark-relative-images rewrites /img/x.png to a path relative to the markdown file.
    ["../../../static/img/oificon-social.png", "/img/oificon-social.png", "img/oificon-social.png"],
    ["./../../../static/img/a-b.png", "/img/a-b.png", "img/a-b.png"],
    ["/img/oificon-social.png", "/img/oificon-social.png", "img/oificon-social.png"],
    ["img/oificon-social.png", "/img/oificon-social.png", "img/oificon-social.png"],
    ["/static/img/oificon-social.png", "/img/oificon-social.png", "img/oificon-social.png"],
    ["/img/logo.svg?v=2", "/img/logo.svg", "img/logo.svg"],
  ])("serves %s at %s (the file static/%s)", (input, url, staticFile) => {
    expect(siteFileUrl(input, CONTENT)).toEqual({ ok: true, url, staticFile })
  })

  it("reads a link's path the same way when it is relative, and as a site path or URL otherwise", () => {
    expect(siteLinkUrl("../../../static/files/prospectus.pdf", CONTENT)).toEqual({ ok: true, url: "/files/prospectus.pdf" })
    expect(siteLinkUrl("/join/", CONTENT)).toEqual({ ok: true, url: "/join/" })
    expect(siteLinkUrl("//openinfra.dev/join/", CONTENT)).toEqual({ ok: true, url: "https://openinfra.dev/join/" })
    expect(siteLinkUrl("../join/", CONTENT).ok).toBe(false)
  })

  it("reads a relative path from the content file's own folder", () => {
    expect(siteFileUrl("../../static/x.png", "content/live.md")).toEqual({ ok: false, reason: expect.stringMatching(/above the site's folder/) })
    expect(siteFileUrl("../static/x.png", "content/live.md")).toMatchObject({ ok: true, url: "/x.png" })
  })

  it.each([
    ["../../img/x.png", /src\/img\/x\.png, outside the site's static\/ folder/],
    ["./logo.png", /src\/pages\/openinfra-live\/logo\.png, outside the site's static\/ folder/],
    ["../../../../x.png", /above the site's folder/],
    ["../../../static/", /names a folder/],
    ["data:image/png;base64,AAAA", /neither a site path nor an http\(s\) URL/],
  ])("refuses %s, saying why", (input, reason) => {
    const result = siteFileUrl(input, CONTENT)
    expect(result.ok).toBe(false)
    expect(result.ok ? "" : result.reason).toMatch(reason)
  })
})

describe("servedPath (Gatsby's trailingSlash option)", () => {
  it.each([
    ["/live/", "never", "/live"],
    ["/live/2021-07-22-kata/", "never", "/live/2021-07-22-kata"],
    ["/live/page/2/", "never", "/live/page/2"],
    ["/live/#kata", "never", "/live#kata"],
    ["/", "never", "/"],
    ["/#kata", "never", "/#kata"],
    ["/live/", "always", "/live/"],
    ["/live", "always", "/live/"],
    ["/live#kata", "always", "/live/#kata"],
    ["/live/", "ignore", "/live/"],
    ["/live/", "legacy", "/live/"],
  ] as const)("%s with %s is %s", (path, option, expected) => {
    expect(servedPath(path, option)).toBe(expected)
  })

  it("reads the option as gatsby-config gives it, Gatsby 5's default otherwise", () => {
    expect(["never", "ignore", "legacy", "always", undefined, "sometimes"].map(trailingSlashOption)).toEqual([
      "never",
      "ignore",
      "legacy",
      "always",
      "always",
      "always",
    ])
  })
})
