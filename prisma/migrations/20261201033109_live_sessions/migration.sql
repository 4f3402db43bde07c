-- CreateEnum
CREATE TYPE "LiveSessionStatus" AS ENUM ('scheduled', 'open', 'live', 'paused', 'ended');

-- CreateEnum
CREATE TYPE "LiveSessionVisibility" AS ENUM ('members', 'public');

-- CreateTable
CREATE TABLE "live_sessions" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description_md" TEXT NOT NULL,
    "description_html" TEXT NOT NULL,
    "debate_id" UUID,
    "proposal_ids" UUID[],
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "visibility" "LiveSessionVisibility" NOT NULL DEFAULT 'members',
    "status" "LiveSessionStatus" NOT NULL DEFAULT 'scheduled',
    "moderator_ids" UUID[],
    "seq" INTEGER NOT NULL DEFAULT 0,
    "state" JSONB NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "minutes_md" TEXT,
    "minutes_html" TEXT,
    "minutes_generated_at" TIMESTAMPTZ(3),
    "minutes_approved_at" TIMESTAMPTZ(3),
    "minutes_approved_by_id" UUID,

    CONSTRAINT "live_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_session_events" (
    "session_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "actor_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_session_events_pkey" PRIMARY KEY ("session_id","seq")
);

-- CreateTable
CREATE TABLE "live_session_ballots" (
    "poll_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "option_id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_session_ballots_pkey" PRIMARY KEY ("poll_id","user_id")
);

-- CreateIndex
CREATE INDEX "live_sessions_status_scheduled_at_idx" ON "live_sessions"("status", "scheduled_at");

-- CreateIndex
CREATE INDEX "live_session_ballots_session_id_idx" ON "live_session_ballots"("session_id");

-- AddForeignKey
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_session_events" ADD CONSTRAINT "live_session_events_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_session_ballots" ADD CONSTRAINT "live_session_ballots_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_session_ballots" ADD CONSTRAINT "live_session_ballots_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
