/**
 * Downloading thumbnails against a real HTTP server on this machine, through Gatsby's own
 * fetchRemoteFile and a cache on disk, as the build does: what is served, what a failure gives,
 * and that a second build does not fetch again.
 */
import fs from "fs"
import http from "http"
import os from "os"
import path from "path"
import { fetchRemoteFile } from "gatsby-core-utils"
import { downloadThumbnails, keepingDownloads, thumbnailStore } from "../../src/build/thumbnail-download"
import { localThumbnail, remoteThumbnail, thumbnailDownloads } from "../../src/content/thumbnails"
import { makeEpisode } from "../helpers/episodes"

/** A mirror that has both sizes and WebP for "aaaaaaaaaaa", only the small JPEG for "bbbbbbbbbbb", nothing else. */
const FILES: Record<string, string> = {
  "/vi/aaaaaaaaaaa/hqdefault.jpg": "jpeg-a-hq",
  "/vi/aaaaaaaaaaa/sddefault.jpg": "jpeg-a-sd",
  "/vi_webp/aaaaaaaaaaa/hqdefault.webp": "webp-a-hq",
  "/vi_webp/aaaaaaaaaaa/sddefault.webp": "webp-a-sd",
  "/vi/bbbbbbbbbbb/hqdefault.jpg": "jpeg-b-hq",
}

