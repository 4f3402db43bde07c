// Checks the register of decisions:
//   npm run register:verify                       recomputes the chain stored in the database
//   npm run register:verify -- export.json        checks an export offline (no database): hashes,
//                                                 links, order, and the forum's signature over the head
//   npm run register:verify -- export.json --key key.pem
//                                                 the same, against a public key obtained separately
// Exit code 0 when the register is intact, 1 when a record does not match (it is named), 2 on usage.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { RegisterExport, VerifyReport } from "../common/decisions.js";
import { loadConfig } from "../server/config.js";
import { createPrisma, openDatabase } from "../server/db/client.js";
import { verifyExport, verifyRegister } from "../server/modules/decisions/index.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { key: { type: "string" }, json: { type: "boolean", default: false } },
});

function print(report: VerifyReport, what: string): void {
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else if (report.ok) {
    console.log(
      `${what}: intact. ${report.count} record(s); head ${report.head.number ?? "(empty)"} ${report.head.hash}`,
    );
  } else {
    const p = report.problem;
    console.log(
      `${what}: NOT intact. First record that does not match: #${p?.position} ${p?.number ?? ""} (${p?.reason}): ${p?.detail}`,
    );
  }
  process.exitCode = report.ok ? 0 : 1;
}

if (positionals.length > 1) {
  console.error("Usage: npm run register:verify [-- <export.json> [--key <public-key.pem>]] [--json]");
  process.exit(2);
}

const file = positionals[0];
if (file) {
  let data: RegisterExport;
  try {
    data = JSON.parse(await readFile(file, "utf8")) as RegisterExport;
  } catch (error) {
    console.error(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const key = values.key ? await readFile(values.key, "utf8") : undefined;
  print(verifyExport(data, key), file);
} else {
  const config = loadConfig();
  const database = await openDatabase(config, {
    role: "npm run register:verify",
    advice: "stop the server first, or use GET /api/decisions/verify, or check an export offline",
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
  const db = createPrisma(database);
  try {
    print(await verifyRegister(db), "The register");
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
