-- 联办件 (issue #17, decision 0034): a joint case has one open step task of the lead department
-- plus one open parallel sub-task per joint department. `kind` tells them apart; a sub-task's
-- opinion ends with its verdict (同意 / 不同意). The one-open-task index narrows to step tasks,
-- and a second index keeps one open sub-task per (case, joint department).
ALTER TABLE "case_task" ADD COLUMN "kind" text DEFAULT 'step' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_task" ADD COLUMN "verdict" text;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_kind_ck" CHECK ("kind" IN ('step', 'joint'));--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_verdict_ck" CHECK ("verdict" IS NULL OR ("kind" = 'joint' AND "verdict" IN ('agree', 'disagree')));--> statement-breakpoint
DROP INDEX "case_task_one_open_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "case_task_one_open_step_uq" ON "case_task" USING btree ("case_id") WHERE "case_task"."status" = 'open' AND "case_task"."kind" = 'step';--> statement-breakpoint
CREATE UNIQUE INDEX "case_task_one_open_joint_uq" ON "case_task" USING btree ("case_id","department_id") WHERE "case_task"."status" = 'open' AND "case_task"."kind" = 'joint';
