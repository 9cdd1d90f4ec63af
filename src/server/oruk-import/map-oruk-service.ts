import "server-only";
import { absoluteWebsite } from "@/lib/external-url";
import { accessibilityIn, matchTerm, type FeedTerm, type TermMatch } from "@/lib/oruk-term-match";
import { plainTextFromHtml } from "@/lib/plain-text";
import { normalisePostcode } from "@/lib/postcode";
import {
  feedServiceSchema,
  importedServiceSchema,
  type FeedAttribute,
  type FeedLocation,
  type FeedService,
  type ImportedLocation,
  type ImportedService,
} from "@/lib/validation/oruk-import";
import { inWestYorkshire } from "@/lib/west-yorkshire";
import { mapSchedules } from "./map-oruk-schedules";

// One feed record → the ImportedService we would write (ADR 0016). A record without an id or name, or with a
// field of the wrong kind, is refused with a reason; everything else the standard allows to be missing stays
// unknown. Points outside West Yorkshire or impossible ones are not used: the venue falls back to its postcode's
// point, else it has none and the moderator is told.

export type MapContext = { lookupPostcode: (postcode: string) => Promise<{ lat: number; lng: number } | null> };
export type MappedService = { ok: true; service: ImportedService } | { ok: false; sourceId: string | null; reason: string };

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const STATUS: Record<string, ImportedService["status"]> = {
  active: "active",
  inactive: "inactive",
  defunct: "defunct",
  "temporarily closed": "temporarily_closed",
  temporarily_closed: "temporarily_closed",
};

export async function mapOrukService(raw: unknown, ctx: MapContext): Promise<MappedService> {
  const parsed = feedServiceSchema.safeParse(raw);
  const rawId = typeof raw === "object" && raw !== null && "id" in raw ? String((raw as { id: unknown }).id) : null;
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    return { ok: false, sourceId: rawId, reason: `${where}${issue.message}` };
  }
  const s = parsed.data;
  const warnings: string[] = [];
  const text = (v: string | null | undefined) => (v ? plainTextFromHtml(v) || null : null);

  const locations: ImportedLocation[] = [];
  const salIds: Array<string | null> = [];
  for (const sal of s.service_at_locations) {
    if (!sal.location) continue;
    locations.push(await mapLocation(sal.location, ctx, warnings));
    salIds.push(sal.id ?? null);
  }
  const terms = s.attributes.map(termOf).filter((t): t is FeedTerm => t !== null);
  const matched = terms.flatMap(matchTerm);
  const codes = (slug: TermMatch["taxonomy"]) => [...new Set(matched.filter((m) => m.taxonomy === slug).map((m) => m.code))];
  const costOptions = s.cost_options.map((c) => ({
    option: text(c.option),
    amount: price(c.amount, warnings),
    amountDescription: text(c.amount_description),
  }));
  const fees = text(s.fees_description) ?? text(s.fees);
  const online = s.service_areas.some((a) => /online|virtual/i.test(`${a.extent_type ?? ""} ${a.name ?? ""}`));
  const hasPhysical = locations.some((l) => l.pointFrom !== "none" || l.postcode || l.address1);
  const minimumAge = wholeAge(s.minimum_age, "minimum_age", warnings);
  const maximumAge = wholeAge(s.maximum_age, "maximum_age", warnings);

  const service = importedServiceSchema.safeParse({
    sourceId: s.id,
    name: plainTextFromHtml(s.name).slice(0, 300),
    alternateName: text(s.alternate_name)?.slice(0, 300) ?? null,
    description: capped(text(s.description) ?? "", warnings),
    url: absoluteWebsite(s.url),
    email: emailOf(s.email),
    status: STATUS[(s.status ?? "active").toLowerCase()] ?? "active",
    fees,
    isFree: isFree(costOptions, fees),
    minimumAge,
    maximumAge: minimumAge !== null && maximumAge !== null && maximumAge < minimumAge ? null : maximumAge,
    attendingTypes: [...(hasPhysical ? ["in_person" as const] : []), ...(online ? ["online" as const] : [])],
    organisation: s.organization?.name
      ? {
          sourceId: s.organization.id,
          name: plainTextFromHtml(s.organization.name),
          description: text(s.organization.description) ?? "",
          website: absoluteWebsite(s.organization.website),
          email: emailOf(s.organization.email),
          charityNumber: charityNumber(s.organization.organization_identifiers),
        }
      : null,
    locations,
    schedules: mapSchedules(s, salIds, warnings),
    costOptions,
    contacts: s.contacts.map((c) => ({
      name: text(c.name),
      title: text(c.title),
      email: emailOf(c.email),
      phones: c.phones.map((p) => p.number).filter((n): n is string => Boolean(n)),
    })),
    phones: s.phones.map((p) => p.number).filter((n): n is string => Boolean(n)),
    categories: codes("category"),
    audiences: codes("audience"),
    needs: codes("need"),
    originalTerms: terms.map((t) => ({ taxonomy: t.taxonomy ?? null, code: t.code ?? null, name: t.name })),
    assuredDate: s.assured_date ?? null,
    lastModified: s.last_modified ?? null,
    warnings,
  });
  if (!service.success) {
    const issue = service.error.issues[0]!;
    return { ok: false, sourceId: s.id, reason: `${issue.path.join(".")}: ${issue.message}` };
  }
  return { ok: true, service: service.data };
}

