-- CreateEnum
CREATE TYPE "delegate_request_status" AS ENUM ('pending', 'objected', 'applied', 'cancelled');

-- CreateTable
CREATE TABLE "delegate_requests" (
    "id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "reason" TEXT,
    "status" "delegate_request_status" NOT NULL DEFAULT 'pending',
    "open_for" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "effective_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decision_note" TEXT,

    CONSTRAINT "delegate_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "delegate_requests_open_for_key" ON "delegate_requests"("open_for");

-- CreateIndex
CREATE INDEX "delegate_requests_association_id_created_at_idx" ON "delegate_requests"("association_id", "created_at");

-- CreateIndex
CREATE INDEX "delegate_requests_status_effective_at_idx" ON "delegate_requests"("status", "effective_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"("user_id", "created_at");

-- AddForeignKey
ALTER TABLE "delegate_requests" ADD CONSTRAINT "delegate_requests_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate_requests" ADD CONSTRAINT "delegate_requests_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate_requests" ADD CONSTRAINT "delegate_requests_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate_requests" ADD CONSTRAINT "delegate_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
