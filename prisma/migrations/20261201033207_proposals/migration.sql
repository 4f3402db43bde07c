-- CreateEnum
CREATE TYPE "ProposalState" AS ENUM ('draft', 'submitted', 'in_discussion', 'in_vote', 'adopted', 'rejected', 'withdrawn', 'not_admissible');

-- CreateEnum
CREATE TYPE "AmendmentState" AS ENUM ('proposed', 'accepted', 'rejected', 'in_vote', 'adopted', 'not_adopted');

-- CreateTable
CREATE TABLE "proposals" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body_md" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "current_version" INTEGER NOT NULL DEFAULT 1,
    "association_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "category_id" UUID,
    "state" "ProposalState" NOT NULL DEFAULT 'draft',
    "inadmissible_reason" TEXT,
    "debate_id" UUID,
    "vote_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "proposals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal_versions" (
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "body_md" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "amendment_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal_sponsors" (
    "proposal_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "signed_by_id" UUID NOT NULL,
    "signed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_sponsors_pkey" PRIMARY KEY ("proposal_id","association_id")
);

-- CreateTable
CREATE TABLE "proposal_transitions" (
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "from_state" "ProposalState",
    "to_state" "ProposalState" NOT NULL,
    "actor_id" UUID,
    "reason" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_transitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal_amendments" (
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "passage" TEXT,
    "replacement" TEXT,
    "base_version" INTEGER NOT NULL,
    "new_body_md" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "state" "AmendmentState" NOT NULL DEFAULT 'proposed',
    "vote_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_amendments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "proposals_state_updated_at_idx" ON "proposals"("state", "updated_at");

-- CreateIndex
CREATE INDEX "proposals_association_id_idx" ON "proposals"("association_id");

-- CreateIndex
CREATE INDEX "proposals_category_id_idx" ON "proposals"("category_id");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_versions_amendment_id_key" ON "proposal_versions"("amendment_id");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_versions_proposal_id_number_key" ON "proposal_versions"("proposal_id", "number");

-- CreateIndex
CREATE INDEX "proposal_transitions_proposal_id_at_idx" ON "proposal_transitions"("proposal_id", "at");

-- CreateIndex
CREATE INDEX "proposal_amendments_proposal_id_created_at_idx" ON "proposal_amendments"("proposal_id", "created_at");

-- AddForeignKey
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_versions" ADD CONSTRAINT "proposal_versions_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_versions" ADD CONSTRAINT "proposal_versions_amendment_id_fkey" FOREIGN KEY ("amendment_id") REFERENCES "proposal_amendments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_versions" ADD CONSTRAINT "proposal_versions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_sponsors" ADD CONSTRAINT "proposal_sponsors_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_sponsors" ADD CONSTRAINT "proposal_sponsors_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_sponsors" ADD CONSTRAINT "proposal_sponsors_signed_by_id_fkey" FOREIGN KEY ("signed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_transitions" ADD CONSTRAINT "proposal_transitions_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_transitions" ADD CONSTRAINT "proposal_transitions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_amendments" ADD CONSTRAINT "proposal_amendments_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_amendments" ADD CONSTRAINT "proposal_amendments_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_amendments" ADD CONSTRAINT "proposal_amendments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
