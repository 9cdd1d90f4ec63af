-- fact_provenance: generated from prisma/schema.prisma by npm run db:new-migration.

-- CreateEnum
CREATE TYPE "fact_kind" AS ENUM ('schedule', 'cost', 'access', 'accessibility', 'contact');

-- CreateEnum
CREATE TYPE "fact_state" AS ENUM ('confirmed', 'imported', 'usual');

-- CreateTable
CREATE TABLE "service_fact" (
    "service_id" UUID NOT NULL,
    "fact" "fact_kind" NOT NULL,
    "state" "fact_state" NOT NULL,
    "sources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind_of_place" TEXT,
    "value" JSONB,
    "note" TEXT,
    "confirmed_at" TIMESTAMPTZ(3),
    "confirmed_by_id" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_fact_pkey" PRIMARY KEY ("service_id","fact")
);

-- CreateIndex
CREATE INDEX "service_fact_fact_state_idx" ON "service_fact"("fact", "state");

-- AddForeignKey
ALTER TABLE "service_fact" ADD CONSTRAINT "service_fact_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_fact" ADD CONSTRAINT "service_fact_confirmed_by_id_fkey" FOREIGN KEY ("confirmed_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (data only): listings a moderator had already verified or approved state their facts as
-- confirmed, on the date and by the person of that verification (ADR 0009). Imported, unverified listings
-- get their provenance from the next seed run.
INSERT INTO "service_fact" ("service_id", "fact", "state", "sources", "confirmed_at", "confirmed_by_id", "updated_at")
SELECT s.id, f.fact, 'confirmed', ARRAY[CASE WHEN s.organisation_id IS NULL THEN 'moderator' ELSE 'provider' END], s.verified_at, s.verified_by_id, s.verified_at
FROM "service" s
CROSS JOIN LATERAL (VALUES
  ('schedule'::"fact_kind", EXISTS (SELECT 1 FROM "schedule" sc WHERE sc.service_id = s.id)),
  ('cost'::"fact_kind", s.is_free IS NOT NULL OR s.fees IS NOT NULL),
  ('access'::"fact_kind", cardinality(s.access_types) > 0),
  ('accessibility'::"fact_kind", EXISTS (SELECT 1 FROM "service_at_location" sal JOIN "attribute" a ON a.location_id = sal.location_id WHERE sal.service_id = s.id)),
  ('contact'::"fact_kind", s.url IS NOT NULL OR s.email IS NOT NULL OR EXISTS (SELECT 1 FROM "contact" c WHERE c.service_id = s.id) OR EXISTS (SELECT 1 FROM "phone" p WHERE p.service_id = s.id))
) AS f(fact, stated)
WHERE s.verified_at IS NOT NULL AND f.stated;
