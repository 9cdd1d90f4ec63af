-- verify_queue_by_demand: generated from prisma/schema.prisma by npm run db:new-migration.

-- DropIndex
DROP INDEX "service_queued_for_verification_at_idx";

-- AlterTable
ALTER TABLE "service" DROP COLUMN "queued_for_verification_at";

-- CreateTable
CREATE TABLE "listing_demand_day" (
    "service_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "search_appearances" INTEGER NOT NULL DEFAULT 0,
    "shortlist_adds" INTEGER NOT NULL DEFAULT 0,

CONSTRAINT "listing_demand_day_pkey" PRIMARY KEY ("service_id","day")
);

-- CreateIndex
CREATE INDEX "listing_demand_day_day_idx" ON "listing_demand_day"("day");

-- AddForeignKey
ALTER TABLE "listing_demand_day" ADD CONSTRAINT "listing_demand_day_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
