// 预审通过 (decision 0043): the application becomes case(s) exactly as at the window — the
// case's own intake (channel 'online', the accepting clerk as actor, the checklist from the
// uploaded files, each file recorded as the material's scan) and then its own intake.accept
// through actOnCase, so the numbers, the 受理通知书 and the due dates are the window's. All of it
// runs in the application's transaction: if any case cannot be accepted nothing is written and
// the application stays submitted (422 ONLINE_CASE_NOT_ACCEPTED with the case's reason).
import { DomainError } from '../../../domain/errors/index.ts';
import { actOnCase, caseDuesOf, intake } from '../case/index.ts';
import { findCenter } from '../org/index.ts';
import { itemDefs, itemNamesOf, tailor } from './online.items.ts';
import { filesOf, type FileRow } from './online.queries.ts';
import type { EffectContext, EffectOutcome } from './online.effect-kit.ts';

function reusedLabel(files: readonly FileRow[]): string | undefined {
  const r = files.find((f) => f.reusedFrom)?.reusedFrom;
  if (!r) return '网上申报电子材料';
  return (r.kind === 'certificate' ? `电子证照 ${r.label ?? r.id}` : `网上申报材料 ${r.id}`).slice(0, 100);
}

/** The cases' due dates in the order of their numbers; one date when they agree. */
function duesText(dues: readonly (string | null)[]): string {
  const known = dues.filter((d): d is string => !!d);
  return (new Set(known).size === 1 ? [known[0]!] : known).join('、');
}

function notAccepted(e: unknown): unknown {
  if (e instanceof DomainError && e.status < 500 && !String(e.code).startsWith('ONLINE_'))
    return new DomainError('ONLINE_CASE_NOT_ACCEPTED', { reason: e.code, details: e.details });
  return e;
}

export async function acceptApplication(c: EffectContext): Promise<EffectOutcome> {
  if (!('actor' in c.by)) throw new DomainError('FORBIDDEN');
  const { tx, row, now } = c;
  const by = { actor: c.by.actor, ip: c.by.ip };
  if (!row.applicant) throw new DomainError('ONLINE_ACTION_NOT_ALLOWED', { status: row.status, action: 'review.accept' });
  const defs = await itemDefs(tx, row.items);
  const files = await filesOf(tx, row.id);
  const items = row.items.map((it, i) => {
    const { asked } = tailor(defs[i]!, it.situationAnswers);
    const checklist = asked.flatMap((m) => {
      const mine = files.filter((f) => f.itemId === it.itemId && f.materialId === m.id);
      if (!mine.length) return [];
      const reusedFrom = reusedLabel(mine);
      return [
        { materialId: m.id, status: 'received' as const, originals: m.originals, copies: m.copies, ...(reusedFrom ? { reusedFrom } : {}) },
      ];
    });
    return { itemId: it.itemId, formData: it.formData, situationAnswers: it.situationAnswers, checklist };
  });
  const opts = { publicUrl: c.input.publicUrl ?? c.ctx.config.PUBLIC_URL ?? '', now };
  try {
    const taken = await intake(
      tx,
      by,
      {
        centerId: row.centerId,
        applicant: row.applicant,
        ...(row.agent ? { agent: row.agent } : {}),
        ...(row.delivery ? { delivery: row.delivery } : {}),
        channel: 'online',
        serviceMode: 'standard',
        sharedFields: row.sharedFields,
        items,
        idempotencyKey: `online:${row.id}`,
      },
      now,
    );
    for (const made of taken.cases) {
      for (const f of files.filter((x) => x.itemId === made.itemId)) {
        const scan = { materialId: f.materialId, sha256: f.sha256, mime: f.mime, size: f.size };
        await actOnCase(tx, by, made.id, 'material.scan', { scan }, `online-scan:${f.id}:${made.id}`, opts);
      }
      // The case's own case.accepted is not sent: the application's online.accepted below is the one message.
      await actOnCase(tx, by, made.id, 'intake.accept', {}, `online-accept:${row.id}:${made.id}`, { ...opts, notifyApplicant: false });
    }
    const center = await findCenter(tx, row.centerId);
    const dues = await caseDuesOf(
      tx,
      taken.cases.map((x) => x.id),
    );
    const cases = taken.cases.map((x) => ({ id: x.id, number: x.number, itemId: x.itemId, itemName: x.itemName }));
    return {
      set: { cases, caseApplicationId: taken.applicationId },
      detail: { cases: cases.map((x) => x.number) },
      // The applicant's one acceptance message for all its cases (the cases send none, decision 0051).
      notify: {
        event: 'online.accepted',
        vars: {
          centerName: center?.name ?? '',
          itemName: itemNamesOf(row),
          caseNo: cases.map((x) => x.number).join('、'),
          promisedDue: duesText(cases.map((x) => dues.get(x.id) ?? null)),
        },
      },
      result: { cases: cases.map((x) => ({ ...x, due: dues.get(x.id) ?? null })) },
    };
  } catch (e) {
    throw notAccepted(e);
  }
}
