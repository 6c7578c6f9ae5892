import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.ts';
import type { Me } from '../../../contract/identity.ts';

export type { Me };

// The console's own hook reads the same key, so the whole app shares one answer.
export const meQueryKey = ['me'] as const;

// Remembers whether this tab has had a session, so a later 401 reads "your session ended"
// rather than "please sign in".
let hadSession = false;
export function tabHadSession(): boolean {
  return hadSession;
}
export function forgetSession() {
  hadSession = false;
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => {
      const me = await api<Me>('/auth/me');
      hadSession = true;
      return me;
    },
    // A 401 is an answer ("not signed in"), not a failure worth retrying.
    retry: (count, error) => !(error instanceof ApiError) && count < 2,
    staleTime: 60_000,
  });
}

/** Password change and TOTP enrolment come before anything else the account may do. */
export function setupPending(me: Me): 'password' | 'enrol' | undefined {
  if (me.mustChangePassword) return 'password';
  if (me.twoFactorRequired && !me.twoFactorEnabled) return 'enrol';
  return undefined;
}

export function hasPermission(me: Me | undefined, permission: string | undefined): boolean {
  return !permission || (me?.permissions as string[] | undefined)?.includes(permission) === true;
}
