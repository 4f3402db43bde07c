-- AlterTable
ALTER TABLE "charter_versions" ADD COLUMN     "body_html_fr" TEXT,
ADD COLUMN     "body_md_fr" TEXT,
ADD COLUMN     "title_fr" TEXT;