let server: http.Server
let baseUrl: string
const requests: string[] = []

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(request.url ?? "")
    const body = FILES[request.url ?? ""]
    if (body === undefined) response.writeHead(404).end("not found")
    else response.writeHead(200, { "content-type": request.url!.endsWith(".webp") ? "image/webp" : "image/jpeg" }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

/** The part of Gatsby's cache that fetchRemoteFile uses: a folder and a key-value store, on disk. */
function diskCache(directory: string) {
  const store = path.join(directory, "store.json")
  const read = () => (fs.existsSync(store) ? (JSON.parse(fs.readFileSync(store, "utf8")) as Record<string, unknown>) : {})
  return {
    directory,
    get: async (key: string) => read()[key],
    set: async (key: string, value: unknown) => {
      fs.writeFileSync(store, JSON.stringify({ ...read(), [key]: value }))
      return value
    },
  }
}

const video = (id: string) => makeEpisode({ youtube: { ...makeEpisode().youtube!, id } })

describe("downloadThumbnails", () => {
  it("serves what the mirror has, falls back to a placeholder with one reason, and does not fetch again from the cache", async () => {
    const cache = diskCache(fs.mkdtempSync(path.join(os.tmpdir(), "oil-thumbs-")))
    const fetchFile = (url: string) => fetchRemoteFile({ url, cache: cache as never })
    const episodes = [video("aaaaaaaaaaa"), video("bbbbbbbbbbb"), video("ccccccccccc"), video("aaaaaaaaaaa"), makeEpisode({ youtube: null })]
    const result = await downloadThumbnails(episodes, { showPath: "/live/", baseUrl, fetchFile })

    expect(result.byVideo.get("aaaaaaaaaaa")).toEqual({
      src: "/live/thumbnails/aaaaaaaaaaa-hqdefault.jpg",
      srcSet: "/live/thumbnails/aaaaaaaaaaa-hqdefault.jpg 480w, /live/thumbnails/aaaaaaaaaaa-sddefault.jpg 640w",
      webpSrcSet: "/live/thumbnails/aaaaaaaaaaa-hqdefault.webp 480w, /live/thumbnails/aaaaaaaaaaa-sddefault.webp 640w",
      width: 480,
      height: 360,
    })
    expect(result.byVideo.get("bbbbbbbbbbb")).toEqual({
      src: "/live/thumbnails/bbbbbbbbbbb-hqdefault.jpg",
      srcSet: "/live/thumbnails/bbbbbbbbbbb-hqdefault.jpg 480w",
      webpSrcSet: null,
      width: 480,
      height: 360,
    })
    expect(result.byVideo.get("ccccccccccc")).toBeNull()
    expect([...result.failures.keys()]).toEqual(["ccccccccccc"])
    expect(result.failures.get("ccccccccccc")).toMatch(new RegExp(`^${baseUrl}/vi/ccccccccccc/hqdefault\\.jpg: .*404`))
    // Each file once (the video shown twice is fetched once), with the content the mirror served.
    expect(result.files.map((file) => file.to)).toEqual([
      "/live/thumbnails/aaaaaaaaaaa-hqdefault.jpg",
      "/live/thumbnails/aaaaaaaaaaa-hqdefault.webp",
      "/live/thumbnails/aaaaaaaaaaa-sddefault.jpg",
      "/live/thumbnails/aaaaaaaaaaa-sddefault.webp",
      "/live/thumbnails/bbbbbbbbbbb-hqdefault.jpg",
    ])
    expect(fs.readFileSync(result.files[1]!.from, "utf8")).toBe("webp-a-hq")

    const fetched = requests.length
    const again = await downloadThumbnails(episodes, { showPath: "/live/", baseUrl, fetchFile })
    expect(again.files.map((file) => file.to)).toEqual(result.files.map((file) => file.to))
    // Only what failed is asked for again.
    expect(requests.slice(fetched).filter((url) => url.includes("aaaaaaaaaaa") || url.includes("bbbbbbbbbbb/hqdefault.jpg"))).toEqual([])
  })

  it("gives up on a host that cannot be reached, with a reason and no exception", async () => {
    const fetchFile = (url: string) => fetchRemoteFile({ url, cache: diskCache(fs.mkdtempSync(path.join(os.tmpdir(), "oil-thumbs-"))) as never })
    const result = await downloadThumbnails([video("aaaaaaaaaaa")], { showPath: "/live/", baseUrl: "http://127.0.0.1:9", fetchFile })
    expect(result.byVideo.get("aaaaaaaaaaa")).toBeNull()
    expect(result.files).toEqual([])
    expect(result.failures.get("aaaaaaaaaaa")).toMatch(/^http:\/\/127\.0\.0\.1:9\/vi\/aaaaaaaaaaa\/hqdefault\.jpg: /)
  }, 60_000)
})

describe("keepingDownloads", () => {
  it("survives `gatsby clean`: a new, empty Gatsby cache fetches nothing the site kept, and failures are tried again", async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), "oil-site-"))
    const build = () => {
      // Each build starts from an empty Gatsby cache, as after `gatsby clean`.
      const cache = diskCache(fs.mkdtempSync(path.join(os.tmpdir(), "oil-cache-")))
      return keepingDownloads((url) => fetchRemoteFile({ url, cache: cache as never }), thumbnailStore(site))
    }
    const episodes = [video("aaaaaaaaaaa"), video("ccccccccccc")]
    const first = await downloadThumbnails(episodes, { showPath: "/live/", baseUrl, fetchFile: build() })
    expect(first.files).toHaveLength(4)
    for (const file of first.files)
      expect(file.from.startsWith(path.join(site, "node_modules", ".cache", "gatsby-theme-openinfra-live", "thumbnails"))).toBe(true)
    const before = requests.length
    const second = await downloadThumbnails(episodes, { showPath: "/live/", baseUrl, fetchFile: build() })
    expect(second.files.map((file) => [file.to, fs.readFileSync(file.from, "utf8")])).toEqual(
      first.files.map((file) => [file.to, fs.readFileSync(file.from, "utf8")]),
    )
    // Nothing of aaaaaaaaaaa is asked for again; what failed (all of ccccccccccc) is.
    expect(requests.slice(before).filter((url) => url.includes("aaaaaaaaaaa"))).toEqual([])
    expect(requests.slice(before)).toContain("/vi/ccccccccccc/hqdefault.jpg")
    expect(second.failures.has("ccccccccccc")).toBe(true)
  })
})

describe("thumbnails", () => {
  it("come from YouTube's layout on any mirror, and need the small JPEG to be local", () => {
    expect(thumbnailDownloads("x", "https://mirror.example/yt/", "/live/")[1]).toEqual({
      url: "https://mirror.example/yt/vi_webp/x/hqdefault.webp",
      sitePath: "/live/thumbnails/x-hqdefault.webp",
      format: "webp",
      width: 480,
      height: 360,
    })
    const [, webp, sd] = thumbnailDownloads("x", "https://i.ytimg.com", "/live/")
    expect(localThumbnail([webp!, sd!])).toBeNull()
    expect(remoteThumbnail("x").src).toBe("https://i.ytimg.com/vi/x/hqdefault.jpg")
  })
})
