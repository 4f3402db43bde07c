-- The stored search text becomes a tsvector literal written by the app (server/search). Rows written
-- before keep their folded words, converted here as words written (weight A); saving an association
-- writes its full form, with the forms without proclitics.
UPDATE "associations" SET "search_text" = setweight(to_tsvector('simple', "search_text"), 'A')::text;

-- AlterTable
ALTER TABLE "associations" ADD COLUMN     "search_vector" tsvector GENERATED ALWAYS AS ("search_text"::tsvector) STORED;

-- CreateIndex
CREATE INDEX "associations_search_vector_idx" ON "associations" USING GIN ("search_vector");
