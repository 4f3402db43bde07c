import nodemailer from "nodemailer";
import type { Logger } from "../logger.js";
import type { Email } from "./outbox.js";

/** Hands emails already kept in the outbox to a mail server, after the commit that made them. */
export type Mailer = { deliver(emails: readonly Email[]): Promise<void> };

/**
 * The SMTP server of SMTP_URL (nodemailer), or none: without one, the outbox and the log are where
 * emails go. A failed delivery is logged and never undoes the change that sent it (the email stays in
 * the outbox).
 */
export function createMailer(options: { smtpUrl: string | undefined; from: string | undefined; log: Logger }): Mailer {
  if (!options.smtpUrl) return { deliver: async () => {} };
  const transport = nodemailer.createTransport(options.smtpUrl);
  const from = options.from ?? "Tashawur <no-reply@localhost>";
  return {
    async deliver(emails) {
      for (const email of emails) {
        try {
          await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
        } catch (error) {
          options.log.warn(
            { err: error, to: email.to, subject: email.subject },
            "email not delivered by the SMTP server",
          );
        }
      }
    },
  };
}
