-- listing_term_counts: generated from prisma/schema.prisma by npm run db:new-migration.

-- CreateTable
CREATE TABLE "listing_term_counts" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "counts" JSONB NOT NULL,
    "counted_at" TIMESTAMPTZ(3) NOT NULL,

CONSTRAINT "listing_term_counts_pkey" PRIMARY KEY ("id")
);
