-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('draft', 'amendments', 'voting', 'adopted', 'rejected');

-- CreateEnum
CREATE TYPE "ProgrammeItemState" AS ENUM ('proposed', 'in_vote', 'adopted', 'not_adopted');

-- CreateEnum
CREATE TYPE "ProgrammeActionStatus" AS ENUM ('not_started', 'in_progress', 'done', 'dropped');

-- CreateTable
CREATE TABLE "programmes" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "introduction_md" TEXT NOT NULL,
    "introduction_html" TEXT NOT NULL,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'draft',
    "assembly_id" UUID,
    "vote_id" UUID,
    "decision_id" UUID,
    "decision_number" TEXT,
    "adopted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "programmes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_committee_members" (
    "programme_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "programme_committee_members_pkey" PRIMARY KEY ("programme_id","user_id")
);

-- CreateTable
CREATE TABLE "programme_axes" (
    "id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description_md" TEXT NOT NULL,
    "description_html" TEXT NOT NULL,
    "state" "ProgrammeItemState" NOT NULL DEFAULT 'proposed',
    "vote_id" UUID,

    CONSTRAINT "programme_axes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_actions" (
    "id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "axis_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "lead_association_ids" UUID[],
    "partners" TEXT NOT NULL DEFAULT '',
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "budget" INTEGER,
    "indicators" TEXT[],
    "status" "ProgrammeActionStatus" NOT NULL DEFAULT 'not_started',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "dropped_reason" TEXT,
    "last_update_at" TIMESTAMPTZ(3),

    CONSTRAINT "programme_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_action_updates" (
    "id" UUID NOT NULL,
    "action_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "status" "ProgrammeActionStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "dropped_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_action_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_amendments" (
    "id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" UUID,
    "field" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "passage" TEXT,
    "replacement" TEXT,
    "base_text" TEXT NOT NULL,
    "new_text" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "state" "ProgrammeItemState" NOT NULL DEFAULT 'proposed',
    "outdated" BOOLEAN NOT NULL DEFAULT false,
    "vote_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_amendments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "programmes_status_updated_at_idx" ON "programmes"("status", "updated_at");

-- CreateIndex
CREATE INDEX "programme_committee_members_user_id_idx" ON "programme_committee_members"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "programme_axes_programme_id_position_key" ON "programme_axes"("programme_id", "position");

-- CreateIndex
CREATE INDEX "programme_actions_programme_id_idx" ON "programme_actions"("programme_id");

-- CreateIndex
CREATE UNIQUE INDEX "programme_actions_axis_id_position_key" ON "programme_actions"("axis_id", "position");

-- CreateIndex
CREATE INDEX "programme_action_updates_action_id_created_at_idx" ON "programme_action_updates"("action_id", "created_at");

-- CreateIndex
CREATE INDEX "programme_action_updates_programme_id_created_at_idx" ON "programme_action_updates"("programme_id", "created_at");

-- CreateIndex
CREATE INDEX "programme_amendments_programme_id_created_at_idx" ON "programme_amendments"("programme_id", "created_at");

-- AddForeignKey
ALTER TABLE "programme_committee_members" ADD CONSTRAINT "programme_committee_members_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_axes" ADD CONSTRAINT "programme_axes_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_actions" ADD CONSTRAINT "programme_actions_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_actions" ADD CONSTRAINT "programme_actions_axis_id_fkey" FOREIGN KEY ("axis_id") REFERENCES "programme_axes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_action_updates" ADD CONSTRAINT "programme_action_updates_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "programme_actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_action_updates" ADD CONSTRAINT "programme_action_updates_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_amendments" ADD CONSTRAINT "programme_amendments_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
