-- 上报件 (issue #17, decision 0035): a township (or village) center forwards a case to the
-- center above as a linked case. One row per forwarding links the case of origin and the case
-- above both ways (each side at most once), keeps who forwarded it and why, and the lower
-- center's §43 clock as it stood when the case went up. Written in the transaction of the
-- escalate action (actOnCase); the result's return stamps returned_at.
CREATE TABLE "case_escalation" (
	"origin_case_id" text PRIMARY KEY NOT NULL,
	"upper_case_id" text NOT NULL,
	"origin_center_id" text NOT NULL,
	"upper_center_id" text NOT NULL,
	"reason" text NOT NULL,
	"forwarded_by" text,
	"forwarded_by_name" text NOT NULL,
	"forwarded_at" timestamp with time zone NOT NULL,
	"forwarded_on" date NOT NULL,
	"review_due" date,
	"returned_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_escalation" ADD CONSTRAINT "case_escalation_origin_case_id_case_record_id_fk" FOREIGN KEY ("origin_case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalation" ADD CONSTRAINT "case_escalation_upper_case_id_case_record_id_fk" FOREIGN KEY ("upper_case_id") REFERENCES "public"."case_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalation" ADD CONSTRAINT "case_escalation_origin_center_id_center_id_fk" FOREIGN KEY ("origin_center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalation" ADD CONSTRAINT "case_escalation_upper_center_id_center_id_fk" FOREIGN KEY ("upper_center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_escalation_upper_uq" ON "case_escalation" USING btree ("upper_case_id");
