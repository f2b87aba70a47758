// A stand-in for YouTube's image host (i.ytimg.com) on this machine, for the tests and for building
// the example site offline: /vi/<id>/<size>.jpg and /vi_webp/<id>/<size>.webp for any video id, made
// up on the spot (sharp), except the ids it is told are missing (404, as for a deleted video).
// Usage from code: const { startThumbnailMirror } = require("./thumbnail-mirror"); const mirror = await startThumbnailMirror({ missing: ["id"] })
// From a shell (or another process that must not block it): node scripts/thumbnail-mirror.js [missing ids…] prints its URL, then serves until killed.
const http = require("http")
const sharp = require("sharp")

const SIZES = { hqdefault: [480, 360], sddefault: [640, 480] }

/** A still in YouTube's shape: letterbox bars above and below a 16:9 picture, tinted from the id. */
async function still(id, size, format) {
  const [width, height] = SIZES[size]
  const hue = [...id].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 360
  const bar = Math.round(height / 8)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#000"/><rect y="${bar}" width="${width}" height="${height - 2 * bar}" fill="hsl(${hue},45%,35%)"/></svg>`
  const image = sharp(Buffer.from(svg))
  return format === "webp" ? image.webp({ quality: 60 }).toBuffer() : image.jpeg({ quality: 70 }).toBuffer()
}

function startThumbnailMirror({ missing = [] } = {}) {
  const requests = []
  const server = http.createServer(async (request, response) => {
    requests.push(request.url)
    const match = /^\/(vi|vi_webp)\/([\w-]{11})\/(hqdefault|sddefault)\.(jpg|webp)$/.exec(request.url ?? "")
    if (match === null || missing.includes(match[2]) || (match[1] === "vi") !== (match[4] === "jpg")) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found")
      return
    }
    const format = match[4] === "jpg" ? "jpeg" : "webp"
    const body = await still(match[2], match[3], format)
    response.writeHead(200, { "content-type": `image/${format}`, "content-length": body.length }).end(body)
  })
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((done) => server.close(done)) })
    })
  })
}

/** The example site's video whose thumbnails the mirror does not have, as if it had been deleted: its card shows the placeholder. */
const EXAMPLE_SITE_MISSING = ["-KeD5RFLNUI"]

module.exports = { EXAMPLE_SITE_MISSING, startThumbnailMirror }

if (require.main === module) {
  startThumbnailMirror({ missing: process.argv.slice(2) }).then((mirror) => console.log(mirror.url))
}
