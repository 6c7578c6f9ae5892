// Which legal elements each notice must show (FACTS §F), and a checker that finds each one in
// the notice's text: the same check runs on the structure and on the text extracted from the
// rendered PDF, so a renderer that drops a paragraph fails a test.
import { noticeText, type NoticeDocument, type NoticeElement } from './document.ts';
import type { NoticeKind } from './kinds.ts';

const common = ['agency', 'seal', 'date', 'number', 'caseNumber', 'applicant', 'item'] as const satisfies readonly NoticeElement[];
const waiverTerms = ['waivedList', 'waiverFormat', 'waiverDeadline', 'overrunConsequence'] as const satisfies readonly NoticeElement[];

const required = {
  // 行政许可法 §32: seal and date; the issue adds the promised date, collection and phone.
  acceptance: [...common, 'promisedDate', 'collection', 'contactPhone'],
  // §32(4): every item to add or correct, in one notice.
  correction: [...common, 'correctionList', 'contactPhone'],
  // §32 and 行政复议法 §20, 行政诉讼法 §46: reasons, basis, competent agency, rights and time windows.
  non_acceptance: [...common, 'reasons', 'basis', 'competentAgency', 'reviewRight', 'litigationRight'],
  waiver: [...common, 'promisedDate', ...waiverTerms, 'contactPhone'],
  // The applicant's signed pledge: no agency seal, the applicant's signature instead.
  waiver_pledge: ['agency', 'date', 'number', 'caseNumber', 'applicant', 'item', ...waiverTerms, 'applicantSignature'],
  // 国办发〔2020〕42号: what must be true, what is no longer proven, liability; then verification.
  commitment: [...common, 'conditions', 'noLongerProven', 'liability', 'verification', 'applicantSignature'],
  // §45: the applicant is told in writing of the procedure, its reason and the time it needs.
  special_procedure: [...common, 'procedure', 'reasons', 'timeNeeded', 'contactPhone'],
  special_procedure_end: [...common, 'procedure', 'newDueDate', 'contactPhone'],
  // §42: the reason for the extension told to the applicant; the length and the new date.
  extension: [...common, 'reasons', 'timeNeeded', 'newDueDate', 'contactPhone'],
  // §38–39, §44: a written decision; the certificate and when it is issued; where to collect.
  approval: [...common, 'decision', 'certificate', 'certificateDue', 'collection'],
  // §38 and 行政复议法 §20, 行政诉讼法 §46: reasons, basis, the rights and their time windows.
  refusal: [...common, 'reasons', 'basis', 'reviewRight', 'litigationRight'],
  withdrawal: [...common, 'reasons', 'contactPhone'],
  termination: [...common, 'reasons', 'basis', 'reviewRight', 'litigationRight'],
  // §69: an adverse decision: reasons, basis and the rights, as for a refusal.
  revocation: [...common, 'reasons', 'basis', 'reviewRight', 'litigationRight'],
  // §47: the parties told of the right, why, and the 5 days; §48: time and place 7 days ahead.
  hearing_right: [...common, 'parties', 'reasons', 'hearingRight', 'contactPhone'],
  hearing_notice: [...common, 'parties', 'hearingTime', 'hearingPlace', 'contactPhone'],
} as const satisfies Record<NoticeKind, readonly NoticeElement[]>;

export function requiredElements(kind: NoticeKind): readonly NoticeElement[] {
  return required[kind];
}

/**
 * The required elements of `kind` that `doc` lacks: no value recorded, or a value that does
 * not appear in `text` (by default the document's own text; pass a PDF's extracted text to
 * check the rendering). 'seal' also needs a seal reference on the agency's signature.
 */
export function missingElements(kind: NoticeKind, doc: NoticeDocument, text = noticeText(doc)): NoticeElement[] {
  const flat = text.replace(/\s+/g, '');
  const present = (v: string) => flat.includes(v.replace(/\s+/g, ''));
  return required[kind].filter((key) => {
    const values = doc.elements[key] ?? [];
    if (values.length === 0 || values.some((v) => v.trim() === '' || !present(v))) return true;
    if (key === 'seal') return !doc.signatures.some((s) => s.by === 'agency' && s.sealRef);
    return false;
  });
}
