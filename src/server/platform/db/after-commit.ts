import type { Db } from './types.ts';

// Work that must only follow a committed change (a NOTIFY that displays act on, for one) runs
// once the outermost transaction has committed, never inside it: a rolled-back change is
// never announced, and a NOTIFY inside a transaction would take PostgreSQL's database-wide
// notify lock at every commit (it alone capped the hall's calls at ~400 transactions/s).
// The trade-off: work queued here is lost if the process dies between commit and hook.

/** Gets the root handle (pool or PGlite), the one to use once the transaction is over. */
export type AfterCommitHook = (root: Db) => void;

const hooksOf = new WeakMap<object, { root: Db; hooks: AfterCommitHook[] }>();
const roots = new WeakSet<object>();

/** Makes `db.transaction` collect the after-commit hooks of its transaction and run them once it committed. */
export function withAfterCommit(db: Db): Db {
  const begin = db.transaction.bind(db);
  roots.add(db);
  const transaction: typeof db.transaction = async (work, config) => {
    const hooks: AfterCommitHook[] = [];
    const result = await begin(async (tx) => {
      follow(tx, { root: db, hooks });
      return work(tx);
    }, config);
    for (const hook of hooks) {
      try {
        hook(db);
      } catch {} // a hook's failure must not turn a committed change into an error answer
    }
    return result;
  };
  db.transaction = transaction;
  return db;
}

/**
 * A transaction's hooks, and those of its savepoints (a use case calling another one's write
 * path inside its own transaction, as fees do with actOnCase): a savepoint's hooks join the
 * outer list only when the savepoint completed, so they too run after the outermost commit.
 */
function follow(tx: Db, entry: { root: Db; hooks: AfterCommitHook[] }): void {
  hooksOf.set(tx, entry);
  const nested = tx.transaction.bind(tx);
  const savepoint: typeof tx.transaction = async (work, config) => {
    const mine: AfterCommitHook[] = [];
    const result = await nested(async (inner) => {
      follow(inner, { root: entry.root, hooks: mine });
      return work(inner);
    }, config);
    entry.hooks.push(...mine);
    return result;
  };
  tx.transaction = savepoint;
}

/**
 * Runs `hook` once what was written through `db` is committed: when its transaction ends
 * (dropped on rollback), or at once for a root handle outside any transaction. Returns false
 * for a handle it cannot follow (a savepoint, a dedicated connection): the caller must then
 * do the work inside the transaction itself.
 */
export function afterCommit(db: Db, hook: AfterCommitHook): boolean {
  const open = hooksOf.get(db);
  if (open) {
    open.hooks.push(hook);
    return true;
  }
  if (!roots.has(db)) return false;
  hook(db);
  return true;
}
