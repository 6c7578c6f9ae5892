import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { reportApiError } from './session.ts';

// Every query and mutation reports its errors here, so a session that ended on the server
// (or an account that must finish its setup) sends the user back to sign-in from any screen.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportApiError }),
    mutationCache: new MutationCache({ onError: reportApiError }),
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}
