-- Warning levels of open cases (issue #17, decision 0030): a derived projection the
-- case-warning-levels job recomputes from the stored due dates, so lists can filter and count
-- "open cases by level" without computing a clock per row. NULL = no running clock (not yet
-- accepted, decided or ended). The level is not a case action: no case_action row (0030).
ALTER TABLE "case_record" ADD COLUMN "warning_level" text;--> statement-breakpoint
-- When the stored level last changed (a sweep that finds the same level writes nothing).
ALTER TABLE "case_record" ADD COLUMN "warning_level_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_warning_level_check" CHECK ("warning_level" IN ('normal', 'yellow', 'red', 'overdue', 'paused'));--> statement-breakpoint
CREATE INDEX "case_record_open_level_idx" ON "case_record" USING btree ("center_id","warning_level","legal_due") WHERE "warning_level" IS NOT NULL;--> statement-breakpoint
-- Per-center threshold: yellow when at most this many working days are left (default 1).
-- A township without its own row follows the nearest center above it.
CREATE TABLE "case_warning_setting" (
	"center_id" text PRIMARY KEY NOT NULL,
	"yellow_workdays" smallint NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_warning_setting_yellow_check" CHECK ("yellow_workdays" BETWEEN 0 AND 10)
);--> statement-breakpoint
ALTER TABLE "case_warning_setting" ADD CONSTRAINT "case_warning_setting_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;
