-- Decision 0057: 收件并受理 writes each accepted case's messages before its number is drawn and
-- puts the number into them by their ref in the statement that draws it. Without an index on
-- ref that UPDATE read every message ever queued (a sequential scan of the outbox per intake,
-- under the counter row's lock), growing without end.
CREATE INDEX "notification_outbox_ref_idx" ON "notification_outbox" USING btree ("ref");--> statement-breakpoint
CREATE INDEX "notification_inbox_ref_idx" ON "notification_inbox" USING btree ("ref");
