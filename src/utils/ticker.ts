/**
 * A loop of one timer: `tick` runs now, then at the moment it returns (ms since 1970-01-01T00:00:00Z;
 * null: never again), but never more than `maxDelayMs` later (a laptop waking from sleep is caught up
 * by then), and again whenever the tab becomes visible. Returns the function that stops it. Shared by
 * the schedule's clock and the countdown.
 */
export function ticking(tick: (now: number) => number | null, maxDelayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    clearTimeout(timer)
    const now = Date.now()
    const next = tick(now)
    if (next !== null) timer = setTimeout(run, Math.min(Math.max(next - now, 0), maxDelayMs))
  }
  const onVisibility = () => {
    if (document.visibilityState === "visible") run()
  }
  run()
  document.addEventListener("visibilitychange", onVisibility)
  return () => {
    clearTimeout(timer)
    document.removeEventListener("visibilitychange", onVisibility)
  }
}
