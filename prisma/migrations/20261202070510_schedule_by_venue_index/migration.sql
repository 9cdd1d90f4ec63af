-- schedule_by_venue_index: generated from prisma/schema.prisma by npm run db:new-migration.

-- CreateIndex
CREATE INDEX "schedule_service_at_location_id_idx" ON "schedule"("service_at_location_id");
