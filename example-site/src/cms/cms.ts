/**
 * The example site's CMS at /admin/: Decap CMS 3 with the theme's collection and preview, on the
 * test backend, which keeps the repository in the browser: no network, no login, nothing saved
 * to disk. It starts from the show file as it is in this repository (served by gatsby-node).
 */
import CMS from "decap-cms-app"
import { registerOpenInfraLive, showCollection } from "gatsby-theme-openinfra-live/cms"

const SHOW_FILE = "src/pages/openinfra-live/index.md"

declare global {
  interface Window {
    repoFiles?: unknown
  }
}

registerOpenInfraLive(CMS)

void fetch(`/admin/repo/${SHOW_FILE}`)
  .then((response) => response.text())
  .then((content) => {
    window.repoFiles = { src: { pages: { "openinfra-live": { "index.md": { path: SHOW_FILE, content } } } } }
    CMS.init({
      config: {
        load_config_file: false,
        backend: { name: "test-repo" },
        media_folder: "static/img",
        public_folder: "/img",
        collections: [showCollection({ file: SHOW_FILE })],
      } as unknown as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never,
    })
  })
