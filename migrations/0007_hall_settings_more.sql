ALTER TABLE "hall_setting" ADD COLUMN "notice_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "hall_setting" ADD COLUMN "remote_tickets" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "hall_setting" ADD COLUMN "end_of_day" text DEFAULT 'close' NOT NULL;