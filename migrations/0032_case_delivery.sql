-- Issue #18 (decision 0038): handing out the result. The applicant's delivery choice is kept
-- with the application (one visit's choice for its cases); each case's hand-out is one
-- case_delivery row (changed only by delivery.service.ts) and its append-only history. The
-- cabinet's pickup code is stored only as an HMAC; the partial unique index keeps two results
-- in one cabinet from sharing a live code.
ALTER TABLE "case_application" ADD COLUMN "delivery" jsonb;--> statement-breakpoint
CREATE TABLE "case_delivery" (
	"case_id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"status" text NOT NULL,
	"method" text NOT NULL,
	"address" text,
	"recipient" text,
	"recipient_phone" text,
	"courier" text,
	"waybill" text,
	"collector_name" text,
	"collector_id_type" text,
	"collector_id_number" text,
	"collector_as" text,
	"signature_sha256" text,
	"cabinet_id" text,
	"cabinet_door" integer,
	"code_hash" text,
	"code_expires_at" timestamp with time zone,
	"code_used_at" timestamp with time zone,
	"deposited_at" timestamp with time zone,
	"handed_out_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "case_delivery_live_code_uq" ON "case_delivery" USING btree ("cabinet_id","code_hash") WHERE "case_delivery"."status" = 'in_cabinet';--> statement-breakpoint
CREATE INDEX "case_delivery_code_idx" ON "case_delivery" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "case_delivery_center_status_idx" ON "case_delivery" USING btree ("center_id","status","updated_at");--> statement-breakpoint
CREATE TABLE "case_delivery_event" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"detail" jsonb NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "case_delivery_event_seq_uq" ON "case_delivery_event" USING btree ("case_id","seq");
--> statement-breakpoint
ALTER TABLE "case_delivery" ADD CONSTRAINT "case_delivery_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_delivery" ADD CONSTRAINT "case_delivery_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_delivery_event" ADD CONSTRAINT "case_delivery_event_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER case_delivery_event_append_only BEFORE UPDATE OR DELETE ON case_delivery_event
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER case_delivery_event_no_truncate BEFORE TRUNCATE ON case_delivery_event
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
