import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OnlineAcceptResult, OnlineApplicationDetail, OnlineCorrectionRequest, OnlineReviewQueue } from '../../../../contract/online.ts';
import type { OnlineStatus } from '../../../../domain/online/index.ts';
import { api } from '../../../api/client.ts';

export type { OnlineAcceptResult, OnlineApplicationDetail, OnlineReviewQueueItem } from '../../../../contract/online.ts';

export interface ReviewFilter {
  centerId?: string;
  status: OnlineStatus;
  page: number;
}

const QUEUE = ['online', 'reviews'] as const;

export function useReviewQueue(filter: ReviewFilter) {
  return useQuery({ queryKey: [...QUEUE, filter], queryFn: () => api<OnlineReviewQueue>('/online/reviews', { query: { ...filter, pageSize: 20 } }), placeholderData: keepPreviousData, refetchInterval: 60_000 });
}

export function useReview(id: string) {
  return useQuery({ queryKey: [...QUEUE, 'detail', id], queryFn: () => api<OnlineApplicationDetail>(`/online/reviews/${id}`) });
}

export const reviewFileUrl = (id: string, fileId: string) => `/api/v1/online/reviews/${id}/files/${fileId}`;

function useReviewWrite<V, R>(call: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => qc.invalidateQueries({ queryKey: QUEUE }) });
}

export const useAccept = (id: string) => useReviewWrite(() => api<OnlineAcceptResult>(`/online/reviews/${id}/accept`, { body: {} }));
export const useRequestCorrection = (id: string) => useReviewWrite((body: OnlineCorrectionRequest) => api<OnlineApplicationDetail>(`/online/reviews/${id}/correction`, { body }));
export const useRefuse = (id: string) => useReviewWrite((reasons: string) => api<OnlineApplicationDetail>(`/online/reviews/${id}/refuse`, { body: { reasons } }));
