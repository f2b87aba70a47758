/**
 * Server HTML hydrated as a browser would (React 17's ReactDOM.hydrate through the react-dom/client
 * adapter the jest config maps): what the server rendered, the root, and what hydration complained of.
 */
import * as React from "react"
import { renderToString } from "react-dom/server"
import { hydrateRoot, type Root } from "react-dom/client"
import { act } from "@testing-library/react"

export interface Hydrated {
  container: HTMLElement
  root: Root
  /** console.error calls (React 17 reports mismatches so) and recoverable errors (React 18+). */
  problems: { consoleErrors: string[]; recoverable: unknown[] }
}

/**
 * Renders `element` to a string, puts it in the document, calls `beforeHydrate` with it (to set a
 * clock, or keep hold of the server's nodes), then hydrates it.
 */
export function hydrateServerHtml(element: React.ReactElement, beforeHydrate: (container: HTMLElement) => void = () => {}): Hydrated {
  const container = document.createElement("div")
  container.innerHTML = renderToString(element)
  document.body.appendChild(container)
  beforeHydrate(container)
  const errors = jest.spyOn(console, "error").mockImplementation(() => {})
  const recoverable: unknown[] = []
  let root: Root | undefined
  act(() => {
    root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) })
  })
  const problems = { consoleErrors: errors.mock.calls.map((call) => String(call[0])), recoverable }
  errors.mockRestore()
  return { container, root: root!, problems }
}
