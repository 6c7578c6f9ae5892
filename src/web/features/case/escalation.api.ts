// 上报件: the link of a case (GET /cases/:id/escalation), read through the case in scope.
import { useQuery } from '@tanstack/react-query';
import type { CaseEscalationView } from '../../../contract/case-escalation.ts';
import { api } from '../../api/client.ts';

/** Under the case's own key, so an action on the case (which invalidates it) refreshes the link too. */
export function useCaseEscalation(id: string) {
  return useQuery({ queryKey: ['case', id, 'escalation'], queryFn: () => api<CaseEscalationView>(`/cases/${id}/escalation`), retry: false });
}
