// Every test runs in a zone with daylight-saving time that is not UTC: component tests check the
// viewer's local times for real, and the builds show that the static HTML does not depend on the zone.
process.env.TZ = "America/Chicago"

/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }]
const ignore = ["/node_modules/", "/example-site/", "/dist/", "/.tmp/"]
// Sites the integration tests build (and their node_modules) are not part of the module map.
const modulePathIgnorePatterns = ["<rootDir>/.tmp/", "<rootDir>/__tests__/fixtures/", "<rootDir>/example-site/public/", "<rootDir>/example-site/.cache/"]
// The root gatsby-node.js / gatsby-config.js are shims onto the compiled dist/: tests load the TypeScript sources.
const moduleFileExtensions = ["ts", "tsx", "js", "json"]

/** The component tests (jsdom, @testing-library) on one React version. */
function components(react, reactModules) {
  return {
    globals: { EXPECTED_REACT_MAJOR: react.replace("React ", "") },
    displayName: `components (${react})`,
    moduleFileExtensions,
    testEnvironment: "jsdom",
    testMatch: ["<rootDir>/__tests__/components/**/*.test.tsx"],
    transform: { "^.+\\.tsx?$": tsJest },
    moduleNameMapper: { "\\.css$": "<rootDir>/__tests__/helpers/style-stub.js", "^gatsby$": "<rootDir>/__tests__/helpers/gatsby-mock.tsx", ...reactModules },
    setupFiles: ["<rootDir>/__tests__/helpers/jsdom-setup.js"],
    testPathIgnorePatterns: ignore,
    modulePathIgnorePatterns,
  }
}

module.exports = {
  projects: [
    {
      displayName: "unit",
      moduleFileExtensions,
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/unit/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns,
    },
    components("React 19", {}),
    // The same component tests on the other React versions the theme supports, each installed in its own
    // workspace folder (__tests__/react-17, __tests__/react-18) and mapped here for the theme and the tests alike.
    components("React 17", {
      "^react$": "<rootDir>/__tests__/react-17/node_modules/react",
      "^react/(.*)$": "<rootDir>/__tests__/react-17/node_modules/react/$1",
      "^react-dom/client$": "<rootDir>/__tests__/helpers/react-17/react-dom-client.ts",
      "^react-dom$": "<rootDir>/__tests__/react-17/node_modules/react-dom",
      "^react-dom/(.*)$": "<rootDir>/__tests__/react-17/node_modules/react-dom/$1",
      "^@testing-library/react$": "<rootDir>/__tests__/helpers/react-17/testing-library.tsx",
    }),
    components("React 18", {
      "^react$": "<rootDir>/__tests__/react-18/node_modules/react",
      "^react/(.*)$": "<rootDir>/__tests__/react-18/node_modules/react/$1",
      "^react-dom$": "<rootDir>/__tests__/react-18/node_modules/react-dom",
      "^react-dom/(.*)$": "<rootDir>/__tests__/react-18/node_modules/react-dom/$1",
    }),
    {
      displayName: "integration",
      globalSetup: "<rootDir>/__tests__/helpers/pack-theme.js",
      moduleFileExtensions,
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/integration/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns,
    },
  ],
}
