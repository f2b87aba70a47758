import * as React from "react"
import { Link, type HeadFC } from "gatsby"

export default function Home() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
      <h1>Open Infrastructure Foundation (example site)</h1>
      <p>
        This site uses <code>gatsby-theme-openinfra-live</code>. See the show page: <Link to="/live/">OpenInfra Live</Link>.
      </p>
    </main>
  )
}

export const Head: HeadFC = () => <title>Example site</title>
