-- Issue #18, fees (收缴分离, decision 0037): payment notices (缴款通知书) by the item's published
-- fee rule, their append-only action log (payments with receipts, waivers, refunds), the
-- counters of notice, receipt and payment-reference numbers, and the case's feeDue flag that
-- guards 办结 (the conclude row of the states table).
ALTER TABLE "case_record" ADD COLUMN "fee_due" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TABLE "fee_notice" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL REFERENCES "center"("id"),
	"center_path" text NOT NULL,
	"case_id" text NOT NULL REFERENCES "case_record"("id"),
	"case_number" text NOT NULL,
	"applicant_name" text NOT NULL,
	"item_name" text NOT NULL,
	"number" text NOT NULL,
	"reference" text NOT NULL,
	"lines" jsonb NOT NULL,
	"amount_fen" integer NOT NULL,
	"paid_fen" integer DEFAULT 0 NOT NULL,
	"waived_fen" integer DEFAULT 0 NOT NULL,
	"refunded_fen" integer DEFAULT 0 NOT NULL,
	"refund_pending_fen" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"issued_by" text,
	"issued_by_name" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"issue_key" text NOT NULL,
	CONSTRAINT "fee_notice_amount_ck" CHECK ("amount_fen" > 0),
	CONSTRAINT "fee_notice_settle_ck" CHECK ("paid_fen" >= 0 AND "waived_fen" >= 0 AND "paid_fen" + "waived_fen" <= "amount_fen"),
	CONSTRAINT "fee_notice_refund_ck" CHECK ("refunded_fen" >= 0 AND "refund_pending_fen" >= 0 AND "refunded_fen" + "refund_pending_fen" <= "paid_fen")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "fee_notice_number_uq" ON "fee_notice" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_notice_reference_uq" ON "fee_notice" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_notice_issue_key_uq" ON "fee_notice" USING btree ("case_id","issue_key");--> statement-breakpoint
CREATE INDEX "fee_notice_center_status_idx" ON "fee_notice" USING btree ("center_id","status","issued_at");--> statement-breakpoint
CREATE TABLE "fee_action" (
	"id" text PRIMARY KEY NOT NULL,
	"notice_id" text NOT NULL REFERENCES "fee_notice"("id"),
	"center_id" text NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"cashier_id" text,
	"reason" text,
	"provider" text,
	"provider_txn_id" text,
	"receipt_number" text,
	"receipt" jsonb,
	"idempotency_key" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "fee_action_seq_uq" ON "fee_action" USING btree ("notice_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_action_idem_uq" ON "fee_action" USING btree ("notice_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_action_provider_txn_uq" ON "fee_action" USING btree ("provider","provider_txn_id") WHERE "provider_txn_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "fee_action_cashier_day_idx" ON "fee_action" USING btree ("cashier_id","at") WHERE "cashier_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE "fee_counter" (
	"scope" text PRIMARY KEY NOT NULL,
	"value" integer NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER fee_action_append_only BEFORE UPDATE OR DELETE ON fee_action
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER fee_action_no_truncate BEFORE TRUNCATE ON fee_action
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
