// `npm run bench`: builds, then runs every benchmark and prints its figures. Nothing here asserts a time.
import { benchAssembly } from "./assembly.js";
import { benchClient } from "./client.js";
import { benchDebates } from "./debates.js";
import { benchHttp } from "./http.js";
import { benchLive } from "./live.js";
import { benchSocketFlood } from "./socket-flood.js";
import { benchStartup } from "./startup.js";
import { benchVotes } from "./votes.js";

console.log(`Tashawur benchmarks on ${process.platform} ${process.arch}, Node ${process.version}`);
await benchClient();
await benchHttp();
await benchStartup();
await benchSocketFlood();
await benchVotes();
await benchDebates();
await benchLive();
await benchAssembly();
