import "server-only";
import { checkHealth } from "./check-health";

/** How long one verdict is trusted: a little longer when the database answered than when it did not, so
 * recovery is noticed within a second of PostgreSQL coming back. */
const TRUST_OK_MS = 2000;
const TRUST_DOWN_MS = 1000;
/** The probe behind a page gives up sooner than /api/health's, so a page never waits more than this. */
const PROBE_TIMEOUT_MS = 1500;

type Verdict = { ok: boolean; at: number };
type State = { verdict?: Verdict; probing?: Promise<boolean> };

// Per process, on globalThis so the proxy and the pages (separate bundles in one process) share it. It is a
// cache of what PostgreSQL said a second or two ago, not shared state: every instance asks for itself.
const state = ((globalThis as unknown as { databaseVerdict?: State }).databaseVerdict ??= {});

/**
 * Could this process reach the database a moment ago? Asks it (`SELECT 1`) at most once per second or two
 * however many requests arrive; concurrent callers share one probe.
 */
export async function databaseIsReachable(now: () => number = Date.now): Promise<boolean> {
  const v = state.verdict;
  if (v && now() - v.at < (v.ok ? TRUST_OK_MS : TRUST_DOWN_MS)) return v.ok;
  // Known down: answer at once and ask again in the background, so a database that hangs (rather than
  // refusing) never holds pages for the probe's time limit; the first request after it is back learns it.
  if (v && !v.ok) {
    void probe(now);
    return false;
  }
  return probe(now);
}

function probe(now: () => number): Promise<boolean> {
  return (state.probing ??= checkHealth({ timeoutMs: PROBE_TIMEOUT_MS })
    .then((health) => {
      state.verdict = { ok: health.status === "ok", at: now() };
      return state.verdict.ok;
    })
    .finally(() => {
      state.probing = undefined;
    }));
}

/** Records what a request just found (a connection error): the next requests answer 503 without asking. */
export function noteDatabaseUnavailable(now: () => number = Date.now): void {
  recordVerdict(false, now);
}

/** Records the answer of a check made elsewhere (/api/health, which load balancers poll). */
export function recordVerdict(ok: boolean, now: () => number = Date.now): void {
  state.verdict = { ok, at: now() };
}
