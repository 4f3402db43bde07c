import type { Tx } from "../db/client.js";
import type { Logger } from "../logger.js";

/** An email the platform sends. */
export type Email = { to: string; subject: string; text: string };

/**
 * There is no mail server: an email is kept in the `outbound_emails` table (in the caller's
 * transaction, so it exists only if the change that sends it does) and written to the log.
 */
export async function queueEmail(tx: Tx, log: Logger | undefined, email: Email): Promise<void> {
  await tx.outboundEmail.create({ data: email });
  // The text may hold a secret link (an invitation): the log names the email, never its body.
  log?.info({ to: email.to, subject: email.subject }, "email queued in the outbox");
}
