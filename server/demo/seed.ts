import type { SessionUser } from "../auth/types.js";
import type { Config } from "../config.js";
import type { Database, Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { registerUser } from "../modules/users/index.js";
import { seedAssemblies } from "./assemblies.js";
import { demoRepresentatives, seedAssociations } from "./associations.js";
import { seedDebates } from "./debates.js";
import { seedDecisions } from "./decisions.js";
import { seedProposals } from "./proposals.js";
import { seedSessions } from "./sessions.js";
import { demoUsers } from "./users.js";

/** The demo is made on the embedded database unless DEMO=0, and on PostgreSQL only with DEMO=1. */
export function demoWanted(config: Config, database: Database): boolean {
  return config.demo ?? database.kind === "embedded";
}

/**
 * Fills an empty database with the fictional demo: its accounts, the charter's first version, a
 * dozen associations in every membership status, debates on the forum's themes, live sessions, and
 * proposals and votes (one adopted into the register, one in discussion, one vote open). A database that already has users is left as it
 * is, so a second start creates nothing again.
 */
export async function seedDemo(db: Db, log: Logger, proposalMinSponsors = 2): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const accounts: Record<string, SessionUser> = {};
  for (const user of demoUsers) {
    const created = await registerUser(
      db,
      { email: user.email, name: user.name, password: user.password, locale: "ar" },
      user.role,
    );
    accounts[user.email.split("@")[0]!] = created;
  }
  const password = demoUsers[0]!.password;
  const associations = await seedAssociations(db, accounts, password);
  await seedDecisions(db, accounts.moderator?.id);
  const debates = await seedDebates(db);
  await seedSessions(db, accounts.moderator!);
  const proposals = await seedProposals(db, proposalMinSponsors);
  // The past assembly adopts the work programme that the follow-up page then shows.
  await seedAssemblies(db, accounts.moderator!);
  log.info(
    {
      logins: [
        ...demoUsers.map(({ email, password, role }) => ({ email, password, role })),
        ...demoRepresentatives.map(({ email }) => ({ email, password, role: "member" })),
      ],
      associations,
      debates,
      ...proposals,
    },
    "demo data created; these fictional accounts can log in now",
  );
  return true;
}
