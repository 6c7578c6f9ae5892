// The back office's routes as the web calls them; every shape comes from src/contract/task.ts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TaskInbox, TaskInboxQuery, TaskRecordInput, TaskView } from '../../../../contract/task.ts';
import { api, ApiError, type ApiErrorBody } from '../../../api/client.ts';

export const taskKey = (id: string) => ['task', id] as const;

export function useInbox(query: Partial<TaskInboxQuery>) {
  return useQuery({ queryKey: ['tasks', query], queryFn: () => api<TaskInbox>('/tasks', { query }), placeholderData: keepPreviousData });
}

export function useTask(id: string) {
  return useQuery({ queryKey: taskKey(id), queryFn: () => api<TaskView>(`/tasks/${id}`), retry: false });
}

export function useAssignees(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['task-assignees', id], queryFn: () => api<{ items: { id: string; name: string }[] }>(`/tasks/${id}/assignees`), enabled });
}

/** Claim, reassign, save: each answers the task as it now stands. */
export function useTaskWrite(id: string) {
  const qc = useQueryClient();
  const done = (t: TaskView) => {
    qc.setQueryData(taskKey(id), t);
    void qc.invalidateQueries({ queryKey: ['tasks'] });
  };
  return {
    claim: useMutation({ mutationFn: () => api<TaskView>(`/tasks/${id}/claim`, { method: 'POST', body: {} }), onSuccess: done }),
    assign: useMutation({ mutationFn: (staffId: string | null) => api<TaskView>(`/tasks/${id}/assign`, { method: 'POST', body: { staffId } }), onSuccess: done }),
    save: useMutation({ mutationFn: (body: TaskRecordInput) => api<TaskView>(`/tasks/${id}/record`, { method: 'PUT', body }), onSuccess: done }),
  };
}

export async function uploadAttachment(taskId: string, file: File): Promise<TaskView> {
  const res = await fetch(`/api/v1/tasks/${taskId}/attachments?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const data = (await res.json().catch(() => ({ code: 'INTERNAL', message: res.statusText }))) as unknown;
  if (!res.ok) throw new ApiError(res.status, data as ApiErrorBody);
  return data as TaskView;
}

export const attachmentUrl = (taskId: string, sha256: string) => `/api/v1/tasks/${taskId}/attachments/${sha256}`;
