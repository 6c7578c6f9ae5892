-- Issue #18 (decision 0040): the archive (归档). Every ended case goes, once a month, into its
-- center's batch as a package (a zip in the file store, addressed by its SHA-256) whose
-- manifest lists every file's SHA-256; the root hash is the manifest's own. Batches and
-- packages are written once and never changed: verification compares against these rows.
-- The item's 保管期限 is a guide element of the version (永久 / 30年 / 10年; 30年 by default).
ALTER TABLE "catalog_item_version" ADD COLUMN "retention_period" text DEFAULT '30y' NOT NULL;--> statement-breakpoint
CREATE TABLE "archive_batch" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"month" text NOT NULL,
	"case_count" integer NOT NULL,
	"pages" integer NOT NULL,
	"root_hash" text NOT NULL,
	"register_sha256" text NOT NULL,
	"register_size" integer NOT NULL,
	"built_at" timestamp with time zone NOT NULL,
	"built_by" text,
	"built_by_name" text NOT NULL,
	CONSTRAINT "archive_batch_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX "archive_batch_center_month_uq" ON "archive_batch" USING btree ("center_id","month");--> statement-breakpoint
CREATE TABLE "archive_package" (
	"id" text PRIMARY KEY NOT NULL,
	"batch_id" text NOT NULL,
	"case_id" text NOT NULL,
	"case_number" text NOT NULL,
	"archive_code" text NOT NULL,
	"item_no" integer NOT NULL,
	"item_name" text NOT NULL,
	"applicant_name" text NOT NULL,
	"end_state" text NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"retention_period" text NOT NULL,
	"pages" integer NOT NULL,
	"documents" integer NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"root_hash" text NOT NULL,
	"manifest" jsonb NOT NULL,
	"archived_at" timestamp with time zone NOT NULL,
	CONSTRAINT "archive_package_batch_id_archive_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."archive_batch"("id") ON DELETE no action ON UPDATE no action,
	CONSTRAINT "archive_package_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX "archive_package_case_uq" ON "archive_package" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "archive_package_code_uq" ON "archive_package" USING btree ("archive_code");--> statement-breakpoint
CREATE INDEX "archive_package_batch_idx" ON "archive_package" USING btree ("batch_id","item_no");--> statement-breakpoint
CREATE TRIGGER archive_batch_append_only BEFORE UPDATE OR DELETE ON archive_batch
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER archive_batch_no_truncate BEFORE TRUNCATE ON archive_batch
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER archive_package_append_only BEFORE UPDATE OR DELETE ON archive_package
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER archive_package_no_truncate BEFORE TRUNCATE ON archive_package
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
