// The fee routes as the web calls them; every shape comes from src/contract/fee.ts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseFees, FeeNoticeList, FeeNoticeView } from '../../../contract/fee.ts';
import { api } from '../../api/client.ts';

export type FeeListStatus = 'due' | 'refund_pending' | 'today' | 'all';

export const caseFeesKey = (caseId: string) => ['case-fees', caseId] as const;

export function useCaseFees(caseId: string) {
  return useQuery({ queryKey: caseFeesKey(caseId), queryFn: () => api<CaseFees>(`/cases/${caseId}/fees`), retry: false });
}

export function useFeeList(status: FeeListStatus, q: string) {
  return useQuery({ queryKey: ['fees', status, q], queryFn: () => api<FeeNoticeList>('/fees', { query: { status, ...(q ? { q } : {}) } }) });
}

export type FeeCommand =
  | { kind: 'pay'; id: string; amountFen: number; method: 'cash' | 'card' | 'scan' }
  | { kind: 'waive'; id: string; amountFen: number; reason: string }
  | { kind: 'refund'; id: string; amountFen: number; reason: string }
  | { kind: 'decide'; id: string; approve: boolean; note?: string };

const pathOf = { pay: 'pay', waive: 'waive', refund: 'refunds', decide: 'refunds/decision' } as const;

/** One mutation for every notice action; a fresh idempotency key per user intent. */
export function useFeeCommand() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, ...body }: FeeCommand) => api<FeeNoticeView>(`/fees/${id}/${pathOf[kind]}`, { method: 'POST', body: { ...body, idempotencyKey: crypto.randomUUID() } }),
    onSettled: (n) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['fees'] }),
        qc.invalidateQueries({ queryKey: ['case-fees'] }),
        ...(n ? [qc.invalidateQueries({ queryKey: ['case', n.caseId] })] : []),
      ]),
  });
}

export function useIssueFee(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (lines: { item: string; quantity?: number }[]) => api<FeeNoticeView>(`/cases/${caseId}/fees`, { method: 'POST', body: { lines, idempotencyKey: crypto.randomUUID() } }),
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: caseFeesKey(caseId) }), qc.invalidateQueries({ queryKey: ['case', caseId] }), qc.invalidateQueries({ queryKey: ['fees'] })]),
  });
}

export const feeNoticePdfUrl = (id: string) => `/api/v1/fees/${id}/pdf`;
export const feeReceiptPdfUrl = (id: string) => `/api/v1/fees/${id}/receipt/pdf`;
export const reconciliationUrl = (date: string) => `/api/v1/fees/reconciliation.xlsx?date=${date}`;
