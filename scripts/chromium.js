// Debian's Chromium (apt-get install -y chromium), driven by playwright-core; never a downloaded browser.
// The flags keep it from reaching for Google's services, which this machine cannot reach.
const fs = require("fs")
const { chromium } = require("playwright-core")

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

function launchChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/** The Chromium binary, for tools that launch it themselves (Lighthouse). */
function chromiumPath() {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  return CHROMIUM_PATH
}

module.exports = { launchChromium, chromiumPath, CHROMIUM_ARGS }
