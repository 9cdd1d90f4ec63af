import "server-only";
import { listWards, type WardOption } from "@/server/geo/list-wards";

// The 124 wards are reference data from the repository (ADR 0008): the same until the next deployment, so
// this process reads them once instead of on every search. Immutable, so every instance holding its own copy
// is fine; a failed read is not kept, the next request tries again.
let wards: Promise<readonly WardOption[]> | undefined;

export function loadWards(): Promise<readonly WardOption[]> {
  wards ??= listWards().catch((error: unknown) => {
    wards = undefined;
    throw error;
  });
  return wards;
}
