import * as React from "react"

export interface HydrateLaterProps {
  children: React.ReactNode
}

/** React 17 cannot server-render a Suspense boundary; 18 and later can, and hydrate it in slices. */
const SLICED = parseInt(React.version) >= 18

/**
 * What a page holds below its first screen. React 18 and later hydrate the inside of a Suspense
 * boundary after the rest, in slices of a few milliseconds with the browser free in between, instead
 * of in one long task; a click inside it is answered first. Nothing here ever suspends: the boundary
 * changes when React does its work, not what the page shows. On React 17, a plain fragment.
 * Shadow it with a fragment to hydrate all at once.
 */
export default function HydrateLater({ children }: HydrateLaterProps) {
  return SLICED ? <React.Suspense fallback={null}>{children}</React.Suspense> : <>{children}</>
}
