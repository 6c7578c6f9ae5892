import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CitizenMe, CodeSent } from '../../../../contract/citizen.ts';
import { api, ApiError } from '../../../api/client.ts';

const ME = ['portal', 'me'] as const;

/** The signed-in citizen, or null when nobody is (a 401 is an answer here, not an error). */
export function useCitizen() {
  return useQuery({
    queryKey: ME,
    queryFn: () => api<CitizenMe>('/portal/me').catch((e: unknown) => (e instanceof ApiError && e.status === 401 ? null : Promise.reject(e))),
    staleTime: 60_000,
  });
}

export const useSendCode = () => useMutation({ mutationFn: (mobile: string) => api<CodeSent>('/portal/sign-in/code', { method: 'POST', body: { mobile } }) });

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { mobile: string; code: string }) => api<CitizenMe>('/portal/sign-in', { method: 'POST', body: v }),
    onSuccess: (me) => qc.setQueryData(ME, me),
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => api<void>('/portal/sign-out', { method: 'POST' }), onSuccess: () => qc.setQueryData(ME, null) });
}

export function useBindRealName() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { name: string; idNumber: string }) => api<CitizenMe>('/portal/me/real-name', { method: 'POST', body: v }),
    onSuccess: (me) => qc.setQueryData(ME, me),
  });
}