async function mapLocation(l: FeedLocation, ctx: MapContext, warnings: string[]): Promise<ImportedLocation> {
  const address = l.addresses.find((a) => (a.address_type ?? "physical") === "physical") ?? l.addresses[0];
  const postcode = normalisePostcode(address?.postal_code);
  const label = l.name ?? address?.address_1 ?? l.id;
  let point: { lat: number; lng: number } | null = null;
  let pointFrom: ImportedLocation["pointFrom"] = "none";
  const given = l.latitude !== null && l.latitude !== undefined && l.longitude !== null && l.longitude !== undefined;
  if (given && inWestYorkshire(l.latitude!, l.longitude!)) {
    point = { lat: l.latitude!, lng: l.longitude! };
    pointFrom = "feed";
  } else {
    const fallback = postcode ? await ctx.lookupPostcode(postcode) : null;
    if (fallback) {
      point = fallback;
      pointFrom = "postcode";
    }
    const why = given
      ? `its point (${l.latitude}, ${l.longitude}) is ${Math.abs(l.latitude!) > 90 || Math.abs(l.longitude!) > 180 ? "impossible" : "outside West Yorkshire"}`
      : "the feed gives no point";
    if (given || !fallback) {
      warnings.push(
        fallback
          ? `Venue “${label}”: ${why}, so it is placed at its postcode ${postcode}.`
          : `Venue “${label}”: ${why} and no West Yorkshire postcode, so it has no map point. Check it.`,
      );
    }
  }
  const accessibilityNotes = l.accessibility
    .map((a) => [a.description, a.details].filter(Boolean).join(": "))
    .filter((t) => t.length > 0)
    .map(plainTextFromHtml);
  const fromTerms = l.attributes.map(termOf).filter((t): t is FeedTerm => t !== null);
  const accessibility = new Set([
    ...accessibilityNotes.flatMap(accessibilityIn),
    ...fromTerms
      .flatMap(matchTerm)
      .filter((m) => m.taxonomy === "accessibility")
      .map((m) => m.code),
  ]);
  const plain = (v: string | null | undefined) => (v ? plainTextFromHtml(v) || null : null);
  return {
    sourceId: l.id,
    name: plain(l.name),
    description: plain(l.description),
    address1: plain(address?.address_1),
    address2: plain(address?.address_2),
    city: plain(address?.city),
    postcode,
    lat: point?.lat ?? null,
    lng: point?.lng ?? null,
    pointFrom: (l.location_type ?? "physical") === "virtual" ? "none" : pointFrom,
    accessibility: [...accessibility],
    accessibilityNotes,
  };
}

function termOf(a: FeedAttribute): FeedTerm | null {
  const t = a.taxonomy_term;
  const name = t?.name ?? t?.term;
  if (!t || !name) return null;
  const taxonomy = typeof t.taxonomy === "string" ? t.taxonomy : (t.taxonomy?.name ?? t.taxonomy_detail?.name ?? null);
  return { taxonomy, code: t.code ?? null, name };
}

function isFree(options: ImportedService["costOptions"], fees: string | null): boolean | null {
  const says = (o: ImportedService["costOptions"][number]) => `${o.option ?? ""} ${o.amountDescription ?? ""}`;
  if (options.some((o) => o.amount === 0 || /\bfree\b/i.test(says(o)))) return true;
  if (options.some((o) => o.amount !== null && o.amount > 0)) return false;
  if (fees && /^\s*free\b/i.test(fees)) return true;
  return fees ? false : null;
}

/** Longer than any real description: the rest is cut off (and the search index stays within its limits). */
const MAX_DESCRIPTION = 20_000;

function capped(description: string, warnings: string[]): string {
  if (description.length <= MAX_DESCRIPTION) return description;
  warnings.push(`The description is ${description.length} characters long: cut to the first ${MAX_DESCRIPTION}.`);
  return description.slice(0, MAX_DESCRIPTION);
}

/** A price in pounds we can store (0 up to £1,000,000); anything else is left out with a warning. */
function price(v: number | null | undefined, warnings: string[]): number | null {
  if (v === null || v === undefined) return null;
  if (Number.isFinite(v) && v >= 0 && v <= 1_000_000) return Math.round(v * 100) / 100;
  warnings.push(`A cost of ${v} is not a price we can show: left out.`);
  return null;
}

function wholeAge(v: number | null | undefined, field: string, warnings: string[]): number | null {
  if (v === null || v === undefined) return null;
  if (Number.isInteger(v) && v >= 0 && v <= 120) return v;
  warnings.push(`${field} ${v} is not an age in whole years from 0 to 120: left out.`);
  return null;
}

const emailOf = (v: string | null | undefined) => (v && EMAIL.test(v) ? v : null);

function charityNumber(ids: NonNullable<FeedService["organization"]>["organization_identifiers"]): string | null {
  const id = ids.find((i) => /^GB-(CHC|SC|NIC)$/i.test(i.identifier_scheme ?? "") || /charity/i.test(i.identifier_type ?? ""));
  return id?.identifier ?? null;
}
