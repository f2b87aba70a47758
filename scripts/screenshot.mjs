// Screenshots of a built page in Debian's Chromium, for looking at what visitors get.
// Usage: node scripts/screenshot.mjs URL OUT_PREFIX   (writes OUT_PREFIX-phone.png and OUT_PREFIX-desktop.png)
import { chromium } from "playwright-core"

const [url = "http://localhost:9000/live/", prefix = "/tmp/live"] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
})
for (const [name, viewport] of [["phone", { width: 375, height: 812 }], ["desktop", { width: 1280, height: 900 }]]) {
  const page = await browser.newPage({ viewport })
  page.on("console", (message) => console.log(`[${name} console.${message.type()}] ${message.text()}`))
  await page.goto(url, { waitUntil: "networkidle" })
  await page.screenshot({ path: `${prefix}-${name}.png`, fullPage: process.env.FULL === "1" })
  await page.close()
}
await browser.close()
