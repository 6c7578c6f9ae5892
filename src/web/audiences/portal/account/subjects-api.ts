import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PortalItem } from '../../../../contract/catalog.ts';
import type { EnterpriseList, EnterpriseView, MandateLists, MandateView } from '../../../../contract/citizen.ts';
import { api, type Page } from '../../../api/client.ts';

// 企业账号 and 委托代理 (decision 0044): what the two portal pages read and change. Every
// change refreshes the account too, whose subjects the apply screen offers.
const ENTERPRISES = ['portal', 'me', 'enterprises'] as const;
const MANDATES = ['portal', 'me', 'mandates'] as const;

export const useEnterprises = () => useQuery({ queryKey: ENTERPRISES, queryFn: () => api<EnterpriseList>('/portal/me/enterprises') });
export const useMandates = () => useQuery({ queryKey: MANDATES, queryFn: () => api<MandateLists>('/portal/me/mandates') });

function useChange<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['portal', 'me'] }) });
}

export type EnterpriseInput = { uscc: string; name: string; legalRepName: string; legalRepIdNumber: string };
export const useRegisterEnterprise = () => useChange((v: EnterpriseInput) => api<EnterpriseView>('/portal/me/enterprises', { method: 'POST', body: v }));
export const useAddStaff = () =>
  useChange((v: { enterpriseId: string; mobile: string; role: 'admin' | 'handler' }) =>
    api<EnterpriseView>(`/portal/me/enterprises/${v.enterpriseId}/staff`, { method: 'POST', body: { mobile: v.mobile, role: v.role } }),
  );
export const useChangeRole = () =>
  useChange((v: { enterpriseId: string; memberId: string; role: 'admin' | 'handler' }) =>
    api<EnterpriseView>(`/portal/me/enterprises/${v.enterpriseId}/staff/${v.memberId}`, { method: 'PATCH', body: { role: v.role } }),
  );
export const useRemoveStaff = () =>
  useChange((v: { enterpriseId: string; memberId: string }) => api<void>(`/portal/me/enterprises/${v.enterpriseId}/staff/${v.memberId}`, { method: 'DELETE' }));

export type MandateInput = {
  principal: { kind: 'self' } | { kind: 'enterprise'; enterpriseId: string };
  agentMobile: string;
  itemIds: string[] | null;
  validUntil: string;
  text: string;
};
export const useGrantMandate = () => useChange((v: MandateInput) => api<MandateView>('/portal/me/mandates', { method: 'POST', body: v }));
export const useMandateAction = () =>
  useChange((v: { id: string; action: 'accept' | 'revoke' }) => api<MandateView>(`/portal/me/mandates/${v.id}/${v.action}`, { method: 'POST' }));

/** Published items matching a search, for a mandate's scope. */
export const useItemSearch = (q: string) =>
  useQuery({
    queryKey: ['portal', 'items', 'mandate-scope', q],
    queryFn: async () => (await api<Page<PortalItem>>('/portal/items', { query: { q: q || undefined, pageSize: 20 } })).items,
    staleTime: 60_000,
  });
