import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export const migrationPaths = {
  migrationsDir: path.join(root, "prisma", "migrations"),
  schemaPath: path.join(root, "prisma", "schema.prisma"),
};

export const clientDir = path.join(root, "dist", "client");
export const repoRoot = root;
