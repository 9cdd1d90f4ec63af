#!/usr/bin/env node
// The npm registry reachable from this project's machines serves only Linux builds of packages with native
// binaries (Next's SWC, Tailwind's oxide, …). npm then leaves the other platforms' optional packages out of
// package-lock.json, and `npm ci` rejects the lock as out of sync. This adds those entries, marked optional
// with their os/cpu, exactly as a lock made against the full registry has them; npm skips them on Linux.
// Run after changing dependencies: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "sunos", "aix", "netbsd", "openbsd", "wasm32"];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32"];

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const packages = lock.packages;
let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const parts = name.split("/").at(-1).split("-");
    const os = OS.find((o) => parts.includes(o));
    const cpu = CPU.find((c) => parts.includes(c));
    packages[hoisted] = {
      version: version.replace(/^[\^~]/, ""),
      cpu: cpu ? [cpu === "wasm32" ? "wasm32" : cpu] : undefined,
      license: pkg.license,
      optional: true,
      os: os && os !== "wasm32" ? [os] : undefined,
    };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries`);
