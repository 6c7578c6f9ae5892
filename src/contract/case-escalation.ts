// 上报件 (issue #17, decision 0035): the link between a case of origin and its case above, as
// either side's case page shows it. A township's staff read the case above only through their
// own case of origin (this route): its status and timeline, nothing else of the county.
//
// Routes:
//   GET /api/v1/cases/:id/escalation   case.read   → CaseEscalationView (scope: the case asked for)
// Forwarding itself is a case action (POST /cases/:id/actions, action 'escalate', note = the reason).
import { z } from 'zod';
import { CaseStateSchema, TimelineEntry } from './case.ts';
import { isoDate, timestamp, uuid, type Json } from './common.ts';

export const escalationLevels = ['normal', 'yellow', 'red', 'overdue', 'paused', 'none'] as const;

/** §43: the lower center's review before forwarding (20 working days). */
export const LowerReviewView = z.object({
  due: isoDate.nullable(),
  forwardedOn: isoDate.nullable(),
  level: z.enum(escalationLevels),
  onTime: z.boolean().nullable(),
});

export const LinkedCaseView = z.object({
  id: uuid,
  number: z.string(),
  centerName: z.string(),
  department: z.string(),
  state: CaseStateSchema,
  decision: z.enum(['approved', 'refused']).nullable(),
  decidedAt: timestamp.nullable(),
  promisedDue: isoDate.nullable(),
  legalDue: isoDate.nullable(),
});

export const EscalationTimelineEntry = TimelineEntry.extend({
  /** Which case of the link the entry belongs to. */
  side: z.enum(['origin', 'upper']),
  caseNumber: z.string(),
  centerName: z.string(),
});

export const CaseEscalationView = z.object({
  /** This case's side of the link; null when it has none. */
  role: z.enum(['origin', 'upper']).nullable(),
  /** The §43 clock of a case of origin (or of a case that may still be forwarded); null otherwise. */
  lowerReview: LowerReviewView.nullable(),
  link: z
    .object({
      reason: z.string(),
      forwardedByName: z.string(),
      forwardedAt: timestamp,
      returnedAt: timestamp.nullable(),
      origin: LinkedCaseView,
      upper: LinkedCaseView,
      /** Both histories, oldest first: the origin's and the upper case's. */
      timeline: z.array(EscalationTimelineEntry),
    })
    .nullable(),
});
export type CaseEscalationView = Json<typeof CaseEscalationView>;
export type CaseEscalationViewData = z.output<typeof CaseEscalationView>;
