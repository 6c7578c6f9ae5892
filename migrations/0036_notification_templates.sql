-- Issue #19 (notifications): per-center template overrides of the event table in
-- src/domain/notification, each person's opt-outs, the in-app inbox, and the outbox learns
-- e-mail (a subject) and which event a message reports. Additive: enqueueSms keeps working.
CREATE TABLE "notification_template" (
	"center_id" text NOT NULL,
	"event" text NOT NULL,
	"channel" text NOT NULL,
	"lang" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_template_pk" PRIMARY KEY("center_id","event","channel","lang")
);--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"recipient_key" text NOT NULL,
	"channel" text NOT NULL,
	"event" text NOT NULL,
	"opted_out" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preference_pk" PRIMARY KEY("recipient_key","channel","event")
);--> statement-breakpoint
CREATE TABLE "notification_inbox" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"recipient_key" text NOT NULL,
	"event" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);--> statement-breakpoint
CREATE INDEX "notification_inbox_recipient_idx" ON "notification_inbox" USING btree ("recipient_key","created_at");--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "event" text;
