import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** Demand counts over this many days order the verify queue. */
export const DEMAND_DAYS = 28;
/** A shortlist add says more than being shown in a list: it weighs this many search appearances. */
export const SHORTLIST_WEIGHT = 5;
/** After "could not reach", a listing waits at the bottom of the queue for this many days. */
export const UNREACHABLE_DAYS = 7;

/**
 * The one definition of "waiting to be verified" (docs/decisions/0032-verify-queue-by-demand.md), on a
 * `service s`: live, never checked by a person, not stale (stale listings have their own queue), and nobody
 * who runs it has taken it over. No job puts listings here: a fresh directory's imports are all waiting.
 */
export const awaitingVerification = Prisma.sql`s.listing_status = 'published' AND s.verified_at IS NULL AND s.stale_since IS NULL
  AND s.organisation_id IS NULL AND s.source <> 'provider'`;

export function inPlace(placeCode: string | null | undefined): Prisma.Sql {
  return Prisma.sql`(${placeCode ?? null}::text IS NULL OR EXISTS (
    SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id
     WHERE sal.service_id = s.id AND l.place_code = ${placeCode ?? null}::text))`;
}

/**
 * The queue's columns (order by `verificationQueueOrder`): not deferred by a recent "could not reach" first; then demand (search
 * appearances plus weighted shortlist adds over the last DEMAND_DAYS); then listings that state more facts
 * (more to check, more to gain); then the oldest.
 */
export function verificationQueueSql(options: { placeCode?: string | null | undefined; now: Date }): Prisma.Sql {
  const { now } = options;
  return Prisma.sql`
    SELECT s.id, d.searches, d.shortlists, d.searches + ${SHORTLIST_WEIGHT}::int * d.shortlists AS demand,
           (SELECT max(md.created_at) FROM moderation_decision md WHERE md.service_id = s.id AND md.action = 'unreachable'
               AND md.created_at > ${now}::timestamptz - make_interval(days => ${UNREACHABLE_DAYS}::int)) AS unreachable_at,
           (SELECT count(*) FROM service_fact f WHERE f.service_id = s.id)::int AS facts,
           s.created_at
      FROM service s
      CROSS JOIN LATERAL (
        SELECT COALESCE(sum(dd.search_appearances), 0)::int AS searches, COALESCE(sum(dd.shortlist_adds), 0)::int AS shortlists
          FROM listing_demand_day dd
         WHERE dd.service_id = s.id AND dd.day > (${now}::timestamptz AT TIME ZONE 'Europe/London')::date - ${DEMAND_DAYS}::int) d
     WHERE ${awaitingVerification} AND ${inPlace(options.placeCode)}`;
}

/** The order of `SELECT … FROM (${verificationQueueSql}) q`. */
export const verificationQueueOrder = Prisma.sql`ORDER BY (q.unreachable_at IS NOT NULL), q.unreachable_at, q.demand DESC, q.facts DESC, q.created_at, q.id`;
