import { registerMessages } from '../../../i18n/index.ts';

// 承诺核查 (workbench › 承诺核查): the post-verification tasks of 告知承诺.
const zh = {
  menu: '承诺核查',
  title: '承诺核查',
  hint: '按告知承诺制当场准予的办件，须在核查期限前核查承诺是否属实：属实的点“核查属实”，虚假承诺由部门负责人撤销决定。',
  number: '办件编号',
  item: '事项',
  applicant: '申请人',
  decidedState: '状态',
  verifyDue: '核查期限',
  overdue: '已超期',
  empty: '没有待核查的承诺',
};

const en: typeof zh = {
  menu: 'Commitments to verify',
  title: 'Commitments to verify',
  hint: 'Cases approved on the spot on the applicant’s commitment must be verified by the due date: mark a true one verified; a false commitment is revoked by the department head.',
  number: 'Case number',
  item: 'Item',
  applicant: 'Applicant',
  decidedState: 'State',
  verifyDue: 'Verify by',
  overdue: 'Overdue',
  empty: 'No commitments waiting for verification',
};

export default registerMessages(null, { zh: { workbench: { verifications: zh } }, en: { workbench: { verifications: en } } });
export const verificationMenu = { zh: zh.menu, en: en.menu };
