import "server-only";
import { fail, ok, type Result } from "@/lib/result";
import { DEFAULT_PROXIMITY_M } from "@/lib/validation/oruk-query";
import type { Db } from "@/server/db/client";
import { lookupPostcode } from "@/server/geo/lookup-postcode";

export type Near = { origin: { lat: number; lng: number } | null; radiusM: number | null };

/** `postcode` + `proximity` as a point and metres; a proximity without a postcode, or an unknown postcode, is a 400. */
export async function resolveNear(q: { postcode?: string; proximity?: number }, db: Db): Promise<Result<Near, "bad_request">> {
  if (q.proximity !== undefined && !q.postcode)
    return fail("bad_request", "proximity needs a postcode to measure from", { proximity: "proximity needs a postcode to measure from" });
  if (!q.postcode) return ok({ origin: null, radiusM: null });
  const found = await lookupPostcode(q.postcode, db);
  if (!found.ok) {
    const message = "postcode is not a West Yorkshire postcode or postcode district we know";
    return fail("bad_request", message, { postcode: message });
  }
  return ok({ origin: { lat: found.value.lat, lng: found.value.lng }, radiusM: q.proximity ?? DEFAULT_PROXIMITY_M });
}
