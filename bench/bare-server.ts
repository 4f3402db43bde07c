// The baseline of `bench/http.ts`: a bare Express app answering each path with the bytes the real app
// sent for it, from memory. Reads the routes from the JSON file named by BENCH_ROUTES.
import { readFileSync } from "node:fs";
import express from "express";

type Route = { path: string; type: string; body: string };
const routes = JSON.parse(readFileSync(process.env.BENCH_ROUTES!, "utf8")) as Route[];
const app = express();
app.get("/api/health-of-baseline", (_req, res) => {
  res.json({ data: { status: "ok" } });
});
for (const route of routes) {
  const body = Buffer.from(route.body, "base64");
  app.get(route.path, (_req, res) => {
    res.type(route.type).send(body);
  });
}
app.listen(Number(process.env.PORT), "127.0.0.1");
