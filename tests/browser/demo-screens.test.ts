import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { ProposalDetail, ProposalSummary } from "../../common/proposals.js";
import type { VoteSummary } from "../../common/votes.js";
import { seedDemo } from "../../server/demo/seed.js";
import { createLogger } from "../../server/logger.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { browserUnavailable, launchChromium, screenshotDir, shoot } from "./browser.js";
import { contextAs } from "./screens-fixture.js";

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`Browser tests cannot run: ${unavailable}`);
if (unavailable) console.warn(`[browser] skipped: ${unavailable}`);

const phone = { width: 320, height: 700 };

describe.skipIf(!!unavailable)("the demo's proposals, votes and register on a phone, in Arabic and French", () => {
  let app: TestApp;
  let browser: Browser;
  let amina: ApiClient;
  let pages: [string, string][];
  let shots: string;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    expect(await seedDemo(app.db, createLogger({ logLevel: "silent" }))).toBe(true);
    browser = await launchChromium();
    shots = await screenshotDir("demo-screens");
    amina = new ApiClient(app.url);
    await amina.post("/api/auth/login", { email: "amina@tashawur.example", password: "demo-tashawur-2026" });
    const first = async <T>(path: string) => (await amina.get<Paginated<T>>(path)).body.data!.items[0]!;
    const adopted = await first<ProposalSummary>("/api/proposals?state=adopted");
    const discussed = await first<ProposalSummary>("/api/proposals?state=in_discussion");
    const open = await first<VoteSummary>("/api/votes?status=open");
    const closed = await first<VoteSummary>("/api/votes?status=closed");
    const record = (await amina.get<ProposalDetail>(`/api/proposals/${adopted.id}`)).body.data!.decision!;
    pages = [
      ["proposals", "/proposals"],
      ["proposal-adopted", `/proposals/${adopted.id}`],
      ["proposal-discussed", `/proposals/${discussed.id}`],
      ["proposal-amend", `/proposals/${discussed.id}/amend`],
      ["proposal-versions", `/proposals/${discussed.id}/versions`],
      ["votes", "/votes"],
      ["vote-open", `/votes/${open.id}`],
      ["vote-closed", `/votes/${closed.id}`],
      ["decisions", "/decisions"],
      ["decision", `/decisions/${record.number}`],
    ];
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const locale of ["ar", "fr"] as const) {
    it(`shows each screen within 320 px, with no sideways scroll (${locale})`, async () => {
      const context = await contextAs(browser, app, amina, phone, locale);
      try {
        const page = await context.newPage();
        for (const [name, path] of pages) {
          await page.goto(`${app.url}${path}`);
          await page.locator("main h1").first().waitFor();
          await page.waitForLoadState("networkidle");
          const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
          await shoot(page, shots, `${name}-${locale}`);
          expect(overflow, `${name} (${locale}) scrolls sideways`).toBeLessThanOrEqual(0);
        }
        // The Schulze matrices of the open vote fit the phone: their columns are numbered.
        await page.goto(`${app.url}${pages.find(([name]) => name === "vote-open")![1]}`);
        const matrix = page.locator(".vote-matrix").first();
        await matrix.waitFor();
        const scroll = await matrix.evaluate((table) => {
          const wrap = table.parentElement!;
          return wrap.scrollWidth - wrap.clientWidth;
        });
        expect(scroll).toBeLessThanOrEqual(1);
      } finally {
        await context.close();
      }
    });
  }
});
