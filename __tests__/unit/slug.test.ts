/** Episode slugs and URLs. */
import { episodeSlug, slugify, uniqueSlugs } from "../../src/content/slug"

describe("slugs", () => {
  it("are readable ASCII with the day first", () => {
    expect(slugify("Open Source Job Openings (and how to land them)")).toBe("open-source-job-openings-and-how-to-land-them")
    expect(slugify("Radosław’s Q & A: Ça va?")).toBe("radoslaws-q-a-ca-va")
    expect(episodeSlug("2021-07-22", "Kata Containers ")).toBe("2021-07-22-kata-containers")
    expect(episodeSlug("2021-07-22", "!!!")).toBe("2021-07-22")
  })

  it("are cut at a word boundary when the title is long", () => {
    const slug = slugify("Upgrades in Large Scale OpenStack infrastructure: The Discussion, Part Two of Three, Live")
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toBe("upgrades-in-large-scale-openstack-infrastructure-the-discussion-part-two-of")
  })

  it.each([
    ["Kata Containers", "kata containers"],
    ["Kata Containers", "KATA CONTAINERS!"],
    ["What's new in Zuul?", "Whats New in Zuul"],
    ["What's new in Zuul?", "What’s new in Zuul…"],
    ["Node.js at scale", "NodeJS at scale"],
    ["Open-Source Jobs", "OpenSource Jobs"],
    ["Q&A with the TC", "QA with the TC"],
    ["Zuul — ten years", "Zuul - ten years"],
    ["Zuul — ten years", "Zuul, ten years"],
    ["Ask Me Anything (AMA)", "Ask me anything: AMA"],
    ["“Cloud” in 2025", '"cloud" in 2025'],
    ["Café: Déjà vu", "cafe deja vu"],
  ])("do not change when only case or punctuation changes: %j and %j", (before, after) => {
    expect(slugify(after)).toBe(slugify(before))
  })

  it("change when a word changes", () => {
    expect(slugify("Kata Containers 3.0")).not.toBe(slugify("Kata Containers 3.1"))
    expect(slugify("Open Source Jobs")).not.toBe(slugify("Open Source Careers"))
  })

  it("are made unique in order", () => {
    const auto = (slug: string) => ({ slug, pinned: false })
    expect(uniqueSlugs(["a", "b", "a", "a", "a-2"].map(auto))).toEqual(["a", "b", "a-2", "a-3", "a-2-2"])
  })

  it("keep a pinned slug, and move the others out of its way", () => {
    expect(
      uniqueSlugs([
        { slug: "a", pinned: false },
        { slug: "a", pinned: true },
        { slug: "a", pinned: true },
      ]),
    ).toEqual(["a-2", "a", "a-3"])
  })
})
