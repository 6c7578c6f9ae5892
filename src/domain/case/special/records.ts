// The special steps' records and the printable document each one makes (the PDF and the
// /print page draw the same structure, and the tests read the PDF's text against it). The joint
// inspection record (联合踏勘记录表) is ONE record signed by every participating department: each
// department's staff adds its own signature entry with its opinion, once.
import { chineseDate } from '../notices/builder.ts';
import { specialRecordInfo, type SpecialRecordKind } from './kinds.ts';

export interface RecordPhoto {
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

export interface InspectionSignature {
  departmentId: string;
  departmentName: string;
  staffId: string;
  staffName: string;
  opinion: string;
  signedAt: string;
}

export interface InspectionData {
  place: string;
  /** Day and time of the inspection, `YYYY-MM-DD HH:mm` in China time. */
  inspectedAt: string;
  participants: { name: string; unit: string }[];
  findings: string;
  /** The departments that take part and sign; the recording department first. */
  departments: { id: string; name: string }[];
}

export interface ExpertReviewData {
  heldOn: string;
  experts: { name: string; title: string; unit: string }[];
  opinion: string;
  conclusion: string;
}

export interface HearingRecordData {
  heldOn: string;
  place: string;
  presiding: string;
  recorder: string;
  participants: { name: string; role: string }[];
  statements: string;
  conclusion: string;
}

export interface CollectiveData {
  heldOn: string;
  chair: string;
  participants: string[];
  topic: string;
  conclusion: string;
  record: string;
}

export type SpecialRecordData =
  | { kind: 'inspection'; data: InspectionData }
  | { kind: 'expert_review'; data: ExpertReviewData }
  | { kind: 'hearing_record'; data: HearingRecordData }
  | { kind: 'collective'; data: CollectiveData };

export type SignatureRefusal = { ok: false; code: 'INSPECTION_NOT_PARTICIPANT' | 'INSPECTION_ALREADY_SIGNED' };

/** May `departmentId` sign the joint record now? Only a participating department, and once. */
export function checkSignature(data: InspectionData, signatures: readonly InspectionSignature[], departmentId: string | null): { ok: true } | SignatureRefusal {
  if (!departmentId || !data.departments.some((d) => d.id === departmentId)) return { ok: false, code: 'INSPECTION_NOT_PARTICIPANT' };
  if (signatures.some((s) => s.departmentId === departmentId)) return { ok: false, code: 'INSPECTION_ALREADY_SIGNED' };
  return { ok: true };
}

/** The departments that have not signed yet (the record is complete when none is left). */
export function unsignedDepartments(data: InspectionData, signatures: readonly InspectionSignature[]): { id: string; name: string }[] {
  return data.departments.filter((d) => !signatures.some((s) => s.departmentId === d.id));
}

/** The printable record: numbered, with its fields, tables and the signing lines. */
export interface RecordDocument {
  kind: SpecialRecordKind;
  title: string;
  number: string;
  caseNumber: string;
  fields: { label: string; value: string }[];
  tables: { caption: string; columns: string[]; rows: string[][] }[];
  /** The agency's closing line (with its seal on paper) and the date. */
  agency: { name: string; date: string };
}

export interface RecordMeta {
  number: string;
  caseNumber: string;
  itemName: string;
  applicantName: string;
  agencyName: string;
  createdOn: string;
}

const base = (m: RecordMeta) => [
  { label: '办件编号', value: m.caseNumber },
  { label: '申请事项', value: m.itemName },
  { label: '申请人', value: m.applicantName },
];

export function recordDocument(r: SpecialRecordData, m: RecordMeta, signatures: readonly InspectionSignature[] = [], photos: readonly RecordPhoto[] = []): RecordDocument {
  const doc = { kind: r.kind, title: specialRecordInfo[r.kind].title, number: m.number, caseNumber: m.caseNumber, agency: { name: m.agencyName, date: chineseDate(m.createdOn) } };
  switch (r.kind) {
    case 'inspection': {
      const d = r.data;
      const signed = d.departments.map((dep) => {
        const s = signatures.find((x) => x.departmentId === dep.id);
        return [dep.name, s ? s.opinion : '（待签署）', s ? s.staffName : '', s ? s.signedAt.slice(0, 16).replace('T', ' ') : ''];
      });
      return {
        ...doc,
        fields: [...base(m), { label: '踏勘地点', value: d.place }, { label: '踏勘时间', value: d.inspectedAt }, { label: '踏勘情况', value: d.findings }, { label: '现场照片', value: photos.length ? photos.map((p) => p.name).join('、') : '无' }],
        tables: [
          { caption: '参加人员', columns: ['姓名', '单位'], rows: d.participants.map((p) => [p.name, p.unit]) },
          { caption: '各部门意见及签字', columns: ['部门', '意见', '签字', '时间'], rows: signed },
        ],
      };
    }
    case 'expert_review': {
      const d = r.data;
      return {
        ...doc,
        fields: [...base(m), { label: '评审日期', value: chineseDate(d.heldOn) }, { label: '评审意见', value: d.opinion }, { label: '评审结论', value: d.conclusion }],
        tables: [{ caption: '评审专家', columns: ['姓名', '职称', '单位'], rows: d.experts.map((e) => [e.name, e.title, e.unit]) }],
      };
    }
    case 'hearing_record': {
      const d = r.data;
      return {
        ...doc,
        fields: [...base(m), { label: '听证日期', value: chineseDate(d.heldOn) }, { label: '听证地点', value: d.place }, { label: '主持人', value: d.presiding }, { label: '记录人', value: d.recorder }, { label: '陈述、申辩和质证', value: d.statements }, { label: '听证结论', value: d.conclusion }],
        tables: [{ caption: '听证参加人', columns: ['姓名', '身份'], rows: d.participants.map((p) => [p.name, p.role]) }],
      };
    }
    case 'collective': {
      const d = r.data;
      return {
        ...doc,
        fields: [...base(m), { label: '研究日期', value: chineseDate(d.heldOn) }, { label: '主持人', value: d.chair }, { label: '参加人员', value: d.participants.join('、') }, { label: '研究事项', value: d.topic }, { label: '研究记录', value: d.record }, { label: '研究结论', value: d.conclusion }],
        tables: [],
      };
    }
  }
}

/** The document's text in reading order: what a PDF's text extraction should contain. */
export function recordText(doc: RecordDocument): string {
  const lines = [doc.title, doc.number, ...doc.fields.map((f) => `${f.label}：${f.value}`)];
  for (const t of doc.tables) lines.push(t.caption, t.columns.join(' '), ...t.rows.map((r) => r.join(' ')));
  lines.push(`${doc.agency.name}（盖章）`, doc.agency.date);
  return lines.join('\n');
}
