import { DomainError } from '../../../domain/errors/index.ts';
import { auditAs, type AuditWho } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { jobStatuses, type JobRunner, type JobStatus } from '../../platform/jobs/index.ts';

/**
 * The jobs work for every hall of the installation at once, so only a system administrator of
 * the top center (its path has one segment) sees and runs them; a township's administrator
 * would otherwise act on the county's halls.
 */
function assertInstallationScope(actor: Actor): void {
  if (actor.centerPath.split('/').filter(Boolean).length !== 1) throw new DomainError('OUT_OF_SCOPE');
}

export async function listJobs(db: Db, jobs: JobRunner, actor: Actor): Promise<{ items: JobStatus[]; worker: boolean }> {
  assertInstallationScope(actor);
  return { items: await jobStatuses(db, jobs), worker: jobs.isWorker };
}

/**
 * Queues one run now, audited in the same transaction (the job exists only if the audit row
 * does). A periodic job with a run already waiting is not queued twice: `queued` is false.
 */
export async function runJobNow(db: Db, jobs: JobRunner, name: string, who: AuditWho & { actor: Actor }): Promise<{ jobId: string | null; queued: boolean }> {
  assertInstallationScope(who.actor);
  if (!jobs.definitions().some((d) => d.name === name)) throw new DomainError('NOT_FOUND');
  return db.transaction(async (tx) => {
    const jobId = await jobs.send(name, { manual: true }, { tx });
    await auditAs(tx, who, { centerId: who.actor.centerId, action: 'jobs.run-now', objectType: 'job', objectId: name, summary: { jobId, queued: jobId !== null } });
    return { jobId, queued: jobId !== null };
  });
}
