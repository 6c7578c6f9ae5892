// Answers of /healthz and /readyz (load balancers and the operator).
import { z } from 'zod';

export const Alive = z.object({ status: z.literal('ok') });
export const Ready = z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) });
export const NotReady = z.object({ status: z.literal('unavailable'), code: z.literal('SERVICE_UNAVAILABLE'), message: z.string() });
