/**
 * `react-dom/client` for React 17, which has ReactDOM.hydrate instead. React 17
 * has no onRecoverableError: it reports a hydration mismatch with console.error,
 * which the tests check as well.
 */
import * as ReactDOMTypes from "react-dom"

/** React 17's root API, which @types/react-dom 19 (the repository's) no longer declares. */
interface LegacyReactDOM {
  hydrate: (element: React.ReactElement, container: Element) => void
  render: (element: React.ReactElement, container: Element) => void
  unmountComponentAtNode: (container: Element) => boolean
}
const ReactDOM = ReactDOMTypes as unknown as LegacyReactDOM

export interface Root {
  render: (element: React.ReactElement) => void
  unmount: () => void
}

export function hydrateRoot(container: Element, element: React.ReactElement, _options?: { onRecoverableError?: (error: unknown) => void }): Root {
  ReactDOM.hydrate(element, container)
  return {
    render: (next) => void ReactDOM.render(next, container),
    unmount: () => void ReactDOM.unmountComponentAtNode(container),
  }
}

export function createRoot(container: Element): Root {
  return {
    render: (element) => void ReactDOM.render(element, container),
    unmount: () => void ReactDOM.unmountComponentAtNode(container),
  }
}
