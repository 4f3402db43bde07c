import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { cruise, type IConfiguration } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

// The project's own rules, run on a small tree of fixture files: each case adds one import and says
// which rule (if any) must refuse it. `npm run lint` runs the same rules on the real tree.
const config = createRequire(import.meta.url)("../.dependency-cruiser.cjs") as IConfiguration;
const root = mkdtempSync(path.join(tmpdir(), "import-rules-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let fixture = 0;

/** The rules broken when `from` imports `to` (paths relative to the repository root). */
async function violations(from: string, to: string): Promise<string[]> {
  const dir = path.join(root, String(fixture++));
  for (const file of [from, to]) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "export const value = 1;\n");
  }
  const specifier = path.relative(path.dirname(from), to).replace(/^(?!\.)/, "./");
  writeFileSync(path.join(dir, from), `import { value } from "${specifier}";\nexport const copy = value;\n`);
  const result = await cruise([from], { ruleSet: { forbidden: config.forbidden ?? [] }, validate: true, baseDir: dir });
  if (typeof result.output === "string") throw new Error("unexpected output");
  return result.output.summary.violations.map((violation) => violation.rule.name);
}

describe("import rules", () => {
  it.each([
    ["common/a.ts", "server/b.ts", "common-is-shared"],
    ["common/a.ts", "client/b.ts", "common-is-shared"],
    ["client/features/x/a.ts", "server/b.ts", "client-not-server"],
    ["client/components/a.tsx", "client/features/x/b.ts", "components-not-features"],
    ["server/http/a.ts", "server/modules/x/index.ts", "kernel-not-modules"],
    ["server/db/a.ts", "server/modules/x/service.ts", "kernel-not-modules"],
    ["server/auth/a.ts", "server/modules/x/index.ts", "kernel-not-modules"],
    ["server/modules/x/service.ts", "server/modules/y/service.ts", "module-through-index"],
    ["server/app.ts", "server/modules/x/routes.ts", "outside-through-index"],
  ])("%s importing %s breaks %s", async (from, to, rule) => {
    expect(await violations(from, to)).toContain(rule);
  });

  it.each([
    ["server/modules/x/service.ts", "server/modules/y/index.ts"],
    ["server/modules/x/routes.ts", "server/modules/x/service.ts"],
    ["server/modules/x/service.ts", "server/http/params.ts"],
    ["server/app.ts", "server/modules/index.ts"],
    ["client/features/x/a.ts", "common/b.ts"],
    ["client/features/x/a.ts", "client/components/b.tsx"],
  ])("%s may import %s", async (from, to) => {
    expect(await violations(from, to)).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    const dir = path.join(root, "cycle");
    mkdirSync(path.join(dir, "server/modules/x"), { recursive: true });
    writeFileSync(path.join(dir, "server/modules/x/a.ts"), 'import { b } from "./b.ts";\nexport const a = () => b;\n');
    writeFileSync(path.join(dir, "server/modules/x/b.ts"), 'import { a } from "./a.ts";\nexport const b = () => a;\n');
    const result = await cruise(["server/modules/x/a.ts"], {
      ruleSet: { forbidden: config.forbidden ?? [] },
      validate: true,
      baseDir: dir,
    });
    if (typeof result.output === "string") throw new Error("unexpected output");
    expect(result.output.summary.violations.map((violation) => violation.rule.name)).toContain("no-circular");
  });
});
