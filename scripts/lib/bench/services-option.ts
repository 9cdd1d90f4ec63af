// The size a benchmark runs at: `--services N` (or `--services=N`) on the command line, else BENCH_SERVICES,
// else 100,000. `seed` or 0 means the real seed alone, no synthetic listings.

export const DEFAULT_SERVICES = 100_000;

/** Published services to reach; 0 for the seed alone. Throws on anything but a whole number or `seed`. */
export function servicesOption(argv: string[] = process.argv, env: Record<string, string | undefined> = process.env): number {
  const at = argv.findIndex((a) => a === "--services" || a.startsWith("--services="));
  const raw = at === -1 ? env.BENCH_SERVICES : argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  if (raw === undefined || raw === "") return DEFAULT_SERVICES;
  if (raw.trim().toLowerCase() === "seed") return 0;
  const n = Number(raw.replace(/[_,]/g, ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--services must be a whole number of services or "seed", not "${raw}"`);
  return n;
}

/** How a size is named in docs/performance.md's section keys and headings. */
export function sizeKey(services: number): string {
  return services === 0 ? "seed" : String(services);
}

export function sizeLabel(services: number, actual: number): string {
  const n = actual.toLocaleString("en-GB");
  return services === 0 ? `the seed size (${n} services)` : `${services.toLocaleString("en-GB")} services`;
}
