import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine compiled to WebAssembly. It is instantiated by hand (rather than through the
 * package's ESM `.wasm` import) so that Node 20 needs no `--experimental-wasm-modules` flag.
 */
// The bindings module is one per process, so its instantiation is kept per process too (a module
// evaluated twice, as test runners do, must not re-point the bindings at a second wasm memory).
const loadedKey = Symbol.for("tashawur.schemaEngineWasm");
const processGlobals = globalThis as { [loadedKey]?: Promise<void> };

// Node's global WebAssembly, typed here because the server compiles without the DOM library.
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
type WasmApi = {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: unknown } }>;
};

/** The engine reports a Rust panic's message here before it throws; kept to explain the failure. */
let lastPanic: string | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanic = message;
  },
};

/** The message of the schema engine's last panic, if any. */
export function lastEnginePanic(): string | undefined {
  return lastPanic;
}

function loadWasm(): Promise<void> {
  processGlobals[loadedKey] ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await wasmApi.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    const exports = instance.exports as { __wbindgen_start?: () => void };
    (bindings as unknown as { __wbg_set_wasm(wasm: unknown): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return processGlobals[loadedKey];
}

export const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

export type SchemaFiles = { path: string; content: string }[];

export async function readSchemaFiles(schemaPath: string): Promise<SchemaFiles> {
  return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
}

/** Opens the engine on a database reached through a driver adapter factory. */
export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFiles,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  await loadWasm();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  return bindings.SchemaEngine.new(
    { datamodels: schema.map((file) => [file.path, file.content] as [string, string]) },
    log,
    bound,
  );
}

/** Reads the migrations folder in the shape the engine expects (the same one `prisma migrate` reads). */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const lockPath = "migration_lock.toml";
  const lockContent = await readFile(path.join(migrationsDir, lockPath), "utf8").catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
