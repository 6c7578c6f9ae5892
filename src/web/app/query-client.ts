import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { readRetryDelay, retryRead } from '../api/client.ts';
import { reportApiError } from './session.ts';

// Every query and mutation reports its errors here, so a session that ended on the server
// (or an account that must finish its setup) sends the user back to sign-in from any screen.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportApiError }),
    mutationCache: new MutationCache({ onError: reportApiError }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        // A 4xx answer will not change on retry; retrying only delays the message (or the
        // return to sign-in) by seconds. Network errors and 5xx get two more tries; a database
        // outage (503 SERVICE_UNAVAILABLE) is waited out, honouring Retry-After (client.ts).
        retry: retryRead,
        retryDelay: readRetryDelay,
      },
    },
  });
}
