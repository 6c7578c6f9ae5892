CREATE TABLE "hall_setting" (
	"center_id" text PRIMARY KEY NOT NULL,
	"voice_template" text NOT NULL,
	"led_template" text NOT NULL,
	"recall_interval_seconds" integer NOT NULL,
	"no_show_after_calls" integer NOT NULL,
	"wait_sample" integer NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_category" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"prefix" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"icon" text,
	"item_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"range_start" integer NOT NULL,
	"range_end" integer NOT NULL,
	"daily_quota" integer NOT NULL,
	"opening_hours" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_counter" (
	"center_id" text NOT NULL,
	"category_id" text NOT NULL,
	"service_date" date NOT NULL,
	"last_seq" integer NOT NULL,
	"issued" integer NOT NULL,
	CONSTRAINT "ticket_counter_center_id_category_id_service_date_pk" PRIMARY KEY("center_id","category_id","service_date")
);
--> statement-breakpoint
CREATE TABLE "ticket_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ticket_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ticket_id" text NOT NULL,
	"center_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"window_id" text,
	"staff_id" text,
	"reason" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "ticket" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"category_id" text NOT NULL,
	"queue_category_id" text NOT NULL,
	"service_date" date NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"priority" text NOT NULL,
	"priority_rank" smallint NOT NULL,
	"state" text NOT NULL,
	"window_id" text,
	"target_window_id" text,
	"called_count" integer DEFAULT 0 NOT NULL,
	"first_called_at" timestamp with time zone,
	"last_called_at" timestamp with time zone,
	"called_by" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"served_by" text,
	"phone" text,
	"id_card" text,
	"source" text NOT NULL,
	"case_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"close_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "window_category" (
	"window_id" text NOT NULL,
	"category_id" text NOT NULL,
	CONSTRAINT "window_category_window_id_category_id_pk" PRIMARY KEY("window_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "window_session" (
	"window_id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"staff_id" text,
	"status" text DEFAULT 'open' NOT NULL,
	"pause_reason" text,
	"since" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hall_setting" ADD CONSTRAINT "hall_setting_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_category" ADD CONSTRAINT "ticket_category_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_category_id_ticket_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."ticket_category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_category" ADD CONSTRAINT "window_category_window_id_service_window_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."service_window"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_category" ADD CONSTRAINT "window_category_category_id_ticket_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."ticket_category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_session" ADD CONSTRAINT "window_session_window_id_service_window_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."service_window"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_category_center_prefix_uq" ON "ticket_category" USING btree ("center_id","prefix");--> statement-breakpoint
CREATE INDEX "ticket_event_ticket_idx" ON "ticket_event" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_event_center_at_idx" ON "ticket_event" USING btree ("center_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_number_uq" ON "ticket" USING btree ("center_id","category_id","service_date","seq");--> statement-breakpoint
CREATE INDEX "ticket_callable_idx" ON "ticket" USING btree ("center_id","service_date","priority_rank","created_at","id") WHERE state IN ('waiting', 'transferred');--> statement-breakpoint
CREATE INDEX "ticket_at_window_idx" ON "ticket" USING btree ("window_id") WHERE state IN ('called', 'serving');--> statement-breakpoint
CREATE INDEX "ticket_center_day_idx" ON "ticket" USING btree ("center_id","service_date");--> statement-breakpoint
CREATE INDEX "window_category_category_idx" ON "window_category" USING btree ("category_id");