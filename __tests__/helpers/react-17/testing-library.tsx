/**
 * The part of @testing-library/react the component tests use, for React 17
 * (@testing-library/react 13+ needs React 18, and 12 cannot be installed beside
 * React 18 without breaking peer ranges). jest maps "@testing-library/react"
 * here in the components-react-17 project; the queries are @testing-library/dom's.
 */
import * as ReactDOMTypes from "react-dom"

/** React 17's root API, which @types/react-dom 19 (the repository's) no longer declares. */
interface LegacyReactDOM {
  hydrate: (element: React.ReactElement, container: Element) => void
  render: (element: React.ReactElement, container: Element) => void
  unmountComponentAtNode: (container: Element) => boolean
}
const ReactDOM = ReactDOMTypes as unknown as LegacyReactDOM
import { act } from "react-dom/test-utils"
import { getQueriesForElement, prettyDOM } from "@testing-library/dom"

export * from "@testing-library/dom"
export { act }

const mounted = new Set<HTMLElement>()

export function render(ui: React.ReactElement, options: { container?: HTMLElement } = {}) {
  const container = options.container ?? document.body.appendChild(document.createElement("div"))
  mounted.add(container)
  act(() => {
    ReactDOM.render(ui, container)
  })
  return {
    container,
    baseElement: document.body,
    rerender: (next: React.ReactElement) => act(() => void ReactDOM.render(next, container)),
    unmount: () => act(() => void ReactDOM.unmountComponentAtNode(container)),
    debug: () => console.log(prettyDOM(container)),
    ...getQueriesForElement(container),
  }
}

export function cleanup() {
  for (const container of mounted) {
    act(() => void ReactDOM.unmountComponentAtNode(container))
    container.remove()
  }
  mounted.clear()
}

// Like @testing-library/react: unmount after each test.
afterEach(cleanup)
