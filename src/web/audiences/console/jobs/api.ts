import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

// Shapes of the jobs API (src/server/modules/system/system.routes.ts, platform/jobs/status.ts), jobs.manage.

export interface JobRun {
  state: 'completed' | 'failed' | 'retry';
  startedAt: string | null;
  endedAt: string | null;
  error: string | null;
}

export interface JobStatus {
  name: string;
  kind: 'cron' | 'every' | 'on-demand' | 'instance';
  schedule: string | null;
  lastRun: JobRun | null;
  nextRunAt: string | null;
  running: number;
  waiting: number;
  failedLastDay: number;
  failures: JobRun[];
}

const key = ['system', 'jobs'];

export function useJobs() {
  return useQuery({
    queryKey: key,
    queryFn: () => api<{ items: JobStatus[]; worker: boolean }>('/system/jobs'),
    refetchInterval: 5_000,
  });
}

export function useRunJobNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<{ jobId: string | null; queued: boolean }>(`/system/jobs/${name}/run`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
