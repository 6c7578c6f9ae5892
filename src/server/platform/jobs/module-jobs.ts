import type { AppContext } from '../context.ts';
import type { Jobs } from './jobs.types.ts';

/** What a module's index exports to declare its jobs; main.ts calls each before the runner starts. */
export type ModuleJobs = (jobs: Jobs, ctx: AppContext) => void;
