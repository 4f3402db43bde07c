-- CreateTable
CREATE TABLE "decision_records" (
    "id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "vote_id" TEXT,
    "proposal_id" TEXT,
    "corrects_id" UUID,
    "recorded_by_id" UUID,
    "canonical" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "previous_hash" TEXT NOT NULL,
    "search_text" TEXT NOT NULL,
    "search_vector" tsvector GENERATED ALWAYS AS ("search_text"::tsvector) STORED,

    CONSTRAINT "decision_records_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "decision_records_position_key" ON "decision_records"("position");

-- CreateIndex
CREATE UNIQUE INDEX "decision_records_number_key" ON "decision_records"("number");

-- CreateIndex
CREATE UNIQUE INDEX "decision_records_vote_id_key" ON "decision_records"("vote_id");

-- CreateIndex
CREATE UNIQUE INDEX "decision_records_hash_key" ON "decision_records"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "decision_records_previous_hash_key" ON "decision_records"("previous_hash");

-- CreateIndex
CREATE INDEX "decision_records_corrects_id_idx" ON "decision_records"("corrects_id");

-- CreateIndex
CREATE INDEX "decision_records_proposal_id_idx" ON "decision_records"("proposal_id");

-- CreateIndex
CREATE INDEX "decision_records_kind_outcome_idx" ON "decision_records"("kind", "outcome");

-- CreateIndex
CREATE INDEX "decision_records_decided_at_idx" ON "decision_records"("decided_at");

-- CreateIndex
CREATE INDEX "decision_records_search_vector_idx" ON "decision_records" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "decision_records_year_seq_key" ON "decision_records"("year", "seq");

-- The register is append-only: PostgreSQL itself refuses to change or remove a record, whatever the
-- application does. A correction is a new record that names the one it corrects.
CREATE TRIGGER "decision_records_append_only" BEFORE UPDATE OR DELETE ON "decision_records"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_append_only"();
CREATE TRIGGER "decision_records_no_truncate" BEFORE TRUNCATE ON "decision_records"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_of_append_only"();
