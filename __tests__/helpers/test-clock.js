// The one moment every test's build and browser treat as "now" (the build reads it from
// OPENINFRA_LIVE_NOW, see src/build/clock.ts): no test depends on the day it runs. The example's
// content has episodes long past (2021) and to come (2099) at this moment.
// CommonJS, for scripts/build-example.js as well as the TypeScript tests.
const TEST_NOW = "2026-12-01T12:00:00.000Z"

module.exports = { TEST_NOW }
