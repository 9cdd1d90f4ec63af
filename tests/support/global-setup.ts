import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "../../scripts/lib/postgres-cluster.mjs";
import { buildTemplates } from "./template-databases";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";

// Runs once before the integration tests: a real Postgres (TEST_DATABASE_URL, or a throwaway cluster started
// here), with template databases the test files copy.
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => void) | undefined;
  if (!adminUrl) {
    const cluster = await startPostgresCluster();
    adminUrl = cluster.url;
    stop = cluster.stop;
  }
  const referenceDataDir = resolveReferenceDataDir();
  const started = Date.now();
  await buildTemplates(adminUrl!, referenceDataDir);
  console.log(`[test db] templates ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("adminDatabaseUrl", adminUrl!);
  return () => stop?.();
}

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
