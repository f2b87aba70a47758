/**
 * What the components use of `gatsby` in the browser, for the component tests (jest maps "gatsby" here):
 * Gatsby's Link needs its router and page loader, which only a Gatsby site has. `withPrefix` follows
 * gatsby-link's rules: site paths go under the path prefix (`__BASE_PATH__`, which a test may set),
 * URLs with a scheme stay as they are. The real ones are tested by the builds and in Chromium
 * (__tests__/integration/path-prefix.test.ts, __tests__/e2e).
 */
import * as React from "react"

declare global {
  var __BASE_PATH__: string | undefined
}

export function withPrefix(path: string): string {
  if (/^[a-zA-Z][a-zA-Z\d+\-.]*?:/.test(path)) return path
  const base = globalThis.__BASE_PATH__ ?? ""
  return `${base.endsWith("/") ? base.slice(0, -1) : base}${path.startsWith("/") ? path : `/${path}`}`
}

type LinkProps = Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string }

export const Link = React.forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, ...rest }, ref) {
  return <a ref={ref} href={withPrefix(to)} {...rest} />
})

export function graphql(): never {
  throw new Error("graphql`` is compiled away by Gatsby: a component test cannot run a query")
}
