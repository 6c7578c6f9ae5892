// The sections of the printed guide, in the order a visitor reads them (the web guide page
// follows the same order): conditions, materials, process, limits, fees, where and when.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { caseTypes, channels, exerciseLevels, handlingScopes, itemTypes, labelOf, serviceObjects, specialProcedureKinds } from '../../../domain/catalog/index.ts';
import type { PublicGuide } from './guide-pdf.types.ts';
import { feeText, limitText, materialNotes, visitsText } from './guide-pdf.format.ts';

const BORDER = '#b8c2d0';
const HEAD_FILL = '#eef2f8';
const grid = { hLineColor: () => BORDER, vLineColor: () => BORDER, hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 3, paddingBottom: () => 3 };

export function heading(text: string): Content {
  return { text, style: 'h2', margin: [0, 12, 0, 4], headlineLevel: 1 };
}

const dash = (s: string | null | undefined) => (s && s.trim() ? s : '—');
const yesNo = (b: boolean) => (b ? '是' : '否');
const head = (text: string): TableCell => ({ text, bold: true, fillColor: HEAD_FILL });

export function basicInfo(g: PublicGuide): Content {
  const rows: [string, string][] = [
    ['事项类型', labelOf(itemTypes, g.itemType)],
    ['办件类型', labelOf(caseTypes, g.caseType)],
    ['实施主体', `${dash(g.implementingBody)}${g.implementingBodyUscc ? `（统一社会信用代码 ${g.implementingBodyUscc}）` : ''}`],
    ['承办机构', dash(g.undertakingBody)],
    ['行使层级', labelOf(exerciseLevels, g.exerciseLevel)],
    ['服务对象', g.serviceObjects.map((o) => labelOf(serviceObjects, o)).join('、') || '—'],
    ['通办范围', labelOf(handlingScopes, g.scope)],
    ['办理渠道', g.channels.map((c) => labelOf(channels, c)).join('、') || '—'],
    ['到现场次数', visitsText(g.visits)],
    ['数量限制', dash(g.quantityLimit)],
    ['办理结果', `${dash(g.resultName)}${g.resultSample ? `（样本：${g.resultSample}）` : ''}`],
    ['设定依据', dash(g.legalBasis)],
  ];
  if (g.jointDepartments.length) rows.splice(4, 0, ['共同实施部门', g.jointDepartments.map((d) => d.name).join('、')]);
  return {
    table: { widths: [80, '*'], body: rows.map(([k, v]) => [head(k), v]) },
    layout: grid,
  };
}

export function materialsTable(g: PublicGuide): Content {
  if (!g.materials.length) return { text: '本事项无需提交申请材料。' };
  const body: TableCell[][] = [
    ['序号', '材料名称', '出具机构', '原件', '复印件', '必需', '说明'].map(head),
    ...g.materials.map((m, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      m.name,
      dash(m.issuingBody),
      { text: String(m.originals), alignment: 'center' },
      { text: String(m.copies), alignment: 'center' },
      { text: m.required ? '必需' : '视情形', alignment: 'center' },
      { text: materialNotes(m).join('\n'), fontSize: 8.5 },
    ]),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: [22, '*', 72, 24, 30, 36, 150], body }, layout: grid, fontSize: 9.5 };
}

export function processTable(g: PublicGuide): Content {
  if (!g.process.length) return { text: '—' };
  const body: TableCell[][] = [
    ['环节', '责任岗位', '联系电话', '时限'].map(head),
    ...g.process.map((s): TableCell[] => [s.name, s.post, dash(s.phone), s.timeAllowed ? limitText(s.timeAllowed) : '—']),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: [80, '*', 90, 90], body }, layout: grid, fontSize: 9.5 };
}

export function limits(g: PublicGuide): Content {
  const lines: Content[] = [
    { text: [{ text: '法定办结时限：', bold: true }, limitText(g.legalLimit)] },
    { text: [{ text: '承诺办结时限：', bold: true }, limitText(g.promisedLimit)] },
  ];
  for (const p of g.specialProcedures) {
    const kind = labelOf(specialProcedureKinds, p.kind);
    lines.push({ text: [{ text: `特别程序（${kind}）：`, bold: true }, `${p.name}${p.limit ? `，${limitText(p.limit)}` : ''}${p.note ? `。${p.note}` : ''}`] });
  }
  return { stack: lines };
}

export function fees(g: PublicGuide): Content {
  if (!g.fee.charged) return { text: '不收费' };
  return { stack: [...g.fee.items.map((i) => ({ text: feeText(i) })), ...(g.fee.basis ? [{ text: [{ text: '收费依据：', bold: true }, g.fee.basis] }] : [])] };
}

export function intermediaries(g: PublicGuide): Content[] {
  if (!g.intermediaryServices.length) return [];
  return [
    heading('中介服务'),
    { ul: g.intermediaryServices.map((s) => `${s.name}${s.required ? '（必需）' : '（非必需）'}${s.basis ? `：${s.basis}` : ''}`) },
  ];
}

export function whereAndWhen(g: PublicGuide): Content {
  const rows: [string, string][] = [
    ['办理地点', dash(g.address)],
    ['办理时间', dash(g.hours)],
    ['咨询电话', dash(g.consultPhone)],
    ['监督投诉电话', dash(g.complaintPhone)],
    ['网上办理', g.online ? (g.onlineUrl ? `支持：${g.onlineUrl}` : '支持') : '不支持'],
    ['预约办理', yesNo(g.appointment)],
    ['网上支付', yesNo(g.onlinePayment)],
    ['物流快递', yesNo(g.express)],
  ];
  return { table: { widths: [80, '*'], body: rows.map(([k, v]) => [head(k), v]) }, layout: grid };
}

export function faq(g: PublicGuide): Content[] {
  if (!g.faq.length) return [];
  return [
    heading('常见问题'),
    ...g.faq.map((f, i): Content => ({ stack: [{ text: `${i + 1}. ${f.question}`, bold: true }, { text: f.answer, margin: [12, 2, 0, 6] }], unbreakable: true })),
  ];
}
