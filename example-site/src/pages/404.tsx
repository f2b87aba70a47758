import * as React from "react"
import type { HeadFC } from "gatsby"

/** Gatsby serves this for any path the site does not have (`gatsby serve` and `develop` alike). */
export default function NotFound() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
      <h1>Page not found</h1>
      <p>
        There is no page here. The show is at <a href="/live/">OpenInfra Live</a>.
      </p>
    </main>
  )
}

export const Head: HeadFC = () => <title>Page not found · Example site</title>
