// The apply wizard's pure logic (issue #19): its steps, what each step still lacks, the draft
// it saves, and the link a guide or a 一件事 bundle opens it with. No React here: tested alone.
import type { CitizenSubject } from '../../../../contract/citizen.ts';
import type { OnlineApplicationDetail } from '../../../../contract/online.ts';
import { ApiError } from '../../../api/client.ts';

export const applySteps = ['subject', 'forms', 'materials', 'delivery', 'review'] as const;
export type ApplyStep = (typeof applySteps)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_ITEMS = 20;

/** /portal/apply?items=<id>,<id>&bundle=<id>: the items to apply for (deduplicated), or null when the link is unusable. */
export function parseApplyQuery(params: URLSearchParams): { itemIds: string[]; bundleId?: string } | null {
  const ids = (params.get('items') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const itemIds = [...new Set(ids)];
  if (itemIds.length === 0 || itemIds.length > MAX_ITEMS || !itemIds.every((id) => UUID.test(id))) return null;
  const bundleId = params.get('bundle')?.trim();
  return bundleId ? { itemIds, bundleId } : { itemIds };
}

/** The link that opens the wizard for items (a guide's 在线申请, a bundle's 一表申请). */
export function applyLink(itemIds: readonly string[], bundleId?: string): string {
  return `/portal/apply?items=${itemIds.join(',')}${bundleId ? `&bundle=${encodeURIComponent(bundleId)}` : ''}`;
}

/** 409 ONLINE_STALE_VERSION: another device saved the draft first. */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.body.code === 'ONLINE_STALE_VERSION';
}

export type SubjectRef = { kind: 'self' } | { kind: 'enterprise'; enterpriseId: string } | { kind: 'mandate'; mandateId: string };

/**
 * One choice of 为谁申请: what goes back to the server, the name and ID shown (masked; a USCC
 * whole), and whether a mandate's scope leaves out an item of this application (shown, not
 * choosable: the agent sees why).
 */
export interface SubjectOption {
  ref: SubjectRef;
  name: string;
  idMasked: string;
  outOfScope: boolean;
}

export function subjectKey(ref: SubjectRef): string {
  return ref.kind === 'self' ? 'self' : ref.kind === 'enterprise' ? `enterprise:${ref.enterpriseId}` : `mandate:${ref.mandateId}`;
}

/** /portal/me's subject (its `ref` a bare id) as the application takes it. */
function refOf(s: CitizenSubject): SubjectRef {
  return s.kind === 'self' ? { kind: 'self' } : s.kind === 'enterprise' ? { kind: 'enterprise', enterpriseId: s.ref } : { kind: 'mandate', mandateId: s.ref };
}

/** 'self' first, always; then each enterprise and mandate /portal/me lists, once. */
export function subjectOptions(selfName: string, subjects: readonly CitizenSubject[], itemIds: readonly string[]): SubjectOption[] {
  const self = subjects.find((s) => s.kind === 'self');
  const out: SubjectOption[] = [{ ref: { kind: 'self' }, name: self?.name ?? selfName, idMasked: self?.idMasked ?? '', outOfScope: false }];
  const seen = new Set<string>(['self']);
  for (const s of subjects) {
    const ref = refOf(s);
    const key = subjectKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    const scope = s.kind === 'mandate' ? s.itemIds : null;
    out.push({ ref, name: s.name, idMasked: s.idMasked, outOfScope: Boolean(scope && itemIds.some((id) => !scope.includes(id))) });
  }
  return out;
}

export interface DeliveryDraft {
  method: 'window' | 'mail' | 'cabinet' | 'electronic';
  address?: string;
  recipient?: string;
  phone?: string;
}

/** Mail needs an address; the other ways need nothing. */
export function deliveryProblem(d: DeliveryDraft | null | undefined): 'address' | null {
  return d?.method === 'mail' && !d.address?.trim() ? 'address' : null;
}

/** Only the fields of the chosen way are saved (a mail address is not kept for a window pickup). */
export function cleanDelivery(d: DeliveryDraft | null | undefined): DeliveryDraft {
  if (!d || d.method !== 'mail') return { method: d?.method ?? 'window' };
  const out: DeliveryDraft = { method: 'mail', address: d.address?.trim() ?? '' };
  if (d.recipient?.trim()) out.recipient = d.recipient.trim();
  if (d.phone?.trim()) out.phone = d.phone.trim();
  return out;
}

