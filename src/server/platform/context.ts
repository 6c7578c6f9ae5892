import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database, Db } from './db/types.ts';
import type { Auth } from './auth/better-auth.ts';
import type { JobRunner } from './jobs/runner.ts';
import type { Role } from '../../domain/access/index.ts';

/** Who is acting: resolved from the session on every staff request. */
export interface Actor {
  staffId: string;
  userId: string;
  username: string;
  name: string;
  roles: Role[];
  centerId: string;
  /** '/root/…/own/': this center and every center below it are in scope. */
  centerPath: string;
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
}

export interface ActorResolver {
  (db: Db, userId: string): Promise<Actor | undefined>;
}

/** The actor behind a session token, with the session's expiry; undefined when either is gone. */
export interface SessionActorResolver {
  (db: Db, token: string): Promise<{ actor: Actor; expiresAt: Date } | undefined>;
}

/** A citizen signed in to the online hall (issue #19): their own session, never a staff one. */
export interface Citizen {
  accountId: string;
  mobile: string;
  verified: boolean;
}

export interface CitizenResolver {
  (ctx: AppContext, req: import('fastify').FastifyRequest): Promise<Citizen | undefined>;
}

export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  auth: Auth;
  log: Logger;
  /** The one job runner: modules send jobs through it; the console's jobs page reads it. */
  jobs: JobRunner;
  resolveActor: ActorResolver;
  resolveSessionActor: SessionActorResolver;
  /** The citizen behind a request's own cookie (the citizen module's, given by main.ts). */
  resolveCitizen?: CitizenResolver;
}
