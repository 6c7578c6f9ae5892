// 网上预审 (issue #19, decision 0043): the window's queue of submitted online applications of
// its center scope, soonest due first, with the level computed on read; the full application;
// and the three decisions, each through the one write path.
import type { OnlineCorrectionRequest } from '../../../contract/online.ts';
import type { OnlineStatus } from '../../../domain/online/index.ts';
import { maskName } from '../../../domain/identifiers/index.ts';
import type { Actor, AppContext } from '../../platform/context.ts';
import { assertCenterInScope } from '../org/index.ts';
import { assertReach } from './online.actor.ts';
import { findApplication, queueOf, waitingIn } from './online.queries.ts';
import { detailOf, summaries } from './online.views.ts';
import { actOnApplication } from './online.write.ts';

type Who = { actor: Actor; ip: string };

export async function reviewQueue(
  ctx: AppContext,
  actor: Actor,
  q: { centerId?: string | undefined; status: OnlineStatus; page: number; pageSize: number },
) {
  const path = q.centerId ? (await assertCenterInScope(ctx.db, actor, q.centerId)).path : actor.centerPath;
  const [found, waiting] = await Promise.all([
    queueOf(ctx.db, path, q.status, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
    waitingIn(ctx.db, path),
  ]);
  const views = await summaries(ctx, found.items);
  const items = found.items.map((r, i) => ({
    id: r.id,
    status: r.status,
    centerId: r.centerId,
    centerName: views[i]!.centerName,
    applicantName: r.applicant ? maskName(r.applicant.name) : '',
    applicantKind: r.applicant?.kind ?? ('person' as const),
    items: views[i]!.items,
    bundleId: r.bundleId,
    submittedAt: r.submittedAt!,
    review: views[i]!.review,
    round: r.correctionRounds + 1,
  }));
  return { items, total: found.total, page: q.page, pageSize: q.pageSize, waiting };
}

export async function reviewDetail(ctx: AppContext, actor: Actor, id: string) {
  const row = assertReach({ actor, ip: '' }, await findApplication(ctx.db, id), id);
  return detailOf(ctx, row, actor.roles.includes('window_clerk') ? ['window_clerk'] : []);
}

export async function acceptOnline(ctx: AppContext, who: Who, id: string, publicUrl: string) {
  const { result } = await actOnApplication(ctx, who, id, 'review.accept', { publicUrl });
  const cases = (result as { cases: { id: string; number: string; itemId: string; itemName: string; due: string | null }[] }).cases;
  return {
    caseIds: cases.map((c) => c.id),
    caseNumbers: cases.map((c) => c.number),
    cases,
    application: await reviewDetail(ctx, who.actor, id),
  };
}

export async function requestCorrection(ctx: AppContext, who: Who, id: string, correction: OnlineCorrectionRequest) {
  await actOnApplication(ctx, who, id, 'review.request_correction', { correction });
  return reviewDetail(ctx, who.actor, id);
}

export async function refuseOnline(ctx: AppContext, who: Who, id: string, reasons: string) {
  await actOnApplication(ctx, who, id, 'review.refuse', { reasons });
  return reviewDetail(ctx, who.actor, id);
}
