-- The case core (issue #16, decision 0026): applicants, applications, the case projection and
-- its append-only action log, materials, notices fixed at issue, gapless number counters,
-- handovers (流转表), visits and consultations.
CREATE TABLE "applicant_credit_listing" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number" text NOT NULL,
	"reason" text NOT NULL,
	"listed_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "applicant" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number" text NOT NULL,
	"name" text NOT NULL,
	"legal_representative" text,
	"phone" text NOT NULL,
	"address" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_action" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_action_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" text NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"actor_role" text NOT NULL,
	"input" jsonb,
	"result" jsonb,
	"note" text,
	"idempotency_key" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_application" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"applicant_id" text NOT NULL,
	"agent" jsonb,
	"channel" text NOT NULL,
	"service_mode" text NOT NULL,
	"ticket_id" text,
	"shared_fields" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_handover" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"from_staff_id" text NOT NULL,
	"from_name" text NOT NULL,
	"to_department" text NOT NULL,
	"items" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" text,
	"confirmed_by_name" text
);
--> statement-breakpoint
CREATE TABLE "case_material" (
	"case_id" text NOT NULL,
	"material_id" text NOT NULL,
	"seq" smallint NOT NULL,
	"name" text NOT NULL,
	"required" boolean NOT NULL,
	"waivable" boolean NOT NULL,
	"required_originals" smallint NOT NULL,
	"required_copies" smallint NOT NULL,
	"status" text NOT NULL,
	"originals" smallint DEFAULT 0 NOT NULL,
	"copies" smallint DEFAULT 0 NOT NULL,
	"scans" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"defect" text,
	"reused_from" text,
	"waiver_format" text,
	"waiver_deadline" date,
	"reason" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_material_case_id_material_id_pk" PRIMARY KEY("case_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "case_notice" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"department" text NOT NULL,
	"year" smallint NOT NULL,
	"document" jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_number_counter" (
	"scope" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_record" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"application_id" text NOT NULL,
	"center_id" text NOT NULL,
	"center_path" text NOT NULL,
	"department_id" text,
	"department_name" text NOT NULL,
	"item_id" text NOT NULL,
	"version_id" text NOT NULL,
	"item_name" text NOT NULL,
	"item_code" text NOT NULL,
	"case_type" text NOT NULL,
	"state" text NOT NULL,
	"awaiting_correction" boolean DEFAULT false NOT NULL,
	"waiver_pending" boolean DEFAULT false NOT NULL,
	"commitment_pending" boolean DEFAULT false NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"decision" text,
	"applicant_id" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_type" text NOT NULL,
	"applicant_id_number" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"channel" text NOT NULL,
	"service_mode" text NOT NULL,
	"ticket_id" text,
	"form_data" jsonb NOT NULL,
	"received_by" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"concluded_at" timestamp with time zone,
	"accepted_on" date,
	"promised_due" date,
	"legal_due" date,
	"waiver_due" date,
	"verify_due" date,
	"visits" smallint DEFAULT 1 NOT NULL,
	"promised_visits" smallint,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_visit" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"ticket_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"channel" text NOT NULL,
	"item_id" text,
	"asker_name" text,
	"asker_phone" text,
	"first_asked_by" text NOT NULL,
	"first_asked_by_name" text NOT NULL,
	"question" text NOT NULL,
	"answer" text,
	"referred_to" text,
	"knowledge_base" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applicant_credit_listing" ADD CONSTRAINT "applicant_credit_listing_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_action" ADD CONSTRAINT "case_action_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_application" ADD CONSTRAINT "case_application_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_application" ADD CONSTRAINT "case_application_applicant_id_applicant_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_handover" ADD CONSTRAINT "case_handover_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_material" ADD CONSTRAINT "case_material_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notice" ADD CONSTRAINT "case_notice_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_application_id_case_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."case_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_applicant_id_applicant_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_visit" ADD CONSTRAINT "case_visit_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applicant_credit_listing_idx" ON "applicant_credit_listing" USING btree ("center_id","id_type","id_number");--> statement-breakpoint
CREATE UNIQUE INDEX "applicant_id_uq" ON "applicant" USING btree ("id_type","id_number");--> statement-breakpoint
CREATE UNIQUE INDEX "case_action_seq_uq" ON "case_action" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "case_action_idem_uq" ON "case_action" USING btree ("case_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "case_application_idem_uq" ON "case_application" USING btree ("created_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "case_handover_case_idx" ON "case_handover" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_notice_number_uq" ON "case_notice" USING btree ("number");--> statement-breakpoint
CREATE INDEX "case_notice_case_idx" ON "case_notice" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_record_number_uq" ON "case_record" USING btree ("number");--> statement-breakpoint
CREATE INDEX "case_record_window_idx" ON "case_record" USING btree ("center_id","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_record_received_by_idx" ON "case_record" USING btree ("received_by","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_record_applicant_id_idx" ON "case_record" USING btree ("applicant_id_number");--> statement-breakpoint
CREATE INDEX "case_record_applicant_name_idx" ON "case_record" USING btree ("applicant_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_record_application_idx" ON "case_record" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "case_record_waiver_due_idx" ON "case_record" USING btree ("waiver_due") WHERE "case_record"."waiver_pending";--> statement-breakpoint
CREATE INDEX "case_visit_case_idx" ON "case_visit" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "consultation_center_idx" ON "consultation" USING btree ("center_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consultation_kb_idx" ON "consultation" USING btree ("item_id") WHERE "consultation"."knowledge_base";--> statement-breakpoint
-- The case history is append-only like the hall's histories (migration 0012): a dispute, the
-- national export and the supervision reports are read from it.
CREATE TRIGGER case_action_append_only BEFORE UPDATE OR DELETE ON case_action
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER case_action_no_truncate BEFORE TRUNCATE ON case_action
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
