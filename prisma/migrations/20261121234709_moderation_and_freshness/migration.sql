-- moderation_and_freshness: generated from prisma/schema.prisma by npm run db:new-migration.

-- AlterTable
ALTER TABLE "service" ADD COLUMN     "merged_into_id" UUID,
ADD COLUMN     "queued_for_verification_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "revision" ADD COLUMN     "submitted_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "lock_version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "freshness_notice" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "stage" TEXT NOT NULL,
    "cycle" TIMESTAMPTZ(3) NOT NULL,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "freshness_notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "duplicate_dismissal" (
    "service_id" UUID NOT NULL,
    "other_service_id" UUID NOT NULL,
    "dismissed_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "duplicate_dismissal_pkey" PRIMARY KEY ("service_id","other_service_id")
);

-- CreateTable
CREATE TABLE "outbox_mail" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimed_until" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_mail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "freshness_notice_service_id_stage_cycle_key" ON "freshness_notice"("service_id", "stage", "cycle");

-- CreateIndex
CREATE INDEX "duplicate_dismissal_other_service_id_idx" ON "duplicate_dismissal"("other_service_id");

-- CreateIndex
CREATE INDEX "outbox_mail_sent_at_created_at_idx" ON "outbox_mail"("sent_at", "created_at");

-- CreateIndex
CREATE INDEX "service_verified_at_idx" ON "service"("verified_at");

-- CreateIndex
CREATE INDEX "service_stale_since_idx" ON "service"("stale_since");

-- CreateIndex
CREATE INDEX "service_queued_for_verification_at_idx" ON "service"("queued_for_verification_at");

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "freshness_notice" ADD CONSTRAINT "freshness_notice_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_dismissal" ADD CONSTRAINT "duplicate_dismissal_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_dismissal" ADD CONSTRAINT "duplicate_dismissal_other_service_id_fkey" FOREIGN KEY ("other_service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

