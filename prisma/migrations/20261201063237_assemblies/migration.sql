-- CreateEnum
CREATE TYPE "AssemblyKind" AS ENUM ('ordinary', 'extraordinary');

-- CreateEnum
CREATE TYPE "AssemblyStatus" AS ENUM ('draft', 'convened', 'in_session', 'closed', 'cancelled');

-- CreateEnum
CREATE TYPE "AssemblyItemType" AS ENUM ('programme', 'statutes', 'report', 'other');

-- AlterTable
ALTER TABLE "live_sessions" ADD COLUMN     "scope_id" UUID,
ADD COLUMN     "scope_kind" TEXT;

-- CreateTable
CREATE TABLE "assemblies" (
    "id" UUID NOT NULL,
    "kind" "AssemblyKind" NOT NULL,
    "title" TEXT NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "online_url" TEXT,
    "status" "AssemblyStatus" NOT NULL DEFAULT 'draft',
    "quorum_share" DOUBLE PRECISION NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 0,
    "live_session_id" UUID,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "assemblies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assembly_items" (
    "id" UUID NOT NULL,
    "assembly_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "type" "AssemblyItemType" NOT NULL,
    "description_md" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "assembly_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assembly_documents" (
    "id" UUID NOT NULL,
    "assembly_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "stored_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assembly_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assembly_convocations" (
    "id" UUID NOT NULL,
    "assembly_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "quorum_share" DOUBLE PRECISION NOT NULL,
    "recipients" INTEGER NOT NULL,
    "associations" INTEGER NOT NULL,
    "sent_by_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assembly_convocations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assembly_attendance" (
    "assembly_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "registered_by_id" UUID,
    "registered_at" TIMESTAMPTZ(3),
    "checked_in_at" TIMESTAMPTZ(3),
    "checked_in_by_id" UUID,

    CONSTRAINT "assembly_attendance_pkey" PRIMARY KEY ("assembly_id","association_id")
);

-- CreateTable
CREATE TABLE "assembly_proxies" (
    "id" UUID NOT NULL,
    "assembly_id" UUID NOT NULL,
    "giver_id" UUID NOT NULL,
    "holder_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_by_id" UUID,

    CONSTRAINT "assembly_proxies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "assemblies_live_session_id_key" ON "assemblies"("live_session_id");

-- CreateIndex
CREATE INDEX "assemblies_status_scheduled_at_idx" ON "assemblies"("status", "scheduled_at");

-- CreateIndex
CREATE UNIQUE INDEX "assembly_items_assembly_id_position_key" ON "assembly_items"("assembly_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "assembly_documents_stored_name_key" ON "assembly_documents"("stored_name");

-- CreateIndex
CREATE INDEX "assembly_documents_assembly_id_idx" ON "assembly_documents"("assembly_id");

-- CreateIndex
CREATE UNIQUE INDEX "assembly_convocations_assembly_id_round_key" ON "assembly_convocations"("assembly_id", "round");

-- CreateIndex
CREATE INDEX "assembly_proxies_assembly_id_holder_id_idx" ON "assembly_proxies"("assembly_id", "holder_id");

-- CreateIndex
CREATE INDEX "assembly_proxies_assembly_id_giver_id_idx" ON "assembly_proxies"("assembly_id", "giver_id");

-- AddForeignKey
ALTER TABLE "assembly_items" ADD CONSTRAINT "assembly_items_assembly_id_fkey" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assembly_documents" ADD CONSTRAINT "assembly_documents_assembly_id_fkey" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assembly_convocations" ADD CONSTRAINT "assembly_convocations_assembly_id_fkey" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assembly_attendance" ADD CONSTRAINT "assembly_attendance_assembly_id_fkey" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assembly_attendance" ADD CONSTRAINT "assembly_attendance_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assembly_proxies" ADD CONSTRAINT "assembly_proxies_assembly_id_fkey" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assembly_proxies" ADD CONSTRAINT "assembly_proxies_giver_id_fkey" FOREIGN KEY ("giver_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assembly_proxies" ADD CONSTRAINT "assembly_proxies_holder_id_fkey" FOREIGN KEY ("holder_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
