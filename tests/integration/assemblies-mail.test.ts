import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/app.js";
import { convenedAssembly } from "../helpers/assemblies.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { until } from "../helpers/sessions.js";

type Received = { from: string; to: string[]; data: string };

describe("a convocation through an SMTP server (embedded PGlite)", () => {
  let app: TestApp;
  let smtp: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            data: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const { port } = smtp.server.address() as AddressInfo;
    app = await startAssociationsApp(openTestEmbedded, {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: "Tashawur <forum@tashawur.example>",
    });
  });
  afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  it("sends each representative's convocation through the server, and keeps it in the outbox", async () => {
    const admin = (await adminWithCharter(app)).client;
    const moderator = (await newMember(app, { role: "moderator" })).client;
    const reps = [await activeAssociation(app, admin), await activeAssociation(app, admin)];
    await convenedAssembly(moderator, { title: "الجمع العام عبر البريد" });
    const emails = reps.map((rep) => rep.email).sort();
    await until(() => received.length >= 2, "the convocations at the SMTP server");
    expect(received.flatMap((message) => message.to).sort()).toEqual(emails);
    expect(received.every((message) => message.from === "forum@tashawur.example")).toBe(true);
    expect(received[0]!.data).toMatch(/^Subject: /m);
    expect(await app.db.outboundEmail.count({ where: { to: { in: emails } } })).toBe(2);
  });
});
