// End-to-end tests in Chromium against the built example site. Kept out of jest.config.js so that
// they never run while the integration tests rebuild that site: `npm test` runs them after.
process.env.TZ = "America/Chicago"

/** @type {import('jest').Config} */
module.exports = {
  displayName: "e2e",
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testEnvironment: "node",
  testMatch: ["<rootDir>/__tests__/e2e/**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60_000,
  // .tmp/ holds packed sites and, for `npm run bench -- --against`, a worktree with its own package.json.
  modulePathIgnorePatterns: ["<rootDir>/.tmp/"],
}
