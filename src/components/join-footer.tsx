import * as React from "react"
import { Link } from "gatsby"
import type { Footer } from "../types"

export type JoinFooterProps = Footer

/** The call to join; not rendered when the content hides it or the button has nowhere to go. */
export default function JoinFooter({ title, subTitle, buttonText, button, display }: JoinFooterProps) {
  if (!display || button === null) return null
  const label = buttonText ?? "Join"
  return (
    <section className="oil-join" aria-labelledby={title !== null ? "oil-join-title" : undefined} aria-label={title === null ? "Join" : undefined}>
      {title !== null && (
        <h2 className="oil-join__title" id="oil-join-title">
          {title}
        </h2>
      )}
      {subTitle !== null && <p className="oil-join__subtitle">{subTitle}</p>}
      {/* A site path is a page of the site: Gatsby's Link (path prefix, client-side navigation); else a plain link. */}
      {button.startsWith("/") ? (
        <Link className="oil-join__button" to={button}>
          {label}
        </Link>
      ) : (
        <a className="oil-join__button" href={button}>
          {label}
        </a>
      )}
    </section>
  )
}
