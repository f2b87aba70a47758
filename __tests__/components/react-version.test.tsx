/**
 * Each components project runs on the React it is named after: a mapping that
 * silently fell back to the root's React 19 would make the other runs worthless.
 */
import * as React from "react"
import * as ReactDOM from "react-dom"
import { renderToStaticMarkup } from "react-dom/server"

declare const EXPECTED_REACT_MAJOR: string

it("renders with the React version of its project, with one React for react and react-dom", () => {
  expect(React.version.split(".")[0]).toBe(EXPECTED_REACT_MAJOR)
  expect(ReactDOM.version).toBe(React.version)
  // A hook through the server renderer fails when react-dom/server loads another copy of React.
  function Hooked() {
    const [value] = React.useState("one React")
    return <p>{value}</p>
  }
  expect(renderToStaticMarkup(<Hooked />)).toBe("<p>one React</p>")
})
