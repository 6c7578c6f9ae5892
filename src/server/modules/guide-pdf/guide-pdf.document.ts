// The printable guide (办事指南) as a pdfmake document: A4, title and codes, a QR code to
// the online page, the guide's sections, page numbers and the date it was generated.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PublicGuide } from './guide-pdf.types.ts';
import { basicInfo, faq, fees, heading, intermediaries, limits, materialsTable, processTable, whereAndWhen } from './guide-pdf.sections.ts';

export interface GuideDocumentInput {
  guide: PublicGuide;
  /** Absolute address of the guide's page in the online hall. */
  pageUrl: string;
  /** PNG data URL of the QR code for `pageUrl`. */
  qrDataUrl: string;
  /** When generated, in China Standard Time ("2026-09-24 14:05"). */
  generatedAt: string;
  /** 情形 answers it was tailored to (the guide's materials and conditions already are). */
  situation?: { answered: { question: string; option: string }[]; dropped: string[] };
}

/** The applicant's situation, above the list it narrowed. */
function situationBlock(s: NonNullable<GuideDocumentInput['situation']>): Content {
  return {
    stack: [
      ...s.answered.map((a) => ({ text: `${a.question}：${a.option}` })),
      ...(s.dropped.length ? [{ text: `按所选情形无需提交：${s.dropped.join('、')}`, style: 'note' }] : []),
    ],
    lineHeight: 1.3,
  };
}

const MARGINS = { top: 48, bottom: 56, side: 40 };
/** A4 height in points less the top and bottom margins. */
const CONTENT_HEIGHT = 841.89 - MARGINS.top - MARGINS.bottom;

function codeLine(g: PublicGuide): string {
  const parts = [`基本编码：${g.basicCode}`];
  if (g.implementationCode) parts.push(`实施编码：${g.implementationCode}`);
  if (g.localCode) parts.push(`地方编码：${g.localCode}`);
  if (g.subItemCode) parts.push(`业务办理项编码：${g.subItemCode}`);
  return parts.join('    ');
}

function title(input: GuideDocumentInput): Content {
  const g = input.guide;
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: input.situation ? '一次性告知单（按申请人情形）' : '办事指南', style: 'kicker' },
          { text: g.name, style: 'h1' },
          ...(g.subItemName ? [{ text: `业务办理项：${g.subItemName}`, style: 'sub' }] : []),
          { text: codeLine(g), style: 'codes' },
          { text: `实施主体：${g.implementingBody || '—'}`, style: 'codes' },
        ],
      },
      {
        width: 92,
        stack: [
          { image: input.qrDataUrl, width: 84, alignment: 'center' },
          { text: '扫码查看在线指南', fontSize: 7.5, alignment: 'center', color: '#555555' },
        ],
      },
    ],
    columnGap: 12,
  };
}

function section(name: string, body: Content): Content[] {
  return [heading(name), body];
}

/** The whole document; the caller renders it with the CJK font. */
export function guideDocument(input: GuideDocumentInput): TDocumentDefinitions {
  const g = input.guide;
  const conditions: Content = { text: g.acceptanceConditions || '—', lineHeight: 1.3 };
  return {
    pageSize: 'A4',
    pageMargins: [MARGINS.side, MARGINS.top, MARGINS.side, MARGINS.bottom],
    info: { title: `办事指南 — ${g.name}`, subject: g.subItemName ?? g.name, creator: 'OneWindow 一窗通办', producer: 'OneWindow 一窗通办' },
    content: [
      title(input),
      { canvas: [{ type: 'line', x1: 0, y1: 6, x2: 515, y2: 6, lineWidth: 1.2, lineColor: '#a40e26' }], margin: [0, 0, 0, 4] },
      ...section('基本信息', basicInfo(g)),
      ...(input.situation ? section('申请人情形', situationBlock(input.situation)) : []),
      ...section('受理条件', conditions),
      ...section('申请材料', materialsTable(g)),
      ...section('办理流程', processTable(g)),
      ...section('办结时限', limits(g)),
      ...section('收费标准', fees(g)),
      ...intermediaries(g),
      ...section('办理地点、时间与咨询', whereAndWhen(g)),
      ...faq(g),
      { text: `在线指南：${input.pageUrl}`, style: 'note', margin: [0, 14, 0, 0] },
      { text: '本指南依据已发布的事项版本生成；办理前请以在线指南的最新内容为准。', style: 'note' },
    ],
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: `生成时间：${input.generatedAt}（北京时间）`, alignment: 'left' },
        { text: `第 ${page} 页 / 共 ${pages} 页`, alignment: 'right' },
      ],
      margin: [40, 16, 40, 0],
      fontSize: 8,
      color: '#555555',
    }),
    // A heading never ends a page alone: with less than ~60 pt left under it, it moves to the
    // next page with its section.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && (nodes.getFollowingNodesOnPage().length === 0 || (1 - node.startPosition.verticalRatio) * CONTENT_HEIGHT < 60),
    defaultStyle: { fontSize: 10.5, lineHeight: 1.2 },
    styles: {
      kicker: { fontSize: 10, color: '#a40e26', bold: true },
      h1: { fontSize: 18, bold: true, margin: [0, 2, 0, 4] },
      h2: { fontSize: 12.5, bold: true, color: '#1f3f74' },
      sub: { fontSize: 11, margin: [0, 0, 0, 4] },
      codes: { fontSize: 8.5, color: '#444444' },
      note: { fontSize: 8.5, color: '#555555' },
    },
  };
}
