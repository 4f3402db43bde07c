-- AlterTable
ALTER TABLE "votes" ADD COLUMN     "description_html" TEXT NOT NULL DEFAULT '';

-- Descriptions written before this column read as plain text: escaped, one paragraph each block.
UPDATE "votes"
SET "description_html" = '<p>' || replace(
  replace(replace(replace(replace(btrim("description", E' \n'), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
  E'\n\n', '</p><p>'
) || '</p>'
WHERE btrim("description", E' \n') <> '';
