-- add_stale_flag_and_search_demand: generated from prisma/schema.prisma by npm run db:new-migration.

-- AlterTable
ALTER TABLE "service" ADD COLUMN     "stale_since" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "search_demand" (
    "month" DATE NOT NULL,
    "place_code" VARCHAR(9) NOT NULL DEFAULT '',
    "ward_code" VARCHAR(9) NOT NULL DEFAULT '',
    "category_code" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "search_demand_pkey" PRIMARY KEY ("month","place_code","ward_code","category_code","outcome")
);

