CREATE TABLE "appointment_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appointment_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"appointment_id" text NOT NULL,
	"center_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor" text NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "appointment_rule" (
	"center_id" text PRIMARY KEY NOT NULL,
	"enabled" boolean NOT NULL,
	"min_days_ahead" smallint NOT NULL,
	"max_days_ahead" smallint NOT NULL,
	"slot_minutes" smallint NOT NULL,
	"per_window_per_slot" smallint NOT NULL,
	"cancel_cutoff_minutes" smallint NOT NULL,
	"no_show_limit" smallint NOT NULL,
	"no_show_window_days" smallint NOT NULL,
	"ban_days" smallint NOT NULL,
	"release_delay_minutes" smallint NOT NULL,
	"check_in_early_minutes" smallint NOT NULL,
	"check_in_late_minutes" smallint NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"category_id" text NOT NULL,
	"service_date" date NOT NULL,
	"start_minute" smallint NOT NULL,
	"end_minute" smallint NOT NULL,
	"name" text NOT NULL,
	"id_card" text NOT NULL,
	"phone" text NOT NULL,
	"code" text NOT NULL,
	"state" text NOT NULL,
	"ticket_id" text,
	"ticket_number" text,
	"cancelled_at" timestamp with time zone,
	"release_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"no_show_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"channel" text NOT NULL,
	"to" text NOT NULL,
	"text" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "appointment_rule" ADD CONSTRAINT "appointment_rule_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_event_appointment_idx" ON "appointment_event" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "appointment_event_center_at_idx" ON "appointment_event" USING btree ("center_id","at");--> statement-breakpoint
CREATE INDEX "appointment_center_day_idx" ON "appointment" USING btree ("center_id","service_date","category_id","start_minute");--> statement-breakpoint
CREATE INDEX "appointment_person_idx" ON "appointment" USING btree ("center_id","id_card","service_date");--> statement-breakpoint
CREATE INDEX "appointment_phone_idx" ON "appointment" USING btree ("center_id","phone","service_date");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_code_uq" ON "appointment" USING btree ("center_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_one_per_day_uq" ON "appointment" USING btree ("center_id","id_card","service_date") WHERE state IN ('booked', 'checked_in');--> statement-breakpoint
CREATE INDEX "appointment_booked_idx" ON "appointment" USING btree ("service_date") WHERE state = 'booked';--> statement-breakpoint
CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" USING btree ("next_attempt_at") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "notification_outbox_center_idx" ON "notification_outbox" USING btree ("center_id","created_at");