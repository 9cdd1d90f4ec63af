import { runScript } from "./script-database";
import { seedDatabase } from "@/server/seed/seed-database";
import { resolveReferenceDataDir } from "@/server/seed/reference-files";

// `npm run db:seed [-- --reference-only]`: the real West Yorkshire seed, or with --reference-only the geography,
// postcodes and vocabulary without the seed assets (a directory built from Open Referral feeds alone).
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--reference-only");
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(" ")}. Usage: npm run db:seed [-- --reference-only]`);
  process.exit(2);
}
// DATABASE_URL, else the embedded database (the running `npm run dev`'s, or .data/pglite opened here).
runScript(async (db) => {
  await seedDatabase(db, {
    referenceDataDir: resolveReferenceDataDir(),
    log: console.log,
    referenceOnly: args.includes("--reference-only"),
  });
});
