-- provider_integrity: hand-written (schema.prisma is unchanged; Prisma cannot express partial unique indexes).
-- See prisma/hand-written-sql.md and docs/decisions/0020-provider-area.md.

-- A service has at most one revision in progress (being written, waiting for review, or sent back for
-- changes), so two browser tabs that both press "Edit" share one draft instead of racing.
CREATE UNIQUE INDEX "revision_one_open_per_service" ON "revision" ("service_id")
  WHERE "status" IN ('draft', 'pending', 'changes_requested');

-- One pending claim per person per listing.
CREATE UNIQUE INDEX "claim_request_one_pending_per_user" ON "claim_request" ("service_id", "user_id")
  WHERE "status" = 'pending';
