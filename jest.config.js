// Every test runs in a zone with daylight-saving time that is not UTC: component tests check the
// viewer's local times for real, and the builds show that the static HTML does not depend on the zone.
process.env.TZ = "America/Chicago"

/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }]
const ignore = ["/node_modules/", "/example-site/", "/dist/", "/.tmp/"]
// The root gatsby-node.js / gatsby-config.js are shims onto the compiled dist/: tests load the TypeScript sources.
const moduleFileExtensions = ["ts", "tsx", "js", "json"]

module.exports = {
  projects: [
    {
      displayName: "unit",
      moduleFileExtensions,
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/unit/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testPathIgnorePatterns: ignore,
    },
    {
      displayName: "components",
      moduleFileExtensions,
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/__tests__/components/**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper: { "\\.css$": "<rootDir>/__tests__/helpers/style-stub.js" },
      setupFiles: ["<rootDir>/__tests__/helpers/jsdom-setup.js"],
      testPathIgnorePatterns: ignore,
    },
    {
      displayName: "integration",
      moduleFileExtensions,
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/integration/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testPathIgnorePatterns: ignore,
    },
  ],
}
