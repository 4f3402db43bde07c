// `npm run bench`: builds, then runs every benchmark and prints its figures. Nothing here asserts a time.
import { benchClient } from "./client.js";
import { benchHttp } from "./http.js";
import { benchSocketFlood } from "./socket-flood.js";
import { benchStartup } from "./startup.js";
import { benchVotes } from "./votes.js";

console.log(`Tashawur benchmarks on ${process.platform} ${process.arch}, Node ${process.version}`);
await benchClient();
await benchHttp();
await benchStartup();
await benchSocketFlood();
await benchVotes();
