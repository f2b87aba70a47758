/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }]
const ignore = ["/node_modules/", "/example-site/", "/dist/", "/.tmp/"]

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/unit/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testPathIgnorePatterns: ignore,
    },
    {
      displayName: "components",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/__tests__/components/**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper: { "\\.css$": "<rootDir>/__tests__/helpers/style-stub.js" },
      testPathIgnorePatterns: ignore,
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/integration/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testPathIgnorePatterns: ignore,
    },
  ],
}
