-- Back-office tasks and steps (issue #17, decision 0031). One task per step of the pinned
-- version's 办理流程 as it opens; the step record (checklist answers, opinion, attachments)
-- lives on the task row; every claim, reassignment and close is appended to the history.
CREATE TABLE "case_task" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"center_id" text NOT NULL,
	"center_path" text NOT NULL,
	"department_id" text,
	"step_index" smallint NOT NULL,
	"step_name" text NOT NULL,
	"post" text NOT NULL,
	"assignee_id" text,
	"assignee_name" text,
	"claimed_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"due_on" date NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"opinion" text DEFAULT '' NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_reason" text,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_task_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_task_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"task_id" text NOT NULL,
	"case_id" text NOT NULL,
	"action" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"to_staff_id" text,
	"to_name" text,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task_history" ADD CONSTRAINT "case_task_history_task_id_case_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."case_task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The inboxes read open tasks by department or by person, oldest due date first, paged by
-- (due_on, id): each list is one range scan of its partial index, however many tasks exist.
CREATE INDEX "case_task_department_open_idx" ON "case_task" USING btree ("department_id","due_on","id") WHERE "case_task"."status" = 'open';--> statement-breakpoint
CREATE INDEX "case_task_assignee_open_idx" ON "case_task" USING btree ("assignee_id","due_on","id") WHERE "case_task"."status" = 'open';--> statement-breakpoint
CREATE INDEX "case_task_department_closed_idx" ON "case_task" USING btree ("department_id","closed_at" DESC NULLS LAST,"id") WHERE "case_task"."status" <> 'open';--> statement-breakpoint
CREATE INDEX "case_task_case_idx" ON "case_task" USING btree ("case_id","opened_at");--> statement-breakpoint
-- At most one open step task per case: a second would be worked twice.
CREATE UNIQUE INDEX "case_task_one_open_uq" ON "case_task" USING btree ("case_id") WHERE "case_task"."status" = 'open';--> statement-breakpoint
CREATE INDEX "case_task_history_task_idx" ON "case_task_history" USING btree ("task_id","id");--> statement-breakpoint
CREATE TRIGGER case_task_history_append_only BEFORE UPDATE OR DELETE ON case_task_history
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER case_task_history_no_truncate BEFORE TRUNCATE ON case_task_history
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
