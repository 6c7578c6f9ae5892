ALTER TABLE "ticket_category" ADD COLUMN "green_channel" boolean DEFAULT false NOT NULL;
