-- CreateEnum
CREATE TYPE "vote_status" AS ENUM ('draft', 'open', 'closed', 'cancelled');

-- CreateTable
CREATE TABLE "votes" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "method" TEXT NOT NULL,
    "max_choices" INTEGER,
    "electorate" TEXT NOT NULL,
    "quorum" DOUBLE PRECISION,
    "majority" TEXT NOT NULL,
    "secrecy" TEXT NOT NULL,
    "results" TEXT NOT NULL,
    "formal" BOOLEAN NOT NULL DEFAULT true,
    "status" "vote_status" NOT NULL DEFAULT 'draft',
    "opens_at" TIMESTAMPTZ(3),
    "closes_at" TIMESTAMPTZ(3),
    "opened_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "subject_kind" TEXT,
    "subject_id" UUID,
    "electorate_size" INTEGER,
    "receipt_key" BYTEA NOT NULL,
    "result" JSONB,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vote_options" (
    "id" UUID NOT NULL,
    "vote_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "vote_options_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vote_voters" (
    "vote_id" UUID NOT NULL,
    "voter_key" UUID NOT NULL,
    "user_id" UUID,
    "association_id" UUID,
    "name" TEXT NOT NULL,

    CONSTRAINT "vote_voters_pkey" PRIMARY KEY ("vote_id","voter_key")
);

-- CreateTable
CREATE TABLE "vote_participation" (
    "vote_id" UUID NOT NULL,
    "voter_key" UUID NOT NULL,

    CONSTRAINT "vote_participation_pkey" PRIMARY KEY ("vote_id","voter_key")
);

-- CreateTable
CREATE TABLE "vote_ballots" (
    "id" UUID NOT NULL,
    "vote_id" UUID NOT NULL,
    "voter_key" UUID,
    "receipt_hash" TEXT NOT NULL,
    "choice" JSONB NOT NULL,

    CONSTRAINT "vote_ballots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "votes_status_closes_at_idx" ON "votes"("status", "closes_at");

-- CreateIndex
CREATE INDEX "votes_status_opens_at_idx" ON "votes"("status", "opens_at");

-- CreateIndex
CREATE INDEX "votes_subject_kind_subject_id_idx" ON "votes"("subject_kind", "subject_id");

-- CreateIndex
CREATE UNIQUE INDEX "vote_options_vote_id_position_key" ON "vote_options"("vote_id", "position");

-- CreateIndex
CREATE INDEX "vote_voters_user_id_idx" ON "vote_voters"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "vote_ballots_vote_id_voter_key_key" ON "vote_ballots"("vote_id", "voter_key");

-- CreateIndex
CREATE UNIQUE INDEX "vote_ballots_vote_id_receipt_hash_key" ON "vote_ballots"("vote_id", "receipt_hash");

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_options" ADD CONSTRAINT "vote_options_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_voters" ADD CONSTRAINT "vote_voters_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_voters" ADD CONSTRAINT "vote_voters_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_participation" ADD CONSTRAINT "vote_participation_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_participation" ADD CONSTRAINT "vote_participation_vote_id_voter_key_fkey" FOREIGN KEY ("vote_id", "voter_key") REFERENCES "vote_voters"("vote_id", "voter_key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_ballots" ADD CONSTRAINT "vote_ballots_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
