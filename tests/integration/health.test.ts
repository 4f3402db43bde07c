import { describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/api-client.js";
import { startTestApp } from "../helpers/app.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("GET /api/health", () => {
  it("reports the database up, then down once it stops answering, without a session", async () => {
    const database = await openTestEmbedded();
    const app = await startTestApp(database, { closeDatabase: false });
    try {
      const client = new ApiClient(app.url);
      const up = await client.get<{ status: string; database: string }>("/api/health");
      expect(up.status).toBe(200);
      expect(up.body.data).toEqual({ status: "ok", database: "up" });
      expect(client.cookies.size).toBe(0);

      await database.close();
      // A database that just answered is taken as up for a quarter of a second: let that pass.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const down = await client.get<{ status: string; database: string }>("/api/health");
      expect(down.status).toBe(503);
      expect(down.body.error?.code).toBe("DATABASE_UNAVAILABLE");
    } finally {
      await app.io.close();
      await app.dispose();
    }
  });
});
