import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { JobList, JobQueued } from '../../../../contract/system.ts';

export type { JobRunView as JobRun, JobStatusView as JobStatus } from '../../../../contract/system.ts';

const key = ['system', 'jobs'];

export function useJobs() {
  return useQuery({
    queryKey: key,
    queryFn: () => api<JobList>('/system/jobs'),
    refetchInterval: 5_000,
  });
}

export function useRunJobNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<JobQueued>(`/system/jobs/${name}/run`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
