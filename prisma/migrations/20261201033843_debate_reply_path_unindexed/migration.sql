-- DropIndex
DROP INDEX "debate_replies_debate_id_path_idx";
