/** Short plain-text summaries (meta descriptions, structured data). */
import { plainSummary } from "../../src/utils/summary"

describe("plainSummary", () => {
  it("keeps a short text on one line, and gives null for nothing", () => {
    expect(plainSummary("  Kata\n\nContainers  ")).toBe("Kata Containers")
    expect(plainSummary("   ")).toBeNull()
    expect(plainSummary(null)).toBeNull()
  })

  it("cuts a long text at a word, with an ellipsis, within the limit", () => {
    const summary = plainSummary("The Kata Containers community hosts AMD and Ant Group", 30)!
    expect(summary).toBe("The Kata Containers…")
    expect(Array.from(summary).length).toBeLessThanOrEqual(30)
  })

  it.each([
    ["容器社区分享🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", 10],
    ["🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", 6],
    ["カタコンテナ𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷", 9],
  ])("never splits a character outside the BMP into a lone surrogate: %s at %i", (text, max) => {
    const summary = plainSummary(text, max)!
    expect(summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    expect(Array.from(summary)).toHaveLength(max)
    expect(summary.endsWith("…")).toBe(true)
  })
})
