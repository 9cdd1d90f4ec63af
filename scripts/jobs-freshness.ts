// npm run jobs:freshness — one pass of the freshness schedule, for cron (e.g. hourly or daily):
//   asks owners to re-confirm at 6 months, reminds at 11, marks listings stale at 12, queues the next batch of
//   imported listings for verification, drops per-listing demand counts older than the queue reads (28 days),
//   and delivers (or retries) outbox mail.
// Safe to run twice or on several hosts at once: see docs/decisions/0031-freshness-job.md.
// Needs DATABASE_URL, AUTH_SECRET (signs the "still correct" links), SMTP_URL and APP_URL in production.
import { createPrismaClient } from "@/server/db/client";
import { withJobLock } from "@/server/freshness/job-lock";
import { runFreshness } from "@/server/freshness/run-freshness";

/** The job's advisory lock key (any constant shared by every instance). */
const JOB_LOCK = 727_030;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    process.exit(2);
  }
  const db = createPrismaClient(url);
  try {
    const started = Date.now();
    const result = await withJobLock(url, JOB_LOCK, () => runFreshness({}, db));
    if (!result) {
      console.log(JSON.stringify({ job: "freshness", skipped: "another run is in progress" }));
      return;
    }
    console.log(JSON.stringify({ job: "freshness", ...result, ms: Date.now() - started }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
