import * as React from "react"

export interface LayoutProps {
  children: React.ReactNode
}

/**
 * What wraps the show page. Shadow this file to put the page inside the
 * site's own header and footer.
 */
export default function Layout({ children }: LayoutProps) {
  return (
    <div className="oil">
      <main className="oil-main" id="main">
        {children}
      </main>
    </div>
  )
}
