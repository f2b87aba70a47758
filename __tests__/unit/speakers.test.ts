/** Speakers read from the editors' free text. */
import { parseSpeakers } from "../../src/node/speakers"

describe("parseSpeakers", () => {
  it("reads a comma list with a final 'and'", () => {
    expect(parseSpeakers("Jim Blair, Mohammed Naser, and Jimmy McArthur").map((s) => s.name)).toEqual(["Jim Blair", "Mohammed Naser", "Jimmy McArthur"])
  })

  it("reads affiliations in parentheses, and a period typed for a comma", () => {
    expect(parseSpeakers("Belmiro Moreira (CERN), Arnaud Morin (OVH). Mohammed Naser\n  (Vexxhost), and Joshua Slater (Blizzard)")).toEqual([
      { name: "Belmiro Moreira", affiliation: "CERN", role: null },
      { name: "Arnaud Morin", affiliation: "OVH", role: null },
      { name: "Mohammed Naser", affiliation: "Vexxhost", role: null },
      { name: "Joshua Slater", affiliation: "Blizzard", role: null },
    ])
  })

  it("reads one name per line with Host: / Participants: labels and trailing commas", () => {
    expect(parseSpeakers("Host: Jonathan Bryce (OpenInfra Foundation)\nParticipants:\nThierry Carrez,\n  Allison Randal,\n")).toEqual([
      { name: "Jonathan Bryce", affiliation: "OpenInfra Foundation", role: "Host" },
      { name: "Thierry Carrez", affiliation: null, role: "Participants" },
      { name: "Allison Randal", affiliation: null, role: "Participants" },
    ])
  })

  it("keeps commas inside parentheses, abbreviations and names that contain 'and'", () => {
    expect(parseSpeakers("Jane Roe Jr. (Red Hat, Inc.), Sandy Anderson & Dr. Alex Grand - Ericsson")).toEqual([
      { name: "Jane Roe Jr.", affiliation: "Red Hat, Inc.", role: null },
      { name: "Sandy Anderson", affiliation: null, role: null },
      { name: "Dr. Alex Grand", affiliation: "Ericsson", role: null },
    ])
  })

  const people = (text: string) => parseSpeakers(text).map(({ name, affiliation, role }) => [name, affiliation, role])

  it.each([
    [
      "one person per line, each with an affiliation after a comma (the norm since 2025)",
      "Jane Doe, Acme Cloud\nJohn Smith, OpenInfra Foundation\nAnn Lee, Red Hat",
      [
        ["Jane Doe", "Acme Cloud", null],
        ["John Smith", "OpenInfra Foundation", null],
        ["Ann Lee", "Red Hat", null],
      ],
    ],
    [
      "per line, some without an affiliation, with a trailing comma",
      "Jane Doe, Acme Cloud,\nJohn Smith\nAnn Lee, Red Hat",
      [
        ["Jane Doe", "Acme Cloud", null],
        ["John Smith", null, null],
        ["Ann Lee", "Red Hat", null],
      ],
    ],
    [
      "per line, with roles after a comma or in parentheses",
      "Jane Doe, Host\nJohn Smith (Moderator)\nAnn Lee, Red Hat",
      [
        ["Jane Doe", null, "Host"],
        ["John Smith", null, "Moderator"],
        ["Ann Lee", "Red Hat", null],
      ],
    ],
    [
      "per line, name, role and affiliation",
      "Jane Doe, Host, OpenInfra Foundation\nJohn Smith, Guest, Acme",
      [
        ["Jane Doe", "OpenInfra Foundation", "Host"],
        ["John Smith", "Acme", "Guest"],
      ],
    ],
    [
      "per line, name, title and company alike on every line",
      "Jane Doe, CTO, Acme\nJohn Smith, VP Engineering, Beta Corp",
      [
        ["Jane Doe", "CTO, Acme", null],
        ["John Smith", "VP Engineering, Beta Corp", null],
      ],
    ],
    [
      "a singular label on a person's line, a plural label before a list",
      "Host: Jane Doe, OpenInfra Foundation\nParticipants: Alice Smith, Bob Jones, Carol White",
      [
        ["Jane Doe", "OpenInfra Foundation", "Host"],
        ["Alice Smith", null, "Participants"],
        ["Bob Jones", null, "Participants"],
        ["Carol White", null, "Participants"],
      ],
    ],
    [
      "a plural label before two names on a line",
      "Hosts: Alice Smith, Bob Jones\nGuests: Carol White, Dan Brown",
      [
        ["Alice Smith", null, "Hosts"],
        ["Bob Jones", null, "Hosts"],
        ["Carol White", null, "Guests"],
        ["Dan Brown", null, "Guests"],
      ],
    ],
    [
      "a comma list on one line stays a list",
      "Johan Christenson, Pierre Gronlier, Kurt Garloff, Linda Siwe",
      [
        ["Johan Christenson", null, null],
        ["Pierre Gronlier", null, null],
        ["Kurt Garloff", null, null],
        ["Linda Siwe", null, null],
      ],
    ],
    ["a list on one line whose last item is a role", "Jane Doe, Host", [["Jane Doe", null, "Host"]]],
    [
      "a list on one line, and one line more with a longer list",
      "Jane Doe, Acme\nAlice Smith, Bob Jones, Carol White",
      [
        ["Jane Doe", "Acme", null],
        ["Alice Smith", null, null],
        ["Bob Jones", null, null],
        ["Carol White", null, null],
      ],
    ],
    [
      "affiliations in parentheses with commas inside, one per line",
      "Jane Roe (Red Hat, Inc.)\nJohn Smith (Acme), Moderator",
      [
        ["Jane Roe", "Red Hat, Inc.", null],
        ["John Smith", "Acme", "Moderator"],
      ],
    ],
    [
      "lines separated by <br />, each a person with a company",
      "Jane Doe, Acme Cloud<br />John Smith, Beta & Co<br>",
      [
        ["Jane Doe", "Acme Cloud", null],
        ["John Smith", "Beta & Co", null],
      ],
    ],
  ])("reads %s", (_shape, text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it("trims spaces and reads names separated by <br />", () => {
    expect(parseSpeakers("  Ildiko Vancsa <br /> Kendall Nelson  ").map((s) => s.name)).toEqual(["Ildiko Vancsa", "Kendall Nelson"])
  })
})
