// 我的办件 (issue #19, decision 0045): the signed-in citizen's cases, their papers, paying online,
// the delivery choice and withdrawal. Types come from the contract.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DemoPayment, DemoPaymentResult, MyCaseDetail, MyCaseList, MyDeliveryChoice, MyWithdrawInput, PaymentStart } from '../../../../contract/my-cases.ts';
import { api } from '../../../api/client.ts';

export type { MyCaseDetail, MyCaseList, MyCaseSummary } from '../../../../contract/my-cases.ts';

const LIST = ['portal', 'cases'] as const;

export const useMyCases = (enabled = true) => useQuery({ queryKey: LIST, queryFn: () => api<MyCaseList>('/portal/cases'), enabled });

export const useMyCase = (id: string) => useQuery({ queryKey: [...LIST, id], queryFn: () => api<MyCaseDetail>(`/portal/cases/${id}`) });

/** A file of the case, served only to its applicant (the browser sends the citizen cookie). */
export const myCaseFileUrl = (caseId: string, path: string) => `/api/v1/portal/cases/${caseId}/${path}`;

function useCaseChange<V>(id: string, call: (v: V) => Promise<MyCaseDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (detail) => {
      qc.setQueryData([...LIST, id], detail);
      void qc.invalidateQueries({ queryKey: LIST, exact: true });
    },
  });
}

export const useChooseDelivery = (id: string) => useCaseChange(id, (v: MyDeliveryChoice) => api<MyCaseDetail>(`/portal/cases/${id}/delivery`, { method: 'PUT', body: v }));

export const useWithdraw = (id: string) => useCaseChange(id, (v: MyWithdrawInput) => api<MyCaseDetail>(`/portal/cases/${id}/withdraw`, { method: 'POST', body: v }));

export const useStartPayment = (id: string) => useMutation({ mutationFn: (feeId: string) => api<PaymentStart>(`/portal/cases/${id}/fees/${feeId}/payments`, { method: 'POST' }) });

export const useDemoPayment = (token: string) => useQuery({ queryKey: ['portal', 'demo-pay', token], queryFn: () => api<DemoPayment>(`/portal/demo-pay/${token}`) });

export function useConfirmDemoPayment(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<DemoPaymentResult>(`/portal/demo-pay/${token}`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['portal'] }),
  });
}
