-- add_claims_and_revision_drafts: generated from prisma/schema.prisma by npm run db:new-migration.

-- CreateEnum
CREATE TYPE "claim_status" AS ENUM ('pending', 'approved', 'rejected', 'withdrawn');

-- AlterEnum
ALTER TYPE "revision_status" ADD VALUE 'draft' BEFORE 'pending';

-- AlterTable
ALTER TABLE "moderation_decision" ADD COLUMN     "claim_id" UUID;

-- CreateTable
CREATE TABLE "claim_request" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "claim_status" NOT NULL DEFAULT 'pending',
    "lock_version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "claim_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_request_status_created_at_idx" ON "claim_request"("status", "created_at");

-- CreateIndex
CREATE INDEX "claim_request_service_id_idx" ON "claim_request"("service_id");

-- AddForeignKey
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_request" ADD CONSTRAINT "claim_request_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_request" ADD CONSTRAINT "claim_request_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_request" ADD CONSTRAINT "claim_request_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

