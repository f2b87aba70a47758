/** Speakers read from the editors' free text. */
import { parseSpeakers } from "../../src/content/speakers"

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

/** The speakers read, as [name, affiliation, role], and the warnings given. */
function reading(text: string): { people: Array<[string, string | null, string | null]>; warnings: string[] } {
  const warnings: string[] = []
  const people = parseSpeakers(text, (warning) => warnings.push(warning)).map(({ name, affiliation, role }): [string, string | null, string | null] => [
    name,
    affiliation,
    role,
  ])
  return { people, warnings }
}

describe("parseSpeakers on lines that are lists of people with their affiliations", () => {
  it.each([
    [
      "one line, with and without a space before the parenthesis",
      "Ann Lee(Acme), Bob Kim(Beta Cloud), Cy Dunn (Gamma)",
      [
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta Cloud", null],
        ["Cy Dunn", "Gamma", null],
      ],
    ],
    [
      "two such lines, the first ending in a comma (six people, not two)",
      "Ann Lee(Acme), Bob Kim(Beta), Cy Dunn (Gamma), \nDi Fox (Delta), Ed Gray (Epsilon), Flo Hu (Epsilon)",
      [
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
        ["Cy Dunn", "Gamma", null],
        ["Di Fox", "Delta", null],
        ["Ed Gray", "Epsilon", null],
        ["Flo Hu", "Epsilon", null],
      ],
    ],
    [
      "lines of two, one comma each",
      "Ann Lee (Acme), Bob Kim (Beta)\nCy Dunn (Gamma), Di Fox (Delta)",
      [
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
        ["Cy Dunn", "Gamma", null],
        ["Di Fox", "Delta", null],
      ],
    ],
    [
      "a list line among lines of one person each",
      "Ann Lee (Acme), Bob Kim (Beta)\nCy Dunn, Gamma\nDi Fox, Delta",
      [
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
        ["Cy Dunn", "Gamma", null],
        ["Di Fox", "Delta", null],
      ],
    ],
    [
      "list lines where some names have no affiliation",
      "Ann Lee (Acme), Bob Kim, Cy Dunn (Gamma)\nDi Fox (Delta), Ed Gray (Epsilon), Flo Hu",
      [
        ["Ann Lee", "Acme", null],
        ["Bob Kim", null, null],
        ["Cy Dunn", "Gamma", null],
        ["Di Fox", "Delta", null],
        ["Ed Gray", "Epsilon", null],
        ["Flo Hu", null, null],
      ],
    ],
    [
      "a person with a role after the parenthesis, then a list line",
      "Jane Roe (Acme), Host\nAnn Lee (Beta), Bob Kim (Gamma)",
      [
        ["Jane Roe", "Acme", "Host"],
        ["Ann Lee", "Beta", null],
        ["Bob Kim", "Gamma", null],
      ],
    ],
    [
      "a list line with 'and' among lines of one person each",
      "Jane Roe, Acme\nAnn Lee (Beta) and Bob Kim (Gamma)",
      [
        ["Jane Roe", "Acme", null],
        ["Ann Lee", "Beta", null],
        ["Bob Kim", "Gamma", null],
      ],
    ],
    [
      "an affiliation with parentheses inside its parentheses",
      "Jo Baker (The Institute for Research (TIR))\nAnn Lee (Beta)",
      [
        ["Jo Baker", "The Institute for Research (TIR)", null],
        ["Ann Lee", "Beta", null],
      ],
    ],
    [
      "one person per line whose affiliation after the comma ends in parentheses",
      "Jo Baker, The Institute for Research (TIR)\nAnn Lee, Beta",
      [
        ["Jo Baker", "The Institute for Research (TIR)", null],
        ["Ann Lee", "Beta", null],
      ],
    ],
    [
      "name, title and company (in parentheses) alike on every line",
      "Jane Roe, CTO, Acme (Europe)\nJohn Smith, VP Engineering, Beta (Asia)",
      [
        ["Jane Roe", "CTO, Acme (Europe)", null],
        ["John Smith", "VP Engineering, Beta (Asia)", null],
      ],
    ],
  ])("reads %s", (_shape, text, expected) => {
    expect(reading(text)).toEqual({ people: expected, warnings: [] })
  })
})

describe("parseSpeakers on roles", () => {
  it.each([
    [
      "labels inside a line",
      "Host: Jane Roe (Acme), Participants: Ann Lee (Beta), Bob Kim (Gamma)",
      [
        ["Jane Roe", "Acme", "Host"],
        ["Ann Lee", "Beta", "Participants"],
        ["Bob Kim", "Gamma", "Participants"],
      ],
    ],
    [
      "labels after a period",
      "Moderator: Jane Roe. Panelists: Ann Lee (Acme), Bob Kim (Beta)",
      [
        ["Jane Roe", null, "Moderator"],
        ["Ann Lee", "Acme", "Panelists"],
        ["Bob Kim", "Beta", "Panelists"],
      ],
    ],
    [
      "a role after a comma in a list",
      "Jane Roe, Moderator, Ann Lee (Acme), and Bob Kim (Beta)",
      [
        ["Jane Roe", null, "Moderator"],
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
      ],
    ],
    [
      "a lowercase role after a comma, one person per line",
      "Jane Roe, host\nAnn Lee, Acme",
      [
        ["Jane Roe", null, "host"],
        ["Ann Lee", "Acme", null],
      ],
    ],
  ])("reads %s", (_shape, text, expected) => {
    expect(reading(text)).toEqual({ people: expected, warnings: [] })
  })
})

