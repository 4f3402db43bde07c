import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { clientDir, repoRoot } from "../helpers/paths.js";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why browser tests cannot run here, or undefined. Under CI=true a missing browser is a failure. */
export function browserUnavailable(): string | undefined {
  if (!existsSync(path.join(clientDir, "index.html"))) return "the client is not built (npm run build:client)";
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (apt-get install chromium)`;
  return undefined;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
}

/** Where this run's screenshots go; printed once so a person can look at them. */
export async function screenshotDir(suite: string): Promise<string> {
  const dir = path.join(repoRoot, "test-results", "screenshots", suite);
  await mkdir(dir, { recursive: true });
  console.log(`[browser] screenshots of ${suite}: ${dir}`);
  return dir;
}

export async function shoot(page: Page, dir: string, name: string) {
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
