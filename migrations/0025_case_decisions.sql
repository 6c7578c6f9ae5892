-- Issue #17 (decision 0032): the back office's extension flags, and the approval's certificate
-- with its own §44 clock. Pauses and extensions themselves are read from the append-only
-- case_action log (their ledger records), so no history table is added here.
ALTER TABLE "case_record" ADD COLUMN "extension_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_record" ADD COLUMN "extended" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_record" ADD COLUMN "certificate_due" date;--> statement-breakpoint
ALTER TABLE "case_record" ADD COLUMN "certificate" jsonb;--> statement-breakpoint
CREATE INDEX "case_record_results_ready_idx" ON "case_record" USING btree ("center_id","decided_at") WHERE "case_record"."state" IN ('decided_approved', 'decided_refused');
