import { z } from "zod";

// Every environment variable the app reads, validated once. Import `env` instead of reading process.env.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  REFERENCE_DATA_DIR: z.string().min(1).default("data/west-yorkshire"),
  AUTH_SECRET: z.string().min(16).optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("West Yorkshire Creative Health Directory <no-reply@localhost>"),
  APP_URL: z.string().url().optional(),
  /** How many proxies in front of the app append to X-Forwarded-For; the client address is read that far from the right. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
  MAP_TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
/** Validated environment; throws with every problem listed on first use. */
export function env(): Env {
  cached ??= load();
  return cached;
}
