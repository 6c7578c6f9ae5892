// The special steps' routes as the web calls them; every shape comes from src/contract/special.ts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PendingSignatures, SpecialRecordView, SpecialStepsView } from '../../../../contract/special.ts';
import { api, ApiError, type ApiErrorBody } from '../../../api/client.ts';

export const specialKey = (caseId: string) => ['special', caseId] as const;

export function useSpecial(caseId: string) {
  return useQuery({ queryKey: specialKey(caseId), queryFn: () => api<SpecialStepsView>(`/cases/${caseId}/special`), retry: false });
}

export function usePendingSignatures(enabled: boolean) {
  return useQuery({ queryKey: ['special-pending'], queryFn: () => api<PendingSignatures>('/special/pending-signatures'), enabled });
}

export function useSpecialRecord(caseId: string, recordId: string) {
  return useQuery({ queryKey: ['special-record', caseId, recordId], queryFn: () => api<SpecialRecordView>(`/cases/${caseId}/special/records/${recordId}`), retry: false });
}

function useRefresh(caseId: string) {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: specialKey(caseId) }), qc.invalidateQueries({ queryKey: ['special-pending'] })]);
}

/** One record use case (inspection, expert review, hearing record, collective discussion); the panel reloads the whole view. */
export function useRecordWrite<B>(caseId: string, path: 'inspections' | 'expert-reviews' | 'hearing-records' | 'collective-discussions') {
  const refresh = useRefresh(caseId);
  return useMutation({ mutationFn: (body: B) => api<SpecialRecordView>(`/cases/${caseId}/special/${path}`, { method: 'POST', body }), onSuccess: refresh });
}

export function useSign(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: ({ recordId, opinion }: { recordId: string; opinion: string }) => api<SpecialRecordView>(`/cases/${caseId}/special/records/${recordId}/signatures`, { method: 'POST', body: { opinion } }),
    onSuccess: refresh,
  });
}

export { useRefresh as useSpecialRefresh };

export async function uploadPhoto(caseId: string, recordId: string, file: File): Promise<SpecialRecordView> {
  const res = await fetch(`/api/v1/cases/${caseId}/special/records/${recordId}/photos?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const data = (await res.json().catch(() => ({ code: 'INTERNAL', message: res.statusText }))) as unknown;
  if (!res.ok) throw new ApiError(res.status, data as ApiErrorBody);
  return data as SpecialRecordView;
}

export const photoUrl = (caseId: string, recordId: string, sha256: string) => `/api/v1/cases/${caseId}/special/records/${recordId}/photos/${sha256}`;
export const recordPdfUrl = (caseId: string, recordId: string) => `/api/v1/cases/${caseId}/special/records/${recordId}/pdf`;
export const recordPrintPath = (caseId: string, recordId: string) => `/print/special-record/${caseId}/${recordId}`;
