// The results map's points travel inside the page (the React payload), up to 500 of them, so they are packed
// into one string: JSON tuples cost every id and name two escaped quotes, and a UUID is 36 characters where
// its 16 bytes take 22 in base64url. A point on the page's list also carries its number there.

/** One map point: id, latitude, longitude, name, metres from the searched postcode, number in this page's list. */
export type PackedPoint = { id: string; lat: number; lng: number; name: string; distanceM: number | null; position: number | null };

const RECORD = "|";
const FIELD = ",";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * "b86a86a4-0831-…" → 22 base64url characters (by hand: this module also runs in the browser). Three hex
 * digits at a time make two characters: the server packs up to 500 ids per page, so this is on every search.
 */
export function shortId(uuid: string): string {
  const hex = uuid.replaceAll("-", "");
  let out = "";
  for (let i = 0; i + 3 <= hex.length; i += 3) {
    const n = parseInt(hex.slice(i, i + 3), 16);
    out += B64[n >> 6]! + B64[n & 63]!;
  }
  // 32 digits leave 2 (8 bits) over: they lead the last two characters, as base64 pads them.
  const n = parseInt(hex.slice(30), 16);
  return out + B64[n >> 2]! + B64[(n & 3) << 4]!;
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
const units = (degrees: number) => Math.round(degrees * 1e5);

/** A whole number ≥ 0 in exactly `width` base64url characters. */
function fixed(n: number, width: number): string {
  let out = "";
  for (let i = 0; i < width; i++, n = Math.floor(n / 64)) out = B64[n % 64]! + out;
  return out;
}
const unfixed = (text: string) => [...text].reduce((n, ch) => n * 64 + B64.indexOf(ch), 0);
/** How many base64url characters hold every number below `limit`. */
const widthFor = (limit: number) => Math.max(1, Math.ceil(Math.log(limit + 1) / Math.log(64)));

/**
 * Server side: the search's points (and which of them this page lists, by number) as one string. A header
 * (the widths, the first point in 1e-5 degrees) and then, per point, fixed-width fields: the id, latitude and
 * longitude as offsets from the first point, metres + 1 (0: no distance), then the page's number (if listed),
 * a comma and the name. At 342 points this is 16 characters a point fewer than decimal fields.
 */
export function packMapPoints(
  points: ReadonlyArray<readonly [id: string, lat: number, lng: number, name: string, distanceM: number | null]>,
  positions: ReadonlyMap<string, number>,
): string {
  if (points.length === 0) return "";
  const [lat0, lng0] = [units(points[0]![1]), units(points[0]![2])];
  const spread = Math.max(...points.map(([, lat, lng]) => Math.max(Math.abs(units(lat) - lat0), Math.abs(units(lng) - lng0))));
  const w = widthFor(2 * spread + 1);
  const half = Math.floor(64 ** w / 2);
  const d = widthFor(Math.max(...points.map((p) => Math.round(p[4] ?? -1) + 1)));
  const header = `${w}${d}${lat0},${lng0}`;
  const records = points.map(
    ([id, lat, lng, name, distanceM]) =>
      `${shortId(id)}${fixed(units(lat) - lat0 + half, w)}${fixed(units(lng) - lng0 + half, w)}${fixed(distanceM === null ? 0 : Math.round(distanceM) + 1, d)}${positions.get(id) ?? ""}${FIELD}${escapeName(name)}`,
  );
  return [header, ...records].join(RECORD);
}

/** Browser side: the points back from packMapPoints. */
export function unpackMapPoints(packed: string): PackedPoint[] {
  if (!packed) return [];
  const [header, ...records] = packed.split(RECORD);
  const w = Number(header![0]);
  const d = Number(header![1]);
  const [lat0, lng0] = header!.slice(2).split(FIELD).map(Number) as [number, number];
  const half = Math.floor(64 ** w / 2);
  return records.map((record) => {
    const at = (from: number, width: number) => unfixed(record.slice(from, from + width));
    const fixedEnd = 22 + 2 * w + d;
    const comma = record.indexOf(FIELD, fixedEnd);
    const metres = at(22 + 2 * w, d);
    const position = record.slice(fixedEnd, comma);
    return {
      id: uuidOf(record.slice(0, 22)),
      lat: (lat0 + at(22, w) - half) / 1e5,
      lng: (lng0 + at(22 + w, w) - half) / 1e5,
      distanceM: metres === 0 ? null : metres - 1,
      position: position ? Number(position) : null,
      name: unescapeName(record.slice(comma + 1)),
    };
  });
}
