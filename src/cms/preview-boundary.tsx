/**
 * What the CMS preview shows in place of a part of the page that failed to render, instead of a
 * blank pane: which component, the error's message, and what to do.
 *
 * In the CMS a site's shadows run outside the site's pages: nothing of its gatsby-browser.js
 * `wrapRootElement` is around them (no Redux store, no theme provider), so a shadow that needs one
 * fails there, and only there. The published pages are not affected; each part of the preview fails
 * on its own, and the list of problems above the page stays up to date.
 */
import * as React from "react"

export interface PreviewBoundaryProps {
  /** The theme component (its file name under src/components) the boundary is around; null for the whole preview. */
  component: string | null
  /** Any value that changes with the entry: a failed part is tried again at the next edit. */
  resetKey: unknown
  children: React.ReactNode
}

interface PreviewBoundaryState {
  error: unknown
  failed: boolean
  componentStack: string | null
  resetKey: unknown
}

export interface PreviewFailureProps {
  component: string | null
  error: unknown
  componentStack?: string | null
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  if (typeof error === "string") return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}

/** The message in place of the failed part: in the theme's preview styles, announced to screen readers. */
export function PreviewFailure({ component, error, componentStack = null }: PreviewFailureProps) {
  const part = component === null || component === "show-page" ? "the page" : `the ${component} part of the page`
  const culprit =
    component === null
      ? "it"
      : `the theme's ${component} component (or the site's shadow of it${component === "show-page" ? "" : ", or a component inside it"})`
  const shadow = `src/gatsby-theme-openinfra-live/components/${component === null ? "…" : `${component}.js`}`
  return (
    <section className="oil-preview-problems oil-preview-problems--error oil-preview-failure" role="alert" data-component={component ?? "page"}>
      <p className="oil-preview-problems__summary">
        <strong>The preview cannot show {part}</strong>: {culprit} failed in the CMS with “{messageOf(error)}”.
      </p>
      <p className="oil-preview-failure__advice">
        The published page is not affected. A site&apos;s shadow ({shadow}) runs in the CMS without what the site&apos;s gatsby-browser.js{" "}
        <code>wrapRootElement</code> puts around its pages, such as a Redux store or another provider. Give the preview the same wrapper with{" "}
        <code>registerOpenInfraLive(CMS, {"{ wrapRootElement }"})</code>, or make the shadow work without it. If the site has no such shadow, this is a bug of
        the theme: please report it with this message. The rest of the preview is up to date, and changes as you edit.
      </p>
      {componentStack !== null && componentStack.trim() !== "" && (
        <details className="oil-preview-failure__details">
          <summary>Where it failed (for the site&apos;s developers)</summary>
          <pre>{componentStack.trim()}</pre>
        </details>
      )}
    </section>
  )
}

/** Renders its children, or the failure message when they throw while rendering; tries them again when `resetKey` changes. */
export class PreviewBoundary extends React.Component<PreviewBoundaryProps, PreviewBoundaryState> {
  override state: PreviewBoundaryState = { error: null, failed: false, componentStack: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<PreviewBoundaryState> {
    return { error, failed: true }
  }

  static getDerivedStateFromProps(props: PreviewBoundaryProps, state: PreviewBoundaryState): Partial<PreviewBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, failed: false, componentStack: null, resetKey: props.resetKey }
  }

  override componentDidCatch(_error: unknown, info: React.ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null })
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return <PreviewFailure component={this.props.component} error={this.state.error} componentStack={this.state.componentStack} />
  }
}
