export * from "./dist/types/src/cms/index"
