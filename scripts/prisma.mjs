#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma 7 tries to download its native schema engine before any command;
// it skips that when PRISMA_SCHEMA_ENGINE_BINARY names an existing file. `generate` never runs that engine,
// so any existing file will do. We never use Prisma's native migrate (see docs/decisions/0002).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
