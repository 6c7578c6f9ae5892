import fs from 'node:fs';
import path from 'node:path';

// PGlite does not lock its data directory: two processes on one directory silently lose
// rows (STACK.md trap 1). We hold an exclusive lock file carrying our pid.
export class DataDirLockedError extends Error {}

// Directories this process holds: a second open in the same process must be refused too,
// while a lock file carrying our pid but unknown here is a leftover of an earlier process
// that had the same pid (containers reuse small pids), hence stale.
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'onewindow.lock');
  const key = path.resolve(lockPath);
  if (heldHere.has(key)) {
    throw new DataDirLockedError(`数据目录 ${path.resolve(dataDir)} 已被本进程打开，拒绝重复打开。\nThe data directory is already open in this process.`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      heldHere.add(key);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(key);
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(
          `数据目录 ${path.resolve(dataDir)} 已被进程 ${holder} 占用，拒绝启动（同一目录只能由一个进程打开）。\n` +
            `The data directory is in use by process ${holder}; refusing to start.`,
        );
      }
      // The holder died without cleaning up: the lock is stale, take it over.
      fs.unlinkSync(lockPath);
    }
  }
  throw new DataDirLockedError(`无法获取数据目录锁 ${lockPath}`);
}
