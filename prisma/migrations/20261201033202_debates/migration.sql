-- CreateEnum
CREATE TYPE "debate_status" AS ENUM ('open', 'locked', 'closed');

-- CreateEnum
CREATE TYPE "debate_stance" AS ENUM ('for', 'against', 'neutral', 'question');

-- CreateEnum
CREATE TYPE "debate_flag_status" AS ENUM ('open', 'hidden', 'dismissed');

-- CreateTable
CREATE TABLE "debate_categories" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_fr" TEXT,
    "description_ar" TEXT NOT NULL DEFAULT '',
    "description_fr" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "debate_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "debate_tags" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "debate_tags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "debate_tag_links" (
    "debate_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,

    CONSTRAINT "debate_tag_links_pkey" PRIMARY KEY ("debate_id","tag_id")
);

-- CreateTable
CREATE TABLE "debates" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body_md" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "association_id" UUID,
    "category_id" UUID,
    "status" "debate_status" NOT NULL DEFAULT 'open',
    "conclusion_md" TEXT,
    "conclusion_html" TEXT,
    "conclusion_by_id" UUID,
    "closed_at" TIMESTAMPTZ(3),
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "slow_mode_seconds" INTEGER NOT NULL DEFAULT 0,
    "view_count" INTEGER NOT NULL DEFAULT 0,
    "reply_count" INTEGER NOT NULL DEFAULT 0,
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "subject_kind" TEXT,
    "subject_id" UUID,
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_by_id" UUID,
    "hidden_reason" TEXT,
    "edited_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "search_text" TEXT NOT NULL,
    "search_vector" tsvector GENERATED ALWAYS AS ("search_text"::tsvector) STORED,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "debates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "debate_replies" (
    "id" UUID NOT NULL,
    "debate_id" UUID NOT NULL,
    "parent_id" UUID,
    "seq" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "stance" "debate_stance" NOT NULL,
    "body_md" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "quote_of_id" UUID,
    "author_id" UUID NOT NULL,
    "association_id" UUID,
    "endorsement_count" INTEGER NOT NULL DEFAULT 0,
    "child_count" INTEGER NOT NULL DEFAULT 0,
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_by_id" UUID,
    "hidden_reason" TEXT,
    "edited_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "search_text" TEXT NOT NULL,
    "search_vector" tsvector GENERATED ALWAYS AS ("search_text"::tsvector) STORED,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "debate_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "debate_revisions" (
    "id" UUID NOT NULL,
    "debate_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body_md" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "editor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "debate_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "debate_reply_revisions" (
    "id" UUID NOT NULL,
    "reply_id" UUID NOT NULL,
    "stance" "debate_stance" NOT NULL,
    "body_md" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "editor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "debate_reply_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "debate_endorsements" (
    "reply_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "debate_endorsements_pkey" PRIMARY KEY ("reply_id","user_id")
);

-- CreateTable
CREATE TABLE "debate_flags" (
    "id" UUID NOT NULL,
    "debate_id" UUID NOT NULL,
    "reply_id" UUID,
    "target_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "debate_flag_status" NOT NULL DEFAULT 'open',
    "open" BOOLEAN DEFAULT true,
    "resolved_by_id" UUID,
    "resolved_at" TIMESTAMPTZ(3),
    "resolution" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "debate_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "debate_visits" (
    "user_id" UUID NOT NULL,
    "debate_id" UUID NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "debate_visits_pkey" PRIMARY KEY ("user_id","debate_id")
);

-- CreateTable
CREATE TABLE "debate_mentions" (
    "id" UUID NOT NULL,
    "debate_id" UUID NOT NULL,
    "reply_id" UUID,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "debate_mentions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "debate_categories_slug_key" ON "debate_categories"("slug");

-- CreateIndex
CREATE INDEX "debate_categories_position_idx" ON "debate_categories"("position");

-- CreateIndex
CREATE UNIQUE INDEX "debate_tags_name_key" ON "debate_tags"("name");

-- CreateIndex
CREATE INDEX "debate_tag_links_tag_id_idx" ON "debate_tag_links"("tag_id");

-- CreateIndex
CREATE INDEX "debates_category_id_last_activity_at_idx" ON "debates"("category_id", "last_activity_at");

-- CreateIndex
CREATE INDEX "debates_last_activity_at_idx" ON "debates"("last_activity_at");

-- CreateIndex
CREATE INDEX "debates_created_at_idx" ON "debates"("created_at");

-- CreateIndex
CREATE INDEX "debates_association_id_idx" ON "debates"("association_id");

-- CreateIndex
CREATE INDEX "debates_author_id_idx" ON "debates"("author_id");

-- CreateIndex
CREATE INDEX "debates_subject_kind_subject_id_idx" ON "debates"("subject_kind", "subject_id");

-- CreateIndex
CREATE INDEX "debates_search_vector_idx" ON "debates" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "debate_replies_debate_id_parent_id_seq_idx" ON "debate_replies"("debate_id", "parent_id", "seq");

-- CreateIndex
CREATE INDEX "debate_replies_debate_id_path_idx" ON "debate_replies"("debate_id", "path");

-- CreateIndex
CREATE INDEX "debate_replies_parent_id_idx" ON "debate_replies"("parent_id");

-- CreateIndex
CREATE INDEX "debate_replies_author_id_created_at_idx" ON "debate_replies"("author_id", "created_at");

-- CreateIndex
CREATE INDEX "debate_replies_search_vector_idx" ON "debate_replies" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "debate_replies_debate_id_seq_key" ON "debate_replies"("debate_id", "seq");

-- CreateIndex
CREATE INDEX "debate_revisions_debate_id_created_at_idx" ON "debate_revisions"("debate_id", "created_at");

-- CreateIndex
CREATE INDEX "debate_reply_revisions_reply_id_created_at_idx" ON "debate_reply_revisions"("reply_id", "created_at");

-- CreateIndex
CREATE INDEX "debate_endorsements_user_id_idx" ON "debate_endorsements"("user_id");

-- CreateIndex
CREATE INDEX "debate_flags_status_created_at_idx" ON "debate_flags"("status", "created_at");

-- CreateIndex
CREATE INDEX "debate_flags_target_id_status_idx" ON "debate_flags"("target_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "debate_flags_target_id_user_id_open_key" ON "debate_flags"("target_id", "user_id", "open");

-- CreateIndex
CREATE INDEX "debate_visits_debate_id_idx" ON "debate_visits"("debate_id");

-- CreateIndex
CREATE INDEX "debate_mentions_user_id_created_at_idx" ON "debate_mentions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "debate_mentions_debate_id_idx" ON "debate_mentions"("debate_id");

-- AddForeignKey
ALTER TABLE "debate_tag_links" ADD CONSTRAINT "debate_tag_links_debate_id_fkey" FOREIGN KEY ("debate_id") REFERENCES "debates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_tag_links" ADD CONSTRAINT "debate_tag_links_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "debate_tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debates" ADD CONSTRAINT "debates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debates" ADD CONSTRAINT "debates_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debates" ADD CONSTRAINT "debates_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "debate_categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debates" ADD CONSTRAINT "debates_conclusion_by_id_fkey" FOREIGN KEY ("conclusion_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_replies" ADD CONSTRAINT "debate_replies_debate_id_fkey" FOREIGN KEY ("debate_id") REFERENCES "debates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_replies" ADD CONSTRAINT "debate_replies_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "debate_replies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_replies" ADD CONSTRAINT "debate_replies_quote_of_id_fkey" FOREIGN KEY ("quote_of_id") REFERENCES "debate_replies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_replies" ADD CONSTRAINT "debate_replies_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_replies" ADD CONSTRAINT "debate_replies_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_revisions" ADD CONSTRAINT "debate_revisions_debate_id_fkey" FOREIGN KEY ("debate_id") REFERENCES "debates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_revisions" ADD CONSTRAINT "debate_revisions_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_reply_revisions" ADD CONSTRAINT "debate_reply_revisions_reply_id_fkey" FOREIGN KEY ("reply_id") REFERENCES "debate_replies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_reply_revisions" ADD CONSTRAINT "debate_reply_revisions_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_endorsements" ADD CONSTRAINT "debate_endorsements_reply_id_fkey" FOREIGN KEY ("reply_id") REFERENCES "debate_replies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_endorsements" ADD CONSTRAINT "debate_endorsements_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_flags" ADD CONSTRAINT "debate_flags_debate_id_fkey" FOREIGN KEY ("debate_id") REFERENCES "debates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_flags" ADD CONSTRAINT "debate_flags_reply_id_fkey" FOREIGN KEY ("reply_id") REFERENCES "debate_replies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_flags" ADD CONSTRAINT "debate_flags_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_flags" ADD CONSTRAINT "debate_flags_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_visits" ADD CONSTRAINT "debate_visits_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_visits" ADD CONSTRAINT "debate_visits_debate_id_fkey" FOREIGN KEY ("debate_id") REFERENCES "debates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_mentions" ADD CONSTRAINT "debate_mentions_debate_id_fkey" FOREIGN KEY ("debate_id") REFERENCES "debates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_mentions" ADD CONSTRAINT "debate_mentions_reply_id_fkey" FOREIGN KEY ("reply_id") REFERENCES "debate_replies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debate_mentions" ADD CONSTRAINT "debate_mentions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
