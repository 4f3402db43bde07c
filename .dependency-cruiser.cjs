/**
 * Import rules of the code base (`npm run lint` runs them): shared code stays shared, the client
 * never reaches into the server, the kernel (http, db, auth) knows no module, and a module reaches
 * another one only through that module's `index.ts`. Type-only imports count too, except for cycles.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "common-is-shared",
      comment: "common/ is read by the server and the client alike: it imports neither.",
      severity: "error",
      from: { path: "^common/" },
      to: { path: "^(server|client)/" },
    },
    {
      name: "client-not-server",
      comment: "The client talks to the server over HTTP and sockets; shared shapes live in common/.",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^server/" },
    },
    {
      name: "components-not-features",
      comment: "client/components/ holds domain-free pieces: features use them, never the reverse.",
      severity: "error",
      from: { path: "^client/components/" },
      to: { path: "^client/features/" },
    },
    {
      name: "kernel-not-modules",
      comment: "server/http, server/db and server/auth are below every module: they import none.",
      severity: "error",
      from: { path: "^server/(http|db|auth)/" },
      to: { path: "^server/modules/" },
    },
    {
      name: "module-through-index",
      comment: "A module reaches another module only through its index.ts, never its internals.",
      severity: "error",
      from: { path: "^server/modules/([^/]+)/" },
      to: { path: "^server/modules/[^/]+/", pathNot: ["^server/modules/$1/", "^server/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "outside-through-index",
      comment: "The rest of the server (app, demo, realtime) also reaches a module only through its index.ts.",
      severity: "error",
      from: { path: "^server/", pathNot: "^server/modules/" },
      to: { path: "^server/modules/[^/]+/", pathNot: "^server/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "no-circular",
      comment: "No import cycles (cycles made only of type imports are harmless and allowed).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(server/generated|dist|node_modules)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