/** One material of one item in the wizard: the files it has (uploaded or reused). */
export interface MaterialNeed {
  itemId: string;
  materialId: string;
  name: string;
  required: boolean;
  files: number;
}

export function missingMaterials(needs: readonly MaterialNeed[]): MaterialNeed[] {
  return needs.filter((m) => m.required && m.files === 0);
}

/** The draft the server keeps: what PUT sends (without the version). */
export interface DraftItem {
  itemId: string;
  situationAnswers: Record<string, string>;
  formData: Record<string, unknown>;
}
export interface Draft {
  subject: SubjectRef;
  items: DraftItem[];
  sharedFields: Record<string, unknown>;
  delivery: DeliveryDraft;
}

/** Key-order-independent comparison, so an untouched draft is not saved again. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, canonical(x)]),
    );
  return v;
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(canonical({ ...a, delivery: cleanDelivery(a.delivery) })) === JSON.stringify(canonical({ ...b, delivery: cleanDelivery(b.delivery) }));
}

/** The situation answers of one item changed: the form value and the rest stay. */
export function withItem(draft: Draft, itemId: string, patch: Partial<Omit<DraftItem, 'itemId'>>): Draft {
  return { ...draft, items: draft.items.map((i) => (i.itemId === itemId ? { ...i, ...patch } : i)) };
}

/** What stops a step from being left forward (the form's own fields are checked by the form). */
export type StepProblem = { kind: 'materials'; missing: MaterialNeed[] } | { kind: 'delivery' } | { kind: 'situations'; itemId: string };

export function stepProblems(step: ApplyStep, draft: Draft, needs: readonly MaterialNeed[], questions: ReadonlyMap<string, readonly { id: string }[]>): StepProblem[] {
  const out: StepProblem[] = [];
  if (step === 'forms' || step === 'review')
    for (const item of draft.items) {
      const qs = questions.get(item.itemId) ?? [];
      if (qs.some((q) => !item.situationAnswers[q.id])) out.push({ kind: 'situations', itemId: item.itemId });
    }
  if (step === 'materials' || step === 'review') {
    const missing = missingMaterials(needs);
    if (missing.length > 0) out.push({ kind: 'materials', missing });
  }
  if ((step === 'delivery' || step === 'review') && deliveryProblem(draft.delivery)) out.push({ kind: 'delivery' });
  return out;
}

/** The step after/before `step`, clamped. */
export function stepAfter(step: ApplyStep, by: 1 | -1): ApplyStep {
  const i = applySteps.indexOf(step) + by;
  return applySteps[Math.max(0, Math.min(applySteps.length - 1, i))]!;
}

export const UPLOAD_ACCEPT = 'image/*,application/pdf';
const ACCEPTED = /^(image\/(jpeg|png)|application\/pdf)$/;

/** Checked on the phone before a byte is sent (the server sniffs the type again). */
export function uploadProblem(file: { name: string; size: number; type: string }, maxBytes: number): 'type' | 'size' | null {
  if (file.type && !ACCEPTED.test(file.type) && !/\.(jpe?g|png|pdf)$/i.test(file.name)) return 'type';
  if (!file.type && !/\.(jpe?g|png|pdf)$/i.test(file.name)) return 'type';
  return file.size > maxBytes ? 'size' : null;
}

export function fileKind(mime: string): 'image' | 'pdf' | 'other' {
  return mime.startsWith('image/') ? 'image' : mime === 'application/pdf' ? 'pdf' : 'other';
}

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The application's materials as the server last counted them (a 情形 answer may have removed some). */
export function needsOf(app: Pick<OnlineApplicationDetail, 'itemsDetail'>): MaterialNeed[] {
  return app.itemsDetail.flatMap((i) =>
    i.materials.filter((m) => m.status !== 'not_applicable').map((m) => ({ itemId: i.itemId, materialId: m.materialId, name: m.name, required: m.required, files: m.fileIds.length })),
  );
}

/** Each item's 情形 questions: every one must be answered before the form is left. */
export function questionsOf(app: Pick<OnlineApplicationDetail, 'itemsDetail'>): Map<string, readonly { id: string }[]> {
  return new Map(app.itemsDetail.map((i) => [i.itemId, i.situations]));
}
