/**
 * What pages load after hydration for the viewer (their clock and zone, the switch, the countdown): one chunk,
 * named here, outside every page's first load; each import below is a module of it.
 */
export const loadLocalDates = () => import(/* webpackChunkName: "openinfra-live-viewer" */ "./local-dates")
export const loadTimeZoneOptions = () => import(/* webpackChunkName: "openinfra-live-viewer" */ "../components/time-zone-options")
export const loadCountdownText = () => import(/* webpackChunkName: "openinfra-live-viewer" */ "../components/countdown-text")
export const loadScheduleClock = () => import(/* webpackChunkName: "openinfra-live-viewer" */ "./schedule-clock")
