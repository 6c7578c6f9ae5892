-- Issue #16: due dates counted on a year whose days off were not imported yet (Mon–Fri,
-- 元旦 off) are marked provisional; the case job counts them again (clock.recompute) once the
-- year is imported. The partial index keeps that job's scan to the few marked rows.
ALTER TABLE "case_record" ADD COLUMN "due_provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "case_record_due_provisional_idx" ON "case_record" USING btree ("id") WHERE "due_provisional";
