import * as React from "react"
// The theme's prop types are its public API: a shadow keeps the same props.
import type { JoinFooterProps } from "gatsby-theme-openinfra-live/src/components/join-footer"

/**
 * Shadows the theme's join footer (same path under src/gatsby-theme-openinfra-live/).
 * Same rules (hidden when display is false or there is no link), different look and words.
 */
export default function JoinFooter({ title, subTitle, buttonText, button, display }: JoinFooterProps) {
  if (!display || button === null) return null
  return (
    <section className="oil-join example-join" data-shadowed="join-footer" aria-labelledby="example-join-title">
      <h2 className="oil-join__title" id="example-join-title">
        {title ?? "Become part of the community"}
      </h2>
      {subTitle !== null && <p className="oil-join__subtitle">{subTitle}</p>}
      <a className="oil-join__button" href={button}>
        {buttonText ?? "Join"} the OpenInfra Foundation
      </a>
    </section>
  )
}
