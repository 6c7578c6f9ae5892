// The metadata of an archive package: the case record of GB/T 39046 tables 5–9 (FACTS §D:
// 申请, 受理, 办理, 特别程序, 办结, 材料, 支付, 物流) plus the archive's own fields (档号, 保管期限,
// 归档人, 归档日期). One typed shape, written as JSON and as XML (the same names, each element
// with its Chinese label), so a reader without our software finds every field.

export interface ArchiveMetadata {
  format: 'onewindow-archive/1';
  archive: {
    /** 档号: 全宗(中心编码)-年度-保管期限代码-件号 */
    archiveCode: string;
    fonds: string;
    year: string;
    retentionPeriod: string;
    retentionLabel: string;
    batchMonth: string;
    archivedAt: string;
    archivedBy: string;
    /** Pages of the volume (the contents list not counted). */
    pages: number;
    documents: number;
  };
  application: {
    caseNumber: string;
    implementationCode: string;
    itemName: string;
    applicantName: string;
    applicantIdType: string;
    applicantIdNumber: string;
    contactName: string;
    contactIdNumber: string;
    contactMobile: string;
    legalRepresentative: string;
    source: string;
    appliedAt: string;
    regionCode: string;
  };
  acceptance: {
    acceptingUnit: string;
    acceptingUnitUscc: string;
    acceptedBy: string;
    acceptedAt: string;
    acceptanceDocNumber: string;
    promisedBy: string;
    caseKind: string;
  };
  steps: { stepName: string; action: string; handler: string; opinion: string; startedAt: string; endedAt: string; status: string; unit: string }[];
  specialProcedures: { kind: string; name: string; startedAt: string; endedAt: string; reason: string; applicant: string; result: string; opinion: string }[];
  conclusion: {
    endState: string;
    concludedAt: string;
    resultName: string;
    resultNumber: string;
    validUntil: string;
    issuingBody: string;
    express: string;
    charged: string;
  };
  materials: { name: string; receivedAs: string; count: number; at: string }[];
  payments: { paymentNumber: string; amount: string }[];
  logistics: { waybillNumber: string; sentAt: string; deliveredAt: string }[];
}

/** The Chinese name of every element (FACTS §D's own words where it has them). */
export const metadataLabels: Record<string, string> = {
  archive: '归档信息',
  archiveCode: '档号',
  fonds: '全宗号',
  year: '年度',
  retentionPeriod: '保管期限代码',
  retentionLabel: '保管期限',
  batchMonth: '归档批次',
  archivedAt: '归档日期',
  archivedBy: '归档人',
  pages: '页数',
  documents: '件数',
  application: '申请',
  caseNumber: '办件编号',
  implementationCode: '实施编码',
  itemName: '事项名称',
  applicantName: '申请者名称',
  applicantIdType: '申请者证件类型',
  applicantIdNumber: '申请者证件号码',
  contactName: '联系人或代理人姓名',
  contactIdNumber: '联系人或代理人证件号码',
  contactMobile: '联系人或代理人手机号码',
  legalRepresentative: '法定代表人',
  source: '申报来源',
  appliedAt: '申请时间',
  regionCode: '行政区划',
  acceptance: '受理',
  acceptingUnit: '受理单位',
  acceptingUnitUscc: '受理单位统一社会信用代码',
  acceptedBy: '受理人员',
  acceptedAt: '受理时间',
  acceptanceDocNumber: '受理文书编号',
  promisedBy: '承诺办结时间',
  caseKind: '办件类型',
  steps: '办理',
  step: '办理环节',
  stepName: '环节名称',
  action: '业务动作',
  handler: '处理人',
  opinion: '处理意见',
  startedAt: '开始时间',
  endedAt: '结束时间',
  status: '状态',
  unit: '处理单位',
  specialProcedures: '特别程序',
  specialProcedure: '特别程序',
  kind: '种类',
  name: '名称',
  reason: '启动理由或依据',
  applicant: '申请人',
  result: '结果',
  conclusion: '办结',
  endState: '办结状态',
  concludedAt: '办结时间',
  resultName: '结果证照名称',
  resultNumber: '结果证照编号',
  validUntil: '有效期限',
  issuingBody: '发证单位',
  express: '是否快递',
  charged: '是否收费',
  materials: '材料',
  material: '材料',
  receivedAs: '收取方式',
  count: '数量',
  at: '时间',
  payments: '支付',
  payment: '支付',
  paymentNumber: '缴款单号',
  amount: '金额',
  logistics: '物流',
  shipment: '物流',
  waybillNumber: '运单号',
  sentAt: '寄出时间',
  deliveredAt: '签收时间',
};

/** The element name of one entry of a list (steps → step). */
const itemName: Record<string, string> = { steps: 'step', specialProcedures: 'specialProcedure', materials: 'material', payments: 'payment', logistics: 'shipment' };

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[^\t\n\r\u0020-\u{10FFFF}]/gu, ''); // XML 1.0 has no other control characters
}

function element(name: string, value: unknown, indent: string): string {
  const label = metadataLabels[name];
  const open = `${indent}<${name}${label ? ` label="${xmlEscape(label)}"` : ''}`;
  if (Array.isArray(value)) {
    const child = itemName[name] ?? 'item';
    return value.length ? `${open}>\n${value.map((v) => element(child, v, indent + '  ')).join('')}${indent}</${name}>\n` : `${open}/>\n`;
  }
  if (value && typeof value === 'object') {
    return `${open}>\n${Object.entries(value).map(([k, v]) => element(k, v, indent + '  ')).join('')}${indent}</${name}>\n`;
  }
  return `${open}>${xmlEscape(String(value ?? ''))}</${name}>\n`;
}

/** The metadata as an XML document, root <archivePackage>, every element labelled in Chinese. */
export function metadataXml(meta: ArchiveMetadata): string {
  const { format, ...rest } = meta;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<archivePackage format="${xmlEscape(format)}" label="归档电子文件元数据">\n${Object.entries(rest)
    .map(([k, v]) => element(k, v, '  '))
    .join('')}</archivePackage>\n`;
}

/** The fields FACTS §D names for 申请 / 受理 / 办结 that an archive package must carry (present, maybe empty). */
export const requiredMetadataFields = {
  application: ['caseNumber', 'implementationCode', 'itemName', 'applicantName', 'applicantIdType', 'applicantIdNumber', 'contactName', 'contactMobile', 'legalRepresentative', 'source', 'appliedAt', 'regionCode'],
  acceptance: ['acceptingUnit', 'acceptingUnitUscc', 'acceptedBy', 'acceptedAt', 'acceptanceDocNumber', 'promisedBy', 'caseKind'],
  conclusion: ['concludedAt', 'resultName', 'resultNumber', 'validUntil', 'issuingBody', 'express', 'charged'],
} as const;
