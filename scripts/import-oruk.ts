// `npm run import:oruk -- <source> [--trust] [--dry-run] [--licence "<text>"]`: read an Open Referral UK 3.0
// feed (a base URL, a directory of JSON files or one JSON file) and bring its services into the directory
// (ADR 0016). The whole feed is read before anything is written, so a feed that fails stops with nothing
// half-done. Uses DATABASE_URL, else the embedded database (scripts/script-database.ts).
import { importServices } from "@/server/oruk-import/import-services";
import { FeedError, readFeed } from "@/server/oruk-import/read-feed";
import { importSummaryLines } from "@/lib/oruk-import-summary";
import { runScript } from "./script-database";

const USAGE = 'usage: npm run import:oruk -- <feed URL | directory | file.json> [--trust] [--dry-run] [--licence "<text>"]';

function parseArgs(args: string[]) {
  const flags = { trust: false, dryRun: false, licence: null as string | null, source: null as string | null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--trust") flags.trust = true;
    else if (a === "--dry-run") flags.dryRun = true;
    else if (a === "--licence" && args[i + 1] && !args[i + 1]!.startsWith("--")) flags.licence = args[++i]!;
    else if (!a.startsWith("--") && flags.source === null) flags.source = a;
    else return null;
  }
  return flags.source ? { ...flags, source: flags.source } : null;
}

/** One line redrawn on a terminal; a line every tenth of the way otherwise (logs stay short). */
function progress(label: string) {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return (done: number, total: number | null) => {
    if (tty) {
      const width = 30;
      const bar = total ? "#".repeat(Math.round((done / total) * width)).padEnd(width, ".") : "";
      process.stderr.write(`\r${label} ${bar} ${done}${total ? `/${total}` : ""}\x1b[K`);
      if (total !== null && done >= total) process.stderr.write("\n");
      return;
    }
    const tenth = total ? Math.floor((done / total) * 10) : Math.floor(done / 100);
    if (tenth !== lastTenth || (total !== null && done === total)) {
      lastTenth = tenth;
      process.stderr.write(`${label} ${done}${total ? `/${total}` : ""}\n`);
    }
  };
}

const args = parseArgs(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exit(2);
}

// The whole feed is read before the database is opened: a mistyped source fails at once.
const feed = await readFeed(args.source, { onProgress: progress("Reading") }).catch((error: unknown) => {
  if (!(error instanceof FeedError)) throw error;
  console.error(`${process.stderr.isTTY ? "\n" : ""}Could not import ${args.source}: ${error.message}\nNothing was written.`);
  process.exit(1);
});

runScript(async (db) => {
  const summary = await importServices(
    { feed, trust: args.trust, dryRun: args.dryRun, licence: args.licence, onProgress: progress(args.dryRun ? "Checking" : "Importing") },
    db,
  );
  console.log(`From ${feed.label}:`);
  for (const line of importSummaryLines(summary)) console.log(line);
});
