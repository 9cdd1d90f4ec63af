// The results map's points travel inside the page (the React payload), up to 500 of them, so they are packed
// into one string: JSON tuples cost every id and name two escaped quotes, and a UUID is 36 characters where
// its 16 bytes take 22 in base64url. A point on the page's list also carries its number there.

/** One map point: id, latitude, longitude, name, metres from the searched postcode, number in this page's list. */
export type PackedPoint = { id: string; lat: number; lng: number; name: string; distanceM: number | null; position: number | null };

const RECORD = "|";
const FIELD = ",";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** "b86a86a4-0831-…" → 22 base64url characters (by hand: this module also runs in the browser). */
export function shortId(uuid: string): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const ch of uuid.replaceAll("-", "")) {
    value = (value << 4) | parseInt(ch, 16);
    bits += 4;
    if (bits >= 6) {
      bits -= 6;
      out += B64[(value >> bits) & 63];
      value &= (1 << bits) - 1;
    }
  }
  // 128 bits leave 2 over: they lead the last character, as base64 pads them.
  return bits ? out + B64[(value << (6 - bits)) & 63] : out;
}

/** The reverse of shortId. */
export function uuidOf(short: string): string {
  let bits = 0;
  let value = 0;
  let hex = "";
  for (const ch of short) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    while (bits >= 4) {
      bits -= 4;
      hex += ((value >> bits) & 15).toString(16);
    }
    value &= (1 << bits) - 1;
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// A name is the last field, so commas in it are kept; only the record separator (and the escape) are escaped.
const escapeName = (name: string) => name.replaceAll("%", "%25").replaceAll(RECORD, "%7C");
const unescapeName = (name: string) => name.replaceAll("%7C", RECORD).replaceAll("%25", "%");
/** Five decimals of a degree is about a metre: more than a pin can show. */
const degrees = (n: number) => String(Math.round(n * 1e5) / 1e5);

/** Server side: the search's points (and which of them this page lists, by number) as one string. */
export function packMapPoints(
  points: ReadonlyArray<readonly [id: string, lat: number, lng: number, name: string, distanceM: number | null]>,
  positions: ReadonlyMap<string, number>,
): string {
  return points
    .map(([id, lat, lng, name, distanceM]) =>
      [shortId(id), degrees(lat), degrees(lng), distanceM ?? "", positions.get(id) ?? "", escapeName(name)].join(FIELD),
    )
    .join(RECORD);
}

/** Browser side: the points back from packMapPoints. */
export function unpackMapPoints(packed: string): PackedPoint[] {
  if (!packed) return [];
  return packed.split(RECORD).map((record) => {
    const parts = record.split(FIELD);
    const [id, lat, lng, distanceM, position] = parts;
    return {
      id: uuidOf(id!),
      lat: Number(lat),
      lng: Number(lng),
      distanceM: distanceM ? Number(distanceM) : null,
      position: position ? Number(position) : null,
      name: unescapeName(parts.slice(5).join(FIELD)),
    };
  });
}
