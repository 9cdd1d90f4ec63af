import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { env, type Env } from "@/env";

export type Db = PrismaClient;

/**
 * A database handle that may be the client or a transaction inside it. Code that reads or writes as part of a
 * larger change takes one of these, so its caller decides the transaction (the client itself fits too).
 */
export type DbOrTx = Prisma.TransactionClient;

/** How long the pool waits for a connection, a statement and an idle connection (src/env.ts has the defaults). */
export type PoolTimeouts = { connectMs: number; statementMs: number; idleMs: number };

/** The app's pool timeouts from the environment. */
export function poolTimeouts(
  e: Pick<Env, "DATABASE_CONNECT_TIMEOUT_MS" | "DATABASE_STATEMENT_TIMEOUT_MS" | "DATABASE_IDLE_TIMEOUT_MS">,
): PoolTimeouts {
  return { connectMs: e.DATABASE_CONNECT_TIMEOUT_MS, statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS, idleMs: e.DATABASE_IDLE_TIMEOUT_MS };
}

/**
 * A client on its own pg pool. Scripts (migrations, seed, jobs) pass no timeouts: a seed or a migration may
 * rightly run for minutes. The app's client has them, so a request never waits on a database that is down
 * (connect) or on a runaway query (statement; PostgreSQL cancels it, and `query_timeout` backs it up in
 * case the server cannot even answer the cancel). It also turns PostgreSQL's JIT off: for statements that take
 * milliseconds, compiling them costs more than it saves (16–580 ms measured on search and API statements at
 * 100,000 services, docs/performance.md). PGlite has no JIT and ignores it.
 */
export function createPrismaClient(connectionString: string, timeouts?: PoolTimeouts): PrismaClient {
  const pool = timeouts
    ? {
        connectionTimeoutMillis: timeouts.connectMs,
        statement_timeout: timeouts.statementMs,
        query_timeout: timeouts.statementMs + 2000,
        idleTimeoutMillis: timeouts.idleMs,
        options: "-c jit=off",
      }
    : {};
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...pool }) });
}

// One client per process, created on first use (so `next build` never needs a database), kept on globalThis
// so Next's hot reload in development does not open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function instance(): PrismaClient {
  const e = env();
  return (globalForPrisma.prisma ??= createPrismaClient(e.DATABASE_URL, poolTimeouts(e)));
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
