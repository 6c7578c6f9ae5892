-- Issue #19 (notifications, decision 0046): a signed-in citizen's contact for messages — the
-- mobile the account signed in with, an e-mail address they chose to give, and the language
-- of their messages — so a message sent to the mobile also reaches the account's inbox and
-- e-mail as their preferences say. Owned by the notification module; keyed like the
-- preferences ('citizen:<accountId>').
CREATE TABLE "notification_contact" (
	"recipient_key" text PRIMARY KEY NOT NULL,
	"mobile" text NOT NULL,
	"email" text,
	"lang" text DEFAULT 'zh' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "notification_contact_mobile_idx" ON "notification_contact" USING btree ("mobile");--> statement-breakpoint
CREATE INDEX "notification_inbox_unread_idx" ON "notification_inbox" USING btree ("recipient_key") WHERE read_at IS NULL;
