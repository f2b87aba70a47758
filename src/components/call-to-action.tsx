import * as React from "react"
import { withPrefix } from "gatsby"
import type { CallToAction as CallToActionContent } from "../types"

export type CallToActionProps = CallToActionContent

/** The id of its heading: one call to action a page. */
const TITLE_ID = "oil-call-to-action-title"

/**
 * A call to action (such as a call for episode ideas): a title, a text and a button. Nothing when
 * the content hides it (`display: false`) or gives it nothing to show; no button without a link.
 */
export default function CallToAction({ title, text, buttonText, button, display }: CallToActionProps) {
  if (!display || (title === null && text === null && button === null)) return null
  // The button's words may say little on their own ("Share now"): the title says what it is for.
  const titled = title === null ? undefined : TITLE_ID
  return (
    <section className="oil-call-to-action" aria-labelledby={titled}>
      <div className="oil-call-to-action__box">
        <div className="oil-call-to-action__body">
          {title !== null && (
            <h2 className="oil-call-to-action__title" id={TITLE_ID}>
              {title}
            </h2>
          )}
          {text !== null && <div className="oil-call-to-action__text" dangerouslySetInnerHTML={{ __html: text }} />}
        </div>
        {button !== null && (
          // A site path is served under the site's path prefix; an http(s) URL as it is.
          <a className="oil-call-to-action__button" href={button.startsWith("/") ? withPrefix(button) : button} aria-describedby={titled}>
            {buttonText ?? "Learn more"}
          </a>
        )}
      </div>
    </section>
  )
}
