export * from "./dist/types/src/index"
