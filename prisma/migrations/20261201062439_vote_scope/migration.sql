-- AlterTable
ALTER TABLE "votes" ADD COLUMN     "scope_id" UUID,
ADD COLUMN     "scope_kind" TEXT;
