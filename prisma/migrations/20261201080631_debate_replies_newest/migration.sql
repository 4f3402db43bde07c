-- CreateIndex
CREATE INDEX "debate_replies_created_at_id_idx" ON "debate_replies"("created_at", "id");
