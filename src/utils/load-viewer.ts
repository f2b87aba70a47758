/**
 * What pages load after hydration for the viewer (their clock and zone, the switch, the countdown): one chunk,
 * named here, outside every page's first load; each import below is a module of it.
 */
export const loadLocalDates = () => import(/* webpackChunkName: "openinfra-live-viewer" */ "./local-dates")
export const loadTimeZoneOptions = () => import(/* webpackChunkName: "openinfra-live-viewer" */ "../components/time-zone-options")
export const loadCountdownText = () => import(/* webpackChunkName: "openinfra-live-viewer" */ "../components/countdown-text")
export const loadScheduleClock = () => import(/* webpackChunkName: "openinfra-live-viewer" */ "./schedule-clock")

/**
 * For an effect: runs `start` with the module `load` gives, once it has arrived, and returns the
 * cleanup, which stops what `start` started, or keeps it from starting when the module is not there yet.
 */
export function whenLoaded<T>(load: () => Promise<T>, start: (module: T) => () => void): () => void {
  let stop: (() => void) | null = null
  let mounted = true
  void load().then((module) => {
    if (mounted) stop = start(module)
  })
  return () => {
    mounted = false
    stop?.()
  }
}
