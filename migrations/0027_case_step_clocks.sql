-- Issue #17, decision 0033: step clocks, follow-up tasks and the handover back to the window.
-- A step's due date moves by the working days a case pause took while the step was open; the
-- task keeps how many, so the inbox can say so.
ALTER TABLE "case_task" ADD COLUMN "paused_workdays" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- 流转表 both ways: papers go to the department at acceptance and back to the window of origin
-- at the decision.
ALTER TABLE "case_handover" ADD COLUMN "direction" text DEFAULT 'to_department' NOT NULL;--> statement-breakpoint
-- 容缺补交 and 承诺核查 as tasks of the responsible department: opened and closed by the one
-- write path when the case's waiverPending / commitmentPending flag is set or cleared.
CREATE TABLE "case_followup" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"center_id" text NOT NULL,
	"center_path" text NOT NULL,
	"department_id" text,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assignee_id" text,
	"assignee_name" text,
	"claimed_at" timestamp with time zone,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
ALTER TABLE "case_followup" ADD CONSTRAINT "case_followup_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_followup" ADD CONSTRAINT "case_followup_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_followup_department_open_idx" ON "case_followup" USING btree ("department_id","due_on","id") WHERE "case_followup"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "case_followup_one_open_uq" ON "case_followup" USING btree ("case_id","kind") WHERE "case_followup"."status" = 'open';
--> statement-breakpoint
-- Cases already waiting for their material or their verification get their follow-up task.
INSERT INTO "case_followup" ("id","case_id","kind","center_id","center_path","department_id","due_on","opened_at")
  SELECT gen_random_uuid()::text, "id", 'waiver', "center_id", "center_path", "department_id", "waiver_due", now() FROM "case_record" WHERE "waiver_pending" AND "waiver_due" IS NOT NULL
  UNION ALL
  SELECT gen_random_uuid()::text, "id", 'verification', "center_id", "center_path", "department_id", "verify_due", now() FROM "case_record" WHERE "commitment_pending" AND "verify_due" IS NOT NULL;
