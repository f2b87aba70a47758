import * as React from "react"
import { withPrefix } from "gatsby"
import type { Logo } from "../types"

export type ShowLogoProps = Logo

/**
 * The show's logo, above the hero's title. Its height is set by the theme's CSS (so nothing moves
 * when it loads, even without a size in the content); `width` and `height`, when the content gives
 * them, give its width too before it loads.
 */
export default function ShowLogo({ image, alt, width, height }: ShowLogoProps) {
  // A site path is served under the site's path prefix; an http(s) URL (the build made `//host/x` https) as it is.
  const src = image.startsWith("/") ? withPrefix(image) : image
  // The first thing on the page: fetched at once (not lazily).
  return <img className="oil-hero__logo" src={src} alt={alt} width={width ?? undefined} height={height ?? undefined} />
}
