import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { env } from "@/env";

export type Db = PrismaClient;

/**
 * A database handle that may be the client or a transaction inside it. Code that reads or writes as part of a
 * larger change takes one of these, so its caller decides the transaction (the client itself fits too).
 */
export type DbOrTx = Prisma.TransactionClient;

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One client per process, created on first use (so `next build` never needs a database), kept on globalThis
// so Next's hot reload in development does not open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function instance(): PrismaClient {
  return (globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL));
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
