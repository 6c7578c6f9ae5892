// The case routes as the web calls them; every shape comes from src/contract/case.ts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaseActionRequest,
  CaseActionResult,
  CaseList,
  CaseListQuery,
  CaseMaterialView,
  CasePage,
  RevealResult,
} from '../../../contract/case.ts';
import { api, ApiError, type ApiErrorBody } from '../../api/client.ts';

export const caseKey = (id: string) => ['case', id] as const;

export function useCase(id: string | undefined) {
  return useQuery({ queryKey: caseKey(id ?? ''), queryFn: () => api<CasePage>(`/cases/${id}`), enabled: !!id, retry: false });
}

export function useCaseList(query: Partial<CaseListQuery>, enabled = true) {
  return useQuery({
    queryKey: ['cases', query],
    queryFn: () => api<CaseList>('/cases', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A fresh key per user intent: a retried request (double click, lost answer) never acts twice. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function useCaseAction(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseActionRequest) => api<CaseActionResult>(`/cases/${caseId}/actions`, { method: 'POST', body }),
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: caseKey(caseId) }), qc.invalidateQueries({ queryKey: ['cases'] })]),
  });
}

/** 显示: the full ID and phone; the server audits each reveal as a personal-data read. */
export function useReveal(caseId: string) {
  return useMutation({ mutationFn: () => api<RevealResult>(`/cases/${caseId}/reveal`, { method: 'POST', body: {} }) });
}

export function caseByNumber(number: string) {
  return api<{ id: string; number: string }>(`/cases/by-number/${encodeURIComponent(number.trim())}`);
}

export function noticePdfUrl(caseId: string, noticeId: string): string {
  return `/api/v1/cases/${caseId}/notices/${noticeId}/pdf`;
}

export function scanUrl(caseId: string, sha256: string): string {
  return `/api/v1/cases/${caseId}/scans/${sha256}`;
}

/** One scan (camera JPEG or a chosen file) as a raw body; the server sniffs the type and keeps the SHA-256. */
export async function uploadScan(caseId: string, materialId: string, file: Blob): Promise<CaseMaterialView> {
  const res = await fetch(`/api/v1/cases/${caseId}/materials/${encodeURIComponent(materialId)}/scans`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const data = (await res.json().catch(() => ({ code: 'INTERNAL', message: res.statusText }))) as unknown;
  if (!res.ok) throw new ApiError(res.status, data as ApiErrorBody);
  return data as CaseMaterialView;
}

/** Open a notice's PDF in a new tab for printing (reprints are identical: the document was fixed at issue). */
export function openNotice(caseId: string, noticeId: string) {
  window.open(noticePdfUrl(caseId, noticeId), '_blank', 'noopener');
}
