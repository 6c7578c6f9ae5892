-- 情形引导 (decision 0029): an item version's situational questions, and the answers a case
-- was accepted with (fixed with the version it pins).
ALTER TABLE "catalog_item_version" ADD COLUMN "situations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "case_record" ADD COLUMN "situation_answers" jsonb DEFAULT '{}'::jsonb NOT NULL;
