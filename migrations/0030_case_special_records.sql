-- Special steps of the back office (issue #17, decision 0036): the records of a site inspection
-- (one joint record, 联合踏勘记录表, signed by every participating department), an expert review,
-- a hearing (听证笔录) and a collective discussion (集体研究). One row per record with its
-- printable number; photos are file-store SHA-256 references; signatures are appended under
-- the row lock. The hearing's notices are case actions (the action log), not rows here.
CREATE TABLE "case_special_record" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"center_id" text NOT NULL,
	"center_path" text NOT NULL,
	"department_id" text,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"data" jsonb NOT NULL,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signatures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_id" text,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_special_record_kind_check" CHECK ("kind" IN ('inspection', 'expert_review', 'hearing_record', 'collective'))
);
--> statement-breakpoint
ALTER TABLE "case_special_record" ADD CONSTRAINT "case_special_record_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_special_record" ADD CONSTRAINT "case_special_record_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "case_special_record_case_idx" ON "case_special_record" USING btree ("case_id","created_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "case_special_record_number_uq" ON "case_special_record" USING btree ("center_id","number");
