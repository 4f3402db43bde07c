-- CreateIndex
CREATE INDEX "debate_replies_debate_id_created_at_idx" ON "debate_replies"("debate_id", "created_at");
