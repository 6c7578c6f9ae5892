ALTER TABLE "hall_setting" ADD COLUMN "summer_from" text;--> statement-breakpoint
ALTER TABLE "hall_setting" ADD COLUMN "summer_to" text;--> statement-breakpoint
ALTER TABLE "ticket_category" ADD COLUMN "summer_hours" text;