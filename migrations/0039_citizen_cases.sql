-- Issue #19 (decision 0045): 我的办件. The applicant may choose or change the delivery of one
-- case online while its result is still at the center; the choice is kept on the case's
-- hand-out row (written only through the delivery module's write path, with a history row
-- 'choice.change'), and overrides the application's choice made at intake (which may cover
-- several cases of one visit).
ALTER TABLE "case_delivery" ADD COLUMN "choice" jsonb;
