-- 网上申报 and 网上预审 (issue #19, decision 0043): an application made on the portal, kept as a
-- draft across devices (version), pre-reviewed at the window, and turned into case(s) through
-- the case's own intake. Its history is append-only; files live in the platform file store.
CREATE TABLE "online_application" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL REFERENCES "citizen_account"("id"),
	"subject" jsonb NOT NULL,
	"applicant" jsonb,
	"agent" jsonb,
	"center_id" text NOT NULL REFERENCES "center"("id"),
	"center_path" text NOT NULL,
	"bundle_id" text,
	"items" jsonb NOT NULL,
	"shared_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"delivery" jsonb,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"correction_rounds" integer DEFAULT 0 NOT NULL,
	"correction" jsonb,
	"refusal_reasons" text,
	"submitted_at" timestamp with time zone,
	"review_due" date,
	"case_application_id" text,
	"cases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "online_application_status_ck" CHECK ("status" IN ('draft', 'submitted', 'correction_requested', 'accepted', 'refused', 'withdrawn')),
	CONSTRAINT "online_application_version_ck" CHECK ("version" >= 1)
);
--> statement-breakpoint
CREATE INDEX "online_application_account_idx" ON "online_application" USING btree ("account_id","updated_at");
--> statement-breakpoint
CREATE INDEX "online_application_queue_idx" ON "online_application" USING btree ("status","center_path","review_due");
--> statement-breakpoint
CREATE TABLE "online_application_event" (
	"application_id" text NOT NULL REFERENCES "online_application"("id"),
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"detail" jsonb,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "online_application_event_pk" PRIMARY KEY("application_id","seq")
);
--> statement-breakpoint
CREATE TRIGGER online_application_event_append_only BEFORE UPDATE OR DELETE ON online_application_event
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER online_application_event_no_truncate BEFORE TRUNCATE ON online_application_event
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TABLE "online_application_file" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL REFERENCES "online_application"("id"),
	"account_id" text NOT NULL REFERENCES "citizen_account"("id"),
	"item_id" text NOT NULL,
	"material_id" text NOT NULL,
	"material_name" text NOT NULL,
	"sha256" text NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"reused_from" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "online_application_file_app_idx" ON "online_application_file" USING btree ("application_id","item_id","material_id");
--> statement-breakpoint
CREATE INDEX "online_application_file_account_idx" ON "online_application_file" USING btree ("account_id","created_at");
