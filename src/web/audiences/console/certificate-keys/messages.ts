import { registerMessages } from '../../../i18n/index.ts';

// 证照签名密钥 (security administrator, issue #18, decision 0039): merged into `console`.
const zh = {
  title: '电子证照签名密钥',
  hint: '平台以 Ed25519 密钥签发电子证照，私钥以 CERTIFICATE_KEK 加密存储。轮换后新证照使用新密钥签名；旧密钥停用但保留，用它签发的证照仍可核验。每次轮换均记入审计日志。',
  id: '密钥编号',
  state: '状态',
  active: '使用中',
  retired: '已停用',
  createdAt: '生成时间',
  createdBy: '生成人',
  retiredAt: '停用时间',
  publicKey: '公钥（SPKI，Base64）',
  rotate: '轮换密钥',
  rotateConfirm: '生成新的签名密钥并停用当前密钥？已签发的证照仍可核验。',
  rotated: '已启用新密钥 {{id}}',
  empty: '尚无密钥：首次签发电子证照时自动生成',
};

const en: typeof zh = {
  title: 'E-certificate signing keys',
  hint: 'The platform signs e-certificates with Ed25519 keys; private keys are stored encrypted with CERTIFICATE_KEK. After a rotation new certificates are signed with the new key; the old key is retired but kept, so the certificates it signed still verify. Every rotation is audited.',
  id: 'Key id',
  state: 'State',
  active: 'Active',
  retired: 'Retired',
  createdAt: 'Created',
  createdBy: 'Created by',
  retiredAt: 'Retired',
  publicKey: 'Public key (SPKI, base64)',
  rotate: 'Rotate key',
  rotateConfirm: 'Create a new signing key and retire the current one? Issued certificates stay verifiable.',
  rotated: 'New key {{id}} is active',
  empty: 'No key yet: one is created with the first e-certificate',
};

export default registerMessages('console', { zh: { certificateKeys: zh }, en: { certificateKeys: en } });
