/** Link fields, calendar invites and the footer button. */
import { calendarInviteUrl, httpUrl, servedPath, siteOrHttpUrl, trailingSlashOption } from "../../src/node/urls"

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
    expect(calendarInviteUrl(input)).toMatchObject({ ok: true, url: expected })
  })

  it.each(["javascript:alert(1)", "../../etc/passwd", "/static/", "static/invites/<x>.ics"])("refuses the invite %s", (input) => {
    expect(calendarInviteUrl(input).ok).toBe(false)
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
