/**
 * The show page as Gatsby 5 renders its HTML (React 18 and 19): renderToPipeableStream, written once
 * everything is ready (onAllReady). Every episode must be in place in that HTML, for a visitor
 * without JavaScript: React 19 moves a large Suspense boundary's content into a `<div hidden>` that
 * only an inline script puts back. (React 17 has no such renderer; Gatsby 4 uses renderToString.)
 */
import * as React from "react"
import { Writable } from "stream"
import ShowPage from "../../src/components/show-page"
import { makeEpisode, makeShowPage } from "../helpers/episodes"

declare const EXPECTED_REACT_MAJOR: string

// What Node's server renderer schedules its work with, which jest's jsdom environment leaves out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
globalThis.setImmediate ??= require("timers").setImmediate

/** react-dom's Node server renderer (jest's jsdom environment would pick the browser one). */
function nodeServer(): { renderToPipeableStream?: typeof import("react-dom/server").renderToPipeableStream } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("react-dom/server.node") as { renderToPipeableStream?: typeof import("react-dom/server").renderToPipeableStream }
}

function streamedHtml(element: React.ReactElement): Promise<string> {
  const { renderToPipeableStream } = nodeServer()
  return new Promise((resolve, reject) => {
    let html = ""
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        html += chunk.toString()
        done()
      },
    })
    sink.on("finish", () => resolve(html))
    const { pipe } = renderToPipeableStream!(element, { onAllReady: () => pipe(sink), onShellError: reject, onError: reject })
  })
}

// Enough past episodes to pass React's progressive chunk size (12,800 bytes) many times over.
const episodes = Array.from({ length: 60 }, (_, index) =>
  makeEpisode({
    slug: `episode-${index + 1}`,
    path: `/live/episode-${index + 1}/`,
    title: `Episode number ${index + 1}`,
    number: index + 1,
    date: new Date(Date.UTC(2021, 0, 7 + 7 * index, 14)).toISOString(),
  }),
)

const streamed = EXPECTED_REACT_MAJOR === "17" ? describe.skip : describe

streamed("the show page's HTML as Gatsby 5 streams it", () => {
  it("has every episode in place, none hidden for a script to reveal", async () => {
    const html = await streamedHtml(<ShowPage page={makeShowPage()} episodes={episodes} builtAt="2022-06-01T00:00:00.000Z" airingWindowMinutes={90} />)
    expect(html.length).toBeGreaterThan(3 * 12800)
    expect(html).not.toMatch(/<div hidden id="S:|\$RC|<template/)
    const container = document.createElement("div")
    container.innerHTML = html
    expect([...container.querySelectorAll("article h3")].map((heading) => heading.textContent)).toHaveLength(60)
  })
})
