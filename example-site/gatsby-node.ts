import fs from "fs"
import path from "path"
import type { GatsbyNode } from "gatsby"

/** The show file, served to the CMS's in-browser test backend as its starting content. */
const SHOW_FILE = path.join(__dirname, "src", "pages", "openinfra-live", "index.md")
const SERVED_AT = "/admin/repo/src/pages/openinfra-live/index.md"

export const onPostBuild: GatsbyNode["onPostBuild"] = async () => {
  const target = path.join(__dirname, "public", SERVED_AT)
  await fs.promises.mkdir(path.dirname(target), { recursive: true })
  await fs.promises.copyFile(SHOW_FILE, target)
}

export const onCreateDevServer: GatsbyNode["onCreateDevServer"] = ({ app }) => {
  app.get(SERVED_AT, (_request, response) => {
    response.type("text/markdown").send(fs.readFileSync(SHOW_FILE, "utf8"))
  })
}
