// An archived case (归档, issue #18) is read-only: its file went to the archive with a hash of
// every document, so nothing about it may change afterwards. Every write path of a case calls
// this before it changes anything, and other modules that write beside a case (fees, delivery,
// certificates) call it through the case module's index.
import { DomainError } from '../../../domain/errors/index.ts';

export function assertCaseWritable(row: { state: string; number: string }): void {
  if (row.state === 'archived') throw new DomainError('CASE_ARCHIVED', { number: row.number });
}
