-- oruk_import_records: generated from prisma/schema.prisma by npm run db:new-migration.

-- CreateTable
CREATE TABLE "import_record" (
    "id" UUID NOT NULL,
    "feed" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "service_id" UUID,
    "applied" JSONB,
    "applied_hash" TEXT,
    "pending" JSONB,
    "pending_hash" TEXT,
    "duplicate_of" UUID[] DEFAULT ARRAY[]::UUID[],
    "rejected_hash" TEXT,
    "raw" JSONB NOT NULL,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,
    "queued_at" TIMESTAMPTZ(3),
    "lock_version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

CONSTRAINT "import_record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_record_service_id_idx" ON "import_record"("service_id");

-- CreateIndex
CREATE INDEX "import_record_queued_at_idx" ON "import_record"("queued_at");

-- CreateIndex
CREATE UNIQUE INDEX "import_record_feed_source_id_key" ON "import_record"("feed", "source_id");

-- AddForeignKey
ALTER TABLE "import_record" ADD CONSTRAINT "import_record_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE SET NULL ON UPDATE CASCADE;
