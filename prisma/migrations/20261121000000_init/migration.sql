-- Initial schema. The first part is generated from prisma/schema.prisma by `npm run db:new-migration`;
-- the hand-written part at the end adds what Prisma's schema language cannot express.

CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE EXTENSION IF NOT EXISTS pg_trgm;


-- CreateEnum
CREATE TYPE "listing_status" AS ENUM ('draft', 'pending', 'published', 'rejected', 'archived');

-- CreateEnum
CREATE TYPE "service_status" AS ENUM ('active', 'inactive', 'defunct', 'temporarily closed');

-- CreateEnum
CREATE TYPE "attending_type" AS ENUM ('in_person', 'online', 'phone', 'home_visit');

-- CreateEnum
CREATE TYPE "access_type" AS ENUM ('drop_in', 'referral', 'booking', 'membership');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('provider', 'moderator', 'admin');

-- CreateEnum
CREATE TYPE "schedule_freq" AS ENUM ('WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "revision_status" AS ENUM ('pending', 'approved', 'rejected', 'changes_requested', 'withdrawn');

-- CreateEnum
CREATE TYPE "report_status" AS ENUM ('open', 'resolved', 'dismissed');

-- CreateTable
CREATE TABLE "place" (
    "code" VARCHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "population" INTEGER NOT NULL,
    "imd_avg_score" DOUBLE PRECISION,
    "imd_rank_of_avg_score" INTEGER,
    "share_lsoas_most_deprived_10pc" DOUBLE PRECISION,

    CONSTRAINT "place_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ward" (
    "code" VARCHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "place_code" VARCHAR(9) NOT NULL,
    "population" INTEGER NOT NULL,
    "imd_score" DOUBLE PRECISION,
    "wy_imd_rank" INTEGER,
    "share_lsoas_decile_1_2" DOUBLE PRECISION,

    CONSTRAINT "ward_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "lsoa" (
    "code" VARCHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "ward_code" VARCHAR(9) NOT NULL,
    "place_code" VARCHAR(9) NOT NULL,
    "population" INTEGER NOT NULL,
    "imd_score" DOUBLE PRECISION,
    "imd_rank" INTEGER,
    "imd_decile" INTEGER,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,

    CONSTRAINT "lsoa_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "postcode" (
    "pcd" VARCHAR(8) NOT NULL,
    "outcode" VARCHAR(4) NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "lsoa_code" VARCHAR(9) NOT NULL,
    "place_code" VARCHAR(9) NOT NULL,

    CONSTRAINT "postcode_pkey" PRIMARY KEY ("pcd")
);

-- CreateTable
CREATE TABLE "postcode_district" (
    "outcode" VARCHAR(4) NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "postcodes" INTEGER NOT NULL,
    "main_place_code" VARCHAR(9) NOT NULL,

    CONSTRAINT "postcode_district_pkey" PRIMARY KEY ("outcode")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "website" TEXT,
    "charity_number" TEXT,
    "company_number" TEXT,
    "source" TEXT NOT NULL DEFAULT 'provider',
    "source_id" TEXT,
    "licence" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service" (
    "id" UUID NOT NULL,
    "organisation_id" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "email" TEXT,
    "status" "service_status" NOT NULL DEFAULT 'active',
    "fees" TEXT,
    "is_free" BOOLEAN,
    "minimum_age" INTEGER,
    "maximum_age" INTEGER,
    "attending_types" "attending_type"[] DEFAULT ARRAY[]::"attending_type"[],
    "access_types" "access_type"[] DEFAULT ARRAY[]::"access_type"[],
    "listing_status" "listing_status" NOT NULL DEFAULT 'draft',
    "verified_at" TIMESTAMPTZ(3),
    "verified_by_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "source" TEXT NOT NULL DEFAULT 'provider',
    "source_id" TEXT,
    "licence" TEXT,
    "search_vector" tsvector,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" UUID NOT NULL,
    "organisation_id" UUID,
    "name" TEXT,
    "description" TEXT,
    "location_type" TEXT NOT NULL DEFAULT 'physical',
    "address_1" TEXT,
    "address_2" TEXT,
    "city" TEXT,
    "postcode" VARCHAR(8),
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "hide_exact_address" BOOLEAN NOT NULL DEFAULT false,
    "place_code" VARCHAR(9),
    "ward_code" VARCHAR(9),
    "lsoa_code" VARCHAR(9),
    "source" TEXT NOT NULL DEFAULT 'provider',
    "source_id" TEXT,
    "licence" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_at_location" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,

    CONSTRAINT "service_at_location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schedule" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "service_at_location_id" UUID,
    "freq" "schedule_freq",
    "interval" INTEGER,
    "by_day" VARCHAR(2),
    "dtstart" DATE,
    "valid_from" DATE,
    "valid_to" DATE,
    "opens_at" INTEGER,
    "closes_at" INTEGER,
    "description" TEXT,
    "attending_type" "attending_type",

    CONSTRAINT "schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cost_option" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "option" TEXT,
    "amount" DECIMAL(10,2),
    "amount_description" TEXT,
    "valid_from" DATE,
    "valid_to" DATE,

    CONSTRAINT "cost_option_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact" (
    "id" UUID NOT NULL,
    "service_id" UUID,
    "organisation_id" UUID,
    "name" TEXT,
    "title" TEXT,
    "email" TEXT,

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phone" (
    "id" UUID NOT NULL,
    "contact_id" UUID,
    "service_id" UUID,
    "location_id" UUID,
    "number" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taxonomy" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "uri" TEXT,
    "version" TEXT,

    CONSTRAINT "taxonomy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taxonomy_term" (
    "id" UUID NOT NULL,
    "taxonomy_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "parent_id" UUID,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "taxonomy_term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attribute" (
    "id" UUID NOT NULL,
    "taxonomy_term_id" UUID NOT NULL,
    "service_id" UUID,
    "location_id" UUID,
    "organisation_id" UUID,
    "value" TEXT,

    CONSTRAINT "attribute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_area" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "extent_type" TEXT NOT NULL,
    "place_code" VARCHAR(9),
    "description" TEXT,
    "uri" TEXT,

    CONSTRAINT "service_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "email_verified" TIMESTAMPTZ(3),
    "image" TEXT,
    "role" "role" NOT NULL DEFAULT 'provider',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("provider","provider_account_id")
);

-- CreateTable
CREATE TABLE "session" (
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "verification_token" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_token_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'owner',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "organisation_id" UUID,
    "created_by_id" TEXT,
    "status" "revision_status" NOT NULL DEFAULT 'pending',
    "base_version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "lock_version" INTEGER NOT NULL DEFAULT 1,
    "message" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderation_decision" (
    "id" UUID NOT NULL,
    "service_id" UUID,
    "revision_id" UUID,
    "report_id" UUID,
    "moderator_id" TEXT,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "contact_email" TEXT,
    "status" "report_status" NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" TEXT,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "data" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ward_place_code_idx" ON "ward"("place_code");

-- CreateIndex
CREATE INDEX "lsoa_ward_code_idx" ON "lsoa"("ward_code");

-- CreateIndex
CREATE INDEX "lsoa_place_code_idx" ON "lsoa"("place_code");

-- CreateIndex
CREATE INDEX "postcode_outcode_idx" ON "postcode"("outcode");

-- CreateIndex
CREATE INDEX "postcode_lsoa_code_idx" ON "postcode"("lsoa_code");

-- CreateIndex
CREATE INDEX "organisation_charity_number_idx" ON "organisation"("charity_number");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_source_source_id_key" ON "organisation"("source", "source_id");

-- CreateIndex
CREATE INDEX "service_listing_status_idx" ON "service"("listing_status");

-- CreateIndex
CREATE INDEX "service_organisation_id_idx" ON "service"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_source_source_id_key" ON "service"("source", "source_id");

-- CreateIndex
CREATE INDEX "location_lat_lng_idx" ON "location"("lat", "lng");

-- CreateIndex
CREATE INDEX "location_place_code_idx" ON "location"("place_code");

-- CreateIndex
CREATE INDEX "location_ward_code_idx" ON "location"("ward_code");

-- CreateIndex
CREATE INDEX "location_lsoa_code_idx" ON "location"("lsoa_code");

-- CreateIndex
CREATE UNIQUE INDEX "location_source_source_id_key" ON "location"("source", "source_id");

-- CreateIndex
CREATE INDEX "service_at_location_location_id_idx" ON "service_at_location"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_at_location_service_id_location_id_key" ON "service_at_location"("service_id", "location_id");

-- CreateIndex
CREATE INDEX "schedule_service_id_idx" ON "schedule"("service_id");

-- CreateIndex
CREATE INDEX "schedule_by_day_idx" ON "schedule"("by_day");

-- CreateIndex
CREATE INDEX "cost_option_service_id_idx" ON "cost_option"("service_id");

-- CreateIndex
CREATE INDEX "contact_service_id_idx" ON "contact"("service_id");

-- CreateIndex
CREATE INDEX "contact_organisation_id_idx" ON "contact"("organisation_id");

-- CreateIndex
CREATE INDEX "phone_service_id_idx" ON "phone"("service_id");

-- CreateIndex
CREATE INDEX "phone_contact_id_idx" ON "phone"("contact_id");

-- CreateIndex
CREATE INDEX "phone_location_id_idx" ON "phone"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_slug_key" ON "taxonomy"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_term_taxonomy_id_code_key" ON "taxonomy_term"("taxonomy_id", "code");

-- CreateIndex
CREATE INDEX "attribute_service_id_idx" ON "attribute"("service_id");

-- CreateIndex
CREATE INDEX "attribute_location_id_idx" ON "attribute"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "attribute_taxonomy_term_id_service_id_key" ON "attribute"("taxonomy_term_id", "service_id");

-- CreateIndex
CREATE UNIQUE INDEX "attribute_taxonomy_term_id_location_id_key" ON "attribute"("taxonomy_term_id", "location_id");

-- CreateIndex
CREATE UNIQUE INDEX "attribute_taxonomy_term_id_organisation_id_key" ON "attribute"("taxonomy_term_id", "organisation_id");

-- CreateIndex
CREATE INDEX "service_area_service_id_idx" ON "service_area"("service_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_session_token_key" ON "session"("session_token");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "membership_organisation_id_idx" ON "membership"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_user_id_organisation_id_key" ON "membership"("user_id", "organisation_id");

-- CreateIndex
CREATE INDEX "revision_service_id_idx" ON "revision"("service_id");

-- CreateIndex
CREATE INDEX "revision_status_created_at_idx" ON "revision"("status", "created_at");

-- CreateIndex
CREATE INDEX "moderation_decision_service_id_idx" ON "moderation_decision"("service_id");

-- CreateIndex
CREATE INDEX "moderation_decision_revision_id_idx" ON "moderation_decision"("revision_id");

-- CreateIndex
CREATE INDEX "report_status_created_at_idx" ON "report"("status", "created_at");

-- CreateIndex
CREATE INDEX "report_service_id_idx" ON "report"("service_id");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_created_at_idx" ON "audit_event"("entity_type", "entity_id", "created_at");

-- AddForeignKey
ALTER TABLE "ward" ADD CONSTRAINT "ward_place_code_fkey" FOREIGN KEY ("place_code") REFERENCES "place"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lsoa" ADD CONSTRAINT "lsoa_ward_code_fkey" FOREIGN KEY ("ward_code") REFERENCES "ward"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lsoa" ADD CONSTRAINT "lsoa_place_code_fkey" FOREIGN KEY ("place_code") REFERENCES "place"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "postcode" ADD CONSTRAINT "postcode_lsoa_code_fkey" FOREIGN KEY ("lsoa_code") REFERENCES "lsoa"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "postcode" ADD CONSTRAINT "postcode_place_code_fkey" FOREIGN KEY ("place_code") REFERENCES "place"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_place_code_fkey" FOREIGN KEY ("place_code") REFERENCES "place"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_ward_code_fkey" FOREIGN KEY ("ward_code") REFERENCES "ward"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_lsoa_code_fkey" FOREIGN KEY ("lsoa_code") REFERENCES "lsoa"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location" ADD CONSTRAINT "service_at_location_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location" ADD CONSTRAINT "service_at_location_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule" ADD CONSTRAINT "schedule_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule" ADD CONSTRAINT "schedule_service_at_location_id_fkey" FOREIGN KEY ("service_at_location_id") REFERENCES "service_at_location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_option" ADD CONSTRAINT "cost_option_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taxonomy_term" ADD CONSTRAINT "taxonomy_term_taxonomy_id_fkey" FOREIGN KEY ("taxonomy_id") REFERENCES "taxonomy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taxonomy_term" ADD CONSTRAINT "taxonomy_term_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "taxonomy_term"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribute" ADD CONSTRAINT "attribute_taxonomy_term_id_fkey" FOREIGN KEY ("taxonomy_term_id") REFERENCES "taxonomy_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribute" ADD CONSTRAINT "attribute_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribute" ADD CONSTRAINT "attribute_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribute" ADD CONSTRAINT "attribute_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_area" ADD CONSTRAINT "service_area_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_area" ADD CONSTRAINT "service_area_place_code_fkey" FOREIGN KEY ("place_code") REFERENCES "place"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision" ADD CONSTRAINT "revision_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision" ADD CONSTRAINT "revision_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision" ADD CONSTRAINT "revision_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ─── Hand-written (see prisma/hand-written-sql.md) ─────────────────────────

-- Full-text search over a service's name (weight A) and description (weight B). Generated, so it can never
-- be stale; Prisma sees it as an Unsupported("tsvector") column it does not write.
ALTER TABLE "service" DROP COLUMN "search_vector";
ALTER TABLE "service" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("name", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')
) STORED;
CREATE INDEX "service_search_vector_idx" ON "service" USING gin ("search_vector");

-- Typo-tolerant name matching ("choire" → "choir").
CREATE INDEX "service_name_trgm_idx" ON "service" USING gin ("name" gin_trgm_ops);

-- Radius search: earthdistance over a GiST index of points on the earth's surface.
CREATE INDEX "location_earth_idx" ON "location" USING gist (ll_to_earth("lat", "lng"));

-- An attribute links a term to exactly one thing.
ALTER TABLE "attribute" ADD CONSTRAINT "attribute_one_link_chk"
  CHECK (num_nonnulls("service_id", "location_id", "organisation_id") = 1);

-- Ages are sane and ordered.
ALTER TABLE "service" ADD CONSTRAINT "service_age_range_chk"
  CHECK (("minimum_age" IS NULL OR "minimum_age" BETWEEN 0 AND 120)
     AND ("maximum_age" IS NULL OR "maximum_age" BETWEEN 0 AND 120)
     AND ("minimum_age" IS NULL OR "maximum_age" IS NULL OR "minimum_age" <= "maximum_age"));
