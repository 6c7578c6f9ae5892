import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useCenterParam } from '../../../features/hall/index.ts';

/** The hall's pages need ?center=<id>; without one, back to the hall picker. */
export function CenterGate({ children }: { children: (centerId: string) => ReactNode }) {
  const [centerId] = useCenterParam();
  if (!centerId) return <Navigate to="/portal/hall" replace />;
  return <>{children(centerId)}</>;
}
