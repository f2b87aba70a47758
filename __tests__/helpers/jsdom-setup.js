// jsdom lacks TextEncoder/TextDecoder, which react-dom/server uses (SeoHead is rendered to markup like Gatsby's Head).
const { TextEncoder, TextDecoder } = require("util")
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder })
