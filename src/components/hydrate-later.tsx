import * as React from "react"

export interface HydrateLaterProps {
  children: React.ReactNode
}

/**
 * React 17 cannot server-render a Suspense boundary. React 19's server renderer (as Gatsby calls it,
 * renderToPipeableStream) moves the content of a boundary larger than its progressive chunk size
 * (12,800 bytes) out of place, into a `<div hidden>` that an inline script puts back: a visitor
 * without JavaScript would see no episode below the first screen. Only React 18 renders it in place.
 */
const SLICED = parseInt(React.version) === 18

/**
 * What a page holds below its first screen. On React 18, the inside of a Suspense boundary, which
 * React hydrates after the rest, in slices of a few milliseconds with the browser free in between,
 * instead of in one long task; a click inside it is answered first. Nothing here ever suspends: the
 * boundary changes when React does its work, not what the page shows. On React 17 and 19, a plain
 * fragment (see SLICED). Shadow it with a fragment to hydrate all at once.
 */
export default function HydrateLater({ children }: HydrateLaterProps) {
  return SLICED ? <React.Suspense fallback={null}>{children}</React.Suspense> : <>{children}</>
}
