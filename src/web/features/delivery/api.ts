// The hand-out routes as the web calls them; every shape comes from src/contract/delivery.ts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CabinetPickupResult, DeliveryActionRequest, DeliveryQueue, DeliveryQueueQuery, DeliveryView } from '../../../contract/delivery.ts';
import { api } from '../../api/client.ts';

export const deliveryKey = (caseId: string) => ['delivery', caseId] as const;

export function useDelivery(caseId: string) {
  return useQuery({ queryKey: deliveryKey(caseId), queryFn: () => api<DeliveryView>(`/cases/${caseId}/delivery`), retry: false });
}

export function useDeliveryQueue(query: Partial<DeliveryQueueQuery>) {
  return useQuery({ queryKey: ['deliveries', query], queryFn: () => api<DeliveryQueue>('/deliveries', { query }), placeholderData: keepPreviousData });
}

export function useDeliveryAction(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeliveryActionRequest) => api<DeliveryView>(`/cases/${caseId}/delivery/actions`, { method: 'POST', body }),
    onSuccess: (view) => qc.setQueryData(deliveryKey(caseId), view),
    // The hand-out may have concluded the case: its page and the lists read again.
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: ['case', caseId] }), qc.invalidateQueries({ queryKey: ['cases'] }), qc.invalidateQueries({ queryKey: ['deliveries'] })]),
  });
}

export function signatureUrl(caseId: string): string {
  return `/api/v1/cases/${caseId}/delivery/signature`;
}

/** The cabinet adapter's call, as the simulated cabinet page makes it. */
export function pickUp(cabinetId: string, code: string) {
  return api<CabinetPickupResult>(`/cabinets/${encodeURIComponent(cabinetId)}/pickups`, { method: 'POST', body: { code } });
}
