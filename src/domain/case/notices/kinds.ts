// The notices a case issues at the window (FACTS §F), one kind per document.
export const noticeKinds = [
  'acceptance',
  'correction',
  'non_acceptance',
  'waiver',
  'waiver_pledge',
  'commitment',
  // issue #17: the back office's pauses, extension and endings
  'special_procedure',
  'special_procedure_end',
  'extension',
  'approval',
  'refusal',
  'withdrawal',
  'termination',
  'revocation',
  // issue #17, special steps (decision 0036): the hearing (§47–48)
  'hearing_right',
  'hearing_notice',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeKindInfo = {
  acceptance: { title: '受理通知书', en: 'Notice of acceptance' },
  correction: { title: '补正材料通知书', en: 'Notice to supplement materials (one-time notice)' },
  non_acceptance: { title: '不予受理决定书', en: 'Decision not to accept' },
  waiver: { title: '容缺受理通知书', en: 'Notice of acceptance with waived materials' },
  waiver_pledge: { title: '容缺受理承诺书', en: 'Applicant’s pledge for waived materials' },
  commitment: { title: '告知承诺书', en: 'Notification and commitment' },
  special_procedure: { title: '特别程序告知书', en: 'Notice of a special procedure (clock paused)' },
  special_procedure_end: { title: '特别程序结束告知书', en: 'Notice that the special procedure ended' },
  extension: { title: '延长审批期限告知书', en: 'Notice of an extended time limit' },
  approval: { title: '准予行政许可决定书', en: 'Decision to grant the licence' },
  refusal: { title: '不予行政许可决定书', en: 'Decision to refuse the licence' },
  withdrawal: { title: '撤回申请确认书', en: 'Confirmation of withdrawal' },
  termination: { title: '终止办理通知书', en: 'Notice of termination' },
  revocation: { title: '撤销行政许可决定书', en: 'Decision to revoke the licence' },
  hearing_right: { title: '听证告知书', en: 'Notice of the right to a hearing' },
  hearing_notice: { title: '听证通知书', en: 'Notice of the hearing' },
} as const satisfies Record<NoticeKind, { title: string; en: string }>;
