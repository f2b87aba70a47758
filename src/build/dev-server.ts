/**
 * onCreateDevServer: `gatsby develop` serves the invites, calendar and feeds too, made from the current
 * content on each request (public/ may hold an earlier build's, or none), for the build clock's time.
 */
import path from "path"
import type { CreateDevServerArgs } from "gatsby"
import type { ResolvedOptions } from "../content/options"
import { now } from "./build-state"
import { currentOutputs } from "./write-outputs"

const OUTPUT_TYPES: Record<string, string> = {
  ".ics": "text/calendar; charset=utf-8",
  ".xml": "application/rss+xml; charset=utf-8",
  ".json": "application/feed+json; charset=utf-8",
}

/** The part of the request and response (Express's) that the middleware uses. */
interface Request {
  path: string
}
interface Response {
  setHeader: (name: string, value: string) => void
  end: (body: string) => void
}

/** Adds the middleware that serves each show's generated files to the development server; none when the options generate none. */
export function serveOutputs({ app, getNodesByType, getNode, pathPrefix, store }: CreateDevServerArgs, options: ResolvedOptions): void {
  if (!options.calendar && !options.feed) return
  app.use((request: Request, response: Response, next: () => void) => {
    if (!/\.(ics|xml|json)$/.test(request.path)) return next()
    const file = currentOutputs({ getNodesByType, getNode, pathPrefix, store }, options, now())
      .flatMap((show) => show.files)
      .find((output) => output.path === decodeURIComponent(request.path))
    if (file === undefined) return next()
    response.setHeader("content-type", OUTPUT_TYPES[path.extname(file.path)] ?? "application/octet-stream")
    response.setHeader("cache-control", "no-store")
    response.end(file.content)
  })
}
