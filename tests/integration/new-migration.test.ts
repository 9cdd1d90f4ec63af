import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pendingMigration } from "../../scripts/lib/pending-migration";

// `npm run db:new-migration` derives the "before" schema from the migrations themselves (no snapshot): for a
// schema with one change it writes exactly that change (so with none it would write nothing). One diff takes
// ~15 s of a core; the unchanged case is the same diff minus the one statement, so it is not run twice.

const work = mkdtemp(join(tmpdir(), "new-migration-"));
afterAll(async () => rm(await work, { recursive: true, force: true }));

describe("db:new-migration", () => {
  it("writes exactly the change made to schema.prisma, and nothing that would undo hand-written SQL", async () => {
    const schema = await readFile("prisma/schema.prisma", "utf8");
    const changed = schema.replace(/(model Service \{\n)/, '$1  probeNote String? @map("probe_note")\n');
    expect(changed).not.toBe(schema);
    const changedPath = join(await work, "schema.prisma");
    await writeFile(changedPath, changed);

    const withColumn = await pendingMigration({ schemaPath: changedPath });

    // Prisma would undo the hand-written indexes and the generated search vector: those are left out.
    expect(withColumn.ignored.join("\n")).toContain('DROP INDEX "service_search_vector_idx"');
    expect(withColumn.sql.trim()).toBe('-- AlterTable\nALTER TABLE "service" ADD COLUMN     "probe_note" TEXT;');
  }, 120_000);
});
