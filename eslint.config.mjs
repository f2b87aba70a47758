// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, React's rules of hooks,
// on the theme, its tests, scripts and the example site. Formatting is Prettier's (npm run lint checks both).
import js from "@eslint/js"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "dist/",
      ".tmp/",
      "example-site/public/",
      "example-site/.cache/",
      "__tests__/fixtures/",
      "gatsby-config.js",
      "gatsby-node.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      // `_`-prefixed names are deliberately unused (an argument a signature requires).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Build-time code, scripts and tests run on Node; the components run in browsers (and jsdom).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ["**/*.{js,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["__tests__/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
)
