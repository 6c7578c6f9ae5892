import { registerMessages } from '../../i18n/index.ts';

// The case page's 电子证照 card (issue #18, decision 0039).
const zh = {
  title: '电子证照',
  issue: '签发电子证照',
  issued: '电子证照已签发',
  issueFailed: '签发失败',
  none: '尚未签发电子证照',
  notYet: '准予许可并登记证照信息后可签发',
  pdf: '打印 / 下载 PDF',
  verify: '核验页',
  code: '核验码',
  keyId: '签名密钥',
  issuedBy: '签发人',
  valid: '有效',
  revoked: '已撤销',
  revoke: '撤销',
  revokeTitle: '撤销电子证照',
  revokeReason: '撤销原因（将显示在公开核验页）',
  revokeOk: '确认撤销',
  revokeFailed: '撤销失败',
  required: '请填写撤销原因',
  revokedBy: '撤销人',
};

const en: typeof zh = {
  title: 'E-certificate',
  issue: 'Issue e-certificate',
  issued: 'E-certificate issued',
  issueFailed: 'Issuing failed',
  none: 'No e-certificate issued yet',
  notYet: 'Can be issued once the case is approved with its certificate recorded',
  pdf: 'Print / download PDF',
  verify: 'Verification page',
  code: 'Verification code',
  keyId: 'Signing key',
  issuedBy: 'Issued by',
  valid: 'Valid',
  revoked: 'Revoked',
  revoke: 'Revoke',
  revokeTitle: 'Revoke the e-certificate',
  revokeReason: 'Reason (shown on the public verification page)',
  revokeOk: 'Revoke',
  revokeFailed: 'Revoking failed',
  required: 'Give the reason',
  revokedBy: 'Revoked by',
};

export default registerMessages('certificateCard', { zh, en });
