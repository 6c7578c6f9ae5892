import { useCenters } from '../../shared/hooks.ts';
import type { ItemDetail } from '../types.ts';

/** Whether the item belongs to a center in the user's scope, or was delegated into it (read-only). */
export function useOwnership(detail: ItemDetail | undefined) {
  const { data: centers } = useCenters();
  if (!detail || !centers) return { ready: false, owned: false, ownerCenter: undefined, delegatedToMe: undefined };
  const ownerCenter = centers.find((c) => c.id === detail.item.centerId);
  // The delegation that brought the item into the user's scope.
  const delegatedToMe = ownerCenter ? undefined : detail.delegations.find((d) => d.active && centers.some((c) => c.id === d.toCenterId));
  return { ready: true, owned: !!ownerCenter, ownerCenter, delegatedToMe };
}
