/**
 * Shadows like the foundation's, for the component tests of the CMS preview: components connected to
 * a Redux store with react-redux's `connect`, which the site's gatsby-browser.js `wrapRootElement`
 * provides on its pages and nothing provides in the CMS.
 *
 * A component test shadows a theme component the way Gatsby does, for every module that imports it:
 * `jest.mock("../../src/components/layout", …)` with one of these stand-ins.
 */
import * as React from "react"

export interface Store {
  getState: () => { settingsState: { lastBuild: number }; userState: { name: string } }
}

/** react-redux's context: null outside a <Provider>. */
export const ReactReduxContext = React.createContext<{ store: Store } | null>(null)

export function Provider({ store, children }: { store: Store; children: React.ReactNode }) {
  return <ReactReduxContext.Provider value={{ store }}>{children}</ReactReduxContext.Provider>
}

export const store: Store = { getState: () => ({ settingsState: { lastBuild: 1 }, userState: { name: "Ada" } }) }

/**
 * react-redux 7's `connect`, as far as a missing store goes: it reads `store` off the context's
 * value, which outside a Provider is null. So it fails as the foundation's layout did in the CMS,
 * with "Cannot read properties of null (reading 'store')".
 */
export function connect<S extends object>(mapState: (state: ReturnType<Store["getState"]>) => S) {
  return function wrap<P extends object>(Component: React.ComponentType<P & S>) {
    function Connect(props: P) {
      const contextValue = React.useContext(ReactReduxContext)
      const store = (contextValue as { store: Store }).store
      return <Component {...props} {...mapState(store.getState())} />
    }
    return Connect
  }
}

/** The foundation's src/components/Layout.js, reduced: the site's header and footer, connected to the store. */
function SiteLayout({ children, lastBuild }: { children: React.ReactNode; lastBuild: number }) {
  return (
    <div className="wrapper" data-last-build={lastBuild}>
      <header className="site-header">Open Infrastructure Foundation</header>
      <div>{children}</div>
      <footer className="site-footer">© Open Infrastructure Foundation</footer>
    </div>
  )
}

/** A shadow of the theme's layout that puts the page in the site's layout, as docs/migrating-an-existing-site.md shows. */
export const LayoutShadow = connect(({ settingsState }) => ({ lastBuild: settingsState.lastBuild }))(SiteLayout)

/** The theme components whose stand-ins fail (without a store) in the current test; the others render the theme's. */
export const failing = new Set<string>()

function ConnectedNote({ name }: { name: string }) {
  return <p className="site-join">Welcome back, {name}</p>
}
const JoinNote = connect(({ userState }) => ({ name: userState.name }))(ConnectedNote)

/**
 * A shadow of the theme's `component` that renders the theme's own, and (while `component` is in
 * `failing`) a part connected to the store before it.
 */
export function shadowOf<P extends object>(Original: React.ComponentType<P>, component: string) {
  return function Shadow(props: P) {
    return (
      <>
        {failing.has(component) && <JoinNote />}
        <Original {...props} />
      </>
    )
  }
}
