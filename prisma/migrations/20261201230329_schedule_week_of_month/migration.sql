-- schedule_week_of_month: generated from prisma/schema.prisma by npm run db:new-migration.

-- AlterTable
ALTER TABLE "schedule" ADD COLUMN     "week_of_month" SMALLINT;
