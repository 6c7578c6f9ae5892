// The notices a case issues at the window (FACTS §F), one kind per document.
export const noticeKinds = ['acceptance', 'correction', 'non_acceptance', 'waiver', 'waiver_pledge', 'commitment'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeKindInfo = {
  acceptance: { title: '受理通知书', en: 'Notice of acceptance' },
  correction: { title: '补正材料通知书', en: 'Notice to supplement materials (one-time notice)' },
  non_acceptance: { title: '不予受理决定书', en: 'Decision not to accept' },
  waiver: { title: '容缺受理通知书', en: 'Notice of acceptance with waived materials' },
  waiver_pledge: { title: '容缺受理承诺书', en: 'Applicant’s pledge for waived materials' },
  commitment: { title: '告知承诺书', en: 'Notification and commitment' },
} as const satisfies Record<NoticeKind, { title: string; en: string }>;
