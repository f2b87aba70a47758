export { bundleCmsDependencies, BUNDLED_PACKAGES, type CmsWebpackConfig } from "./dist/src/build/decap-cms-webpack"