describe("parseSpeakers on sentences", () => {
  it.each([
    [
      "Moderated by …, the panel will feature … and …",
      "Moderated by Jane Roe, the panel will feature Ann Lee (Acme), Bob Kim (Beta), Cy Dunn (Gamma) and Di Fox (Delta).",
      [
        ["Jane Roe", null, "Moderator"],
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
        ["Cy Dunn", "Gamma", null],
        ["Di Fox", "Delta", null],
      ],
    ],
    [
      "Hosted by … and joined by …",
      "Hosted by Jane Roe and joined by Ann Lee (Acme) and Bob Kim (Beta)",
      [
        ["Jane Roe", null, "Host"],
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
      ],
    ],
    [
      "Featuring …, hosted by …",
      "Featuring Ann Lee (Acme), Bob Kim (Beta) and Cy Dunn, hosted by Jane Roe.",
      [
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
        ["Cy Dunn", null, null],
        ["Jane Roe", null, "Host"],
      ],
    ],
    [
      "… is joined by … from …",
      "Jane Roe is joined by Ann Lee from Acme and Bob Kim from Beta",
      [
        ["Jane Roe", null, null],
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
      ],
    ],
    [
      "With special guests …, co-hosted by …",
      "With special guests Ann Lee and Bob Kim, co-hosted by Jane Roe and Cy Dunn",
      [
        ["Ann Lee", null, null],
        ["Bob Kim", null, null],
        ["Jane Roe", null, "Co-host"],
        ["Cy Dunn", null, "Co-host"],
      ],
    ],
    [
      "… join us; … will moderate",
      "Ann Lee (Acme) and Bob Kim (Beta) join us; Jane Roe will moderate",
      [
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
        ["Jane Roe", null, "Moderator"],
      ],
    ],
    [
      "a sentence on the line after a label",
      "Host: Jane Roe\nThe panel will feature Ann Lee (Acme) and Bob Kim (Beta).",
      [
        ["Jane Roe", null, "Host"],
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
      ],
    ],
    [
      "a sentence wrapped over two lines",
      "Moderated by Jane Roe, the panel will feature\nAnn Lee (Acme), Bob Kim (Beta) and Cy Dunn (Gamma).",
      [
        ["Jane Roe", null, "Moderator"],
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
        ["Cy Dunn", "Gamma", null],
      ],
    ],
    [
      "a sentence on the first line, one person per line after it",
      "Moderated by Jane Roe\nAnn Lee, Acme\nBob Kim, Beta",
      [
        ["Jane Roe", null, "Moderator"],
        ["Ann Lee", "Acme", null],
        ["Bob Kim", "Beta", null],
      ],
    ],
  ])("reads the people of %s, with a warning that says what to write instead", (_shape, text, expected) => {
    const { people, warnings } = reading(text)
    expect(people).toEqual(expected)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^reads as a sentence rather than a list of people; it was read as \d+ people\. Write one person per line instead, as "Name, Affiliation"; /,
    )
    // The lines the warning gives read as the same people, without a warning.
    const lines = [...warnings[0]!.split("the lines ")[1]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!)
    expect(lines).toHaveLength(expected.length)
    expect(reading(lines.join("\n"))).toEqual({ people: expected, warnings: [] })
  })

  it("says what it left out of a sentence", () => {
    expect(reading("Join us for a conversation with Jane Roe and Ann Lee (Acme)")).toEqual({
      people: [
        ["Jane Roe", null, null],
        ["Ann Lee", "Acme", null],
      ],
      warnings: [
        'reads as a sentence rather than a list of people; it was read as 2 people, leaving out "Join us for a conversation". Write one person per line instead, as "Name, Affiliation"; for what was read, the lines "Jane Roe", "Ann Lee, Acme"',
      ],
    })
    expect(reading("Jane Roe, Chair of the Technical Committee")).toEqual({
      people: [["Jane Roe", null, null]],
      warnings: [
        'reads as a sentence rather than a list of people; it was read as 1 person, leaving out "Chair of the Technical Committee". Write one person per line instead, as "Name, Affiliation"; for what was read, the lines "Jane Roe"',
      ],
    })
  })

  it("warns on a line that may name one person or several, and reads it as a list", () => {
    expect(reading("Ann Lee, Bob Kim and Cy Dunn (Gamma)\nDi Fox, Delta")).toEqual({
      people: [
        ["Ann Lee", null, null],
        ["Bob Kim", null, null],
        ["Cy Dunn", "Gamma", null],
        ["Di Fox", "Delta", null],
      ],
      warnings: [
        'has a line that may name one person or several: "Ann Lee, Bob Kim and Cy Dunn (Gamma)"; it was read as 4 people. Write one person per line instead, as "Name, Affiliation"; for what was read, the lines "Ann Lee", "Bob Kim", "Cy Dunn, Gamma", "Di Fox, Delta"',
      ],
    })
  })

  it.each([
    "To be announced",
    "Acme, Beta Corp, Gamma-Systems, Delta",
    "Ana de la Cruz, Ihsan ul Haq, Jan van Dijk, Zoë O'Neil",
    "Jane Roe, The Linux Foundation\nAnn Lee, Beta",
    "Jim Blair, Mohammed Naser, and Jimmy McArthur",
    "Host: Jonathan Bryce (OpenInfra Foundation)\nParticipants:\nThierry Carrez,\n  Allison Randal,\n",
    "Dr. Abhisak Chulya (CEO, Nipa)\nMohammed Naser (CEO at VEXXHOST)\nDavid Comay (Bloomberg; Operator)",
  ])("gives no warning for %j", (text) => {
    expect(reading(text).warnings).toEqual([])
  })
})
