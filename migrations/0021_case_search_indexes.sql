-- Case lists at a million cases (issue #16, decision 0027). The window's list, search by number,
-- ID number and name prefix already have their indexes (0020); what was missing:
-- * an applicant's earlier cases (intake's 免提交 lookup) searched the whole table by
--   applicant_id;
-- * search by name prefix counted its matches from the table: with the scope's path and the
--   time in the index, a surname's tens of thousands of rows count from the index alone
--   (index-only scan once vacuum has set the visibility map).
CREATE INDEX "case_record_applicant_idx" ON "case_record" USING btree ("applicant_id","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_record_applicant_name_scope_idx" ON "case_record" USING btree ("applicant_name" text_pattern_ops) INCLUDE ("center_path","received_at");--> statement-breakpoint
DROP INDEX "case_record_applicant_name_idx";
