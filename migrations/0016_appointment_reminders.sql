ALTER TABLE "appointment_rule" ADD COLUMN "reminder_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "appointment_rule" ADD COLUMN "reminder_time" text DEFAULT '16:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "appointment" ADD COLUMN "reminded_at" timestamp with time zone;