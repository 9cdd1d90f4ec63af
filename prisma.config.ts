import { defineConfig } from "prisma/config";

// Used by the Prisma CLI for `generate` only. Migrations are applied by our own runner
// (src/server/db/migrate.ts) because Prisma 7's migrate engine cannot be downloaded here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
