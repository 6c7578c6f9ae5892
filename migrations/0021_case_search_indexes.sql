-- Case lists at a million cases (issue #16, decision 0027). The window's list (center, time),
-- search by number, by ID number and by name prefix already had their indexes (0020); checked
-- with EXPLAIN ANALYZE on a million seeded cases. What was missing: an applicant's earlier
-- cases (intake's 免提交 lookup, newest first) read the whole table for applicant_id.
CREATE INDEX "case_record_applicant_idx" ON "case_record" USING btree ("applicant_id","received_at" DESC NULLS LAST);
