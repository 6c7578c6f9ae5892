// The portal's calls to the online application API (issue #19): only the signed-in owner's.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import type {
  OnlineApplicationCreate,
  OnlineApplicationDetail,
  OnlineApplicationList,
  OnlineDraftSave,
  OnlineFileView,
  OnlineReuseRequest,
  ReusableList,
} from '../../../../contract/online.ts';
import { api, ApiError, type ApiErrorBody } from '../../../api/client.ts';

export type { OnlineApplicationDetail, OnlineApplicationSummary, OnlineFileView, OnlineItemView, OnlineMaterialView, ReusableMaterialView } from '../../../../contract/online.ts';

const BASE = '/portal/online/applications';
const LIST = ['portal', 'online', 'list'] as const;
const detailKey = (id: string) => ['portal', 'online', 'detail', id] as const;

export function useMyApplications() {
  return useQuery({ queryKey: LIST, queryFn: () => api<OnlineApplicationList>(BASE) });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api<OnlineApplicationDetail>(`${BASE}/${id}`), enabled: !!id, refetchOnWindowFocus: false });
}

/** Every write answers with the whole application: it replaces the cached one. */
function useApplicationWrite<V>(id: string, call: (v: V) => Promise<OnlineApplicationDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (detail) => {
      qc.setQueryData(detailKey(id), detail);
      void qc.invalidateQueries({ queryKey: LIST });
    },
  });
}

export function useCreateApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OnlineApplicationCreate) => api<OnlineApplicationDetail>(BASE, { method: 'POST', body }),
    onSuccess: (detail) => {
      qc.setQueryData(detailKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: LIST });
    },
  });
}

export const useSaveDraft = (id: string) => useApplicationWrite(id, (body: OnlineDraftSave) => api<OnlineApplicationDetail>(`${BASE}/${id}`, { method: 'PUT', body }));
/**
 * Submitting leaves the wizard: the cached draft is not replaced here (the wizard would turn
 * itself into a redirect first); the application's page reads it afresh when it opens.
 */
export function useSubmit(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api<OnlineApplicationDetail>(`${BASE}/${id}/submit`, { body: { version } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: LIST }),
  });
}
export const useResubmit = (id: string) => useApplicationWrite(id, (version: number) => api<OnlineApplicationDetail>(`${BASE}/${id}/resubmit`, { body: { version } }));
export const useWithdraw = (id: string) => useApplicationWrite(id, () => api<OnlineApplicationDetail>(`${BASE}/${id}/withdraw`, { method: 'POST' }));

export function useDeleteDraft(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`${BASE}/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: detailKey(id) });
      void qc.invalidateQueries({ queryKey: LIST });
    },
  });
}

/** Files change the application: the detail is read again (its materials' status and version). */
function useFileWrite<V, R>(id: string, call: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: call, onSettled: () => qc.invalidateQueries({ queryKey: detailKey(id) }) });
}

export const useRemoveFile = (id: string) => useFileWrite(id, (fileId: string) => api<void>(`${BASE}/${id}/files/${fileId}`, { method: 'DELETE' }));
export const useReuse = (id: string) => useFileWrite(id, (body: OnlineReuseRequest) => api<OnlineFileView>(`${BASE}/${id}/reuse`, { body }));

export function useReusable(materialId: string | undefined) {
  return useQuery({ queryKey: ['portal', 'online', 'reusable', materialId], queryFn: () => api<ReusableList>('/portal/online/reusable', { query: { materialId } }), enabled: !!materialId });
}

export function fileUrl(applicationId: string, fileId: string): string {
  return `/api/v1${BASE}/${applicationId}/files/${fileId}`;
}

export interface UploadTarget {
  applicationId: string;
  itemId: string;
  materialId: string;
}

/**
 * The file as the request body (the server sniffs its type), by XMLHttpRequest: fetch cannot
 * report upload progress, and on slow village data a photo takes a while.
 */
export function uploadFile(target: UploadTarget, file: File, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<OnlineFileView> {
  const url = new URL(`/api/v1${BASE}/${target.applicationId}/files`, window.location.origin);
  url.searchParams.set('itemId', target.itemId);
  url.searchParams.set('materialId', target.materialId);
  url.searchParams.set('name', file.name.slice(0, 200) || 'photo.jpg');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('accept-language', i18n.language?.startsWith('en') ? 'en' : 'zh-CN');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { code: 'INTERNAL', message: xhr.statusText };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as OnlineFileView);
      else reject(new ApiError(xhr.status, body as ApiErrorBody));
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new Error('aborted'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/** The upload hook: the detail is read again afterwards. */
export function useUpload(applicationId: string) {
  const qc = useQueryClient();
  return (itemId: string, materialId: string, file: File, onProgress: (p: number) => void) =>
    uploadFile({ applicationId, itemId, materialId }, file, onProgress).finally(() => qc.invalidateQueries({ queryKey: detailKey(applicationId) }));
}
