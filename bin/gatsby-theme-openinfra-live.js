#!/usr/bin/env node
// The theme's command line: `gatsby-theme-openinfra-live check [files or folders]`. See --help.
const { run } = require("../dist/src/cli/cli")

const report = run(process.argv.slice(2), process.cwd())
process.stdout.write(report.output)
if (report.summary !== "") process.stderr.write(`${report.summary}\n`)
process.exitCode = report.exitCode
