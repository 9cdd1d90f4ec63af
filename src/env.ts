import { z } from "zod";

/**
 * What a production server with its own database cannot run without: a made-up AUTH_SECRET would sign people
 * out on every restart and differ between instances, a missing APP_URL would put request-derived hosts in links,
 * and without SMTP_URL no sign-in link could be sent. The embedded one-machine mode (`npm start` with no
 * DATABASE_URL, which sets EMBEDDED_DATABASE) keeps its local defaults.
 */
export const REQUIRED_IN_PRODUCTION = ["AUTH_SECRET", "APP_URL", "SMTP_URL"] as const;

// Every environment variable the app reads, validated once. Import `env` instead of reading process.env.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
    /** Set by scripts/start.ts when it runs the embedded PGlite: a single instance on one machine. */
    EMBEDDED_DATABASE: z.literal("1").optional(),
    REFERENCE_DATA_DIR: z.string().min(1).default("data/west-yorkshire"),
    AUTH_SECRET: z.string().min(16).optional(),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("West Yorkshire Creative Health Directory <no-reply@localhost>"),
    APP_URL: z.string().url().optional(),
    /** How many proxies in front of the app append to X-Forwarded-For; the client address is read that far from the right. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
    MAP_TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    /** Give up opening a database connection after this long, so a request fails fast while PostgreSQL is down. */
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    /** PostgreSQL cancels a statement after this long. The slowest legitimate query, insights at 100,000 listings, takes ≈ 0.6 s (docs/performance.md). */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
    /** An idle pooled connection is closed after this long (a restarted server leaves no stale ones for long). */
    DATABASE_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV !== "production" || e.EMBEDDED_DATABASE) return;
    for (const key of REQUIRED_IN_PRODUCTION) {
      if (!e[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required in production with DATABASE_URL set" });
    }
  });

export type Env = z.infer<typeof schema>;

/** Validates `source`; throws one error listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
/** Validated environment; throws with every problem listed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
