/** Test control over syncs: hooks run at the start of each sync, and injected failures. */
import { ErrorCodes } from '../errors';
import { SyncFailure } from './hostCore';

export interface FailSyncOptions {
  /** Error code; default 'GeneralException'. */
  code?: string;
  /** Apply this many of the request's operations before failing; default 0 (none). */
  afterOperations?: number;
  message?: string;
}

export type SyncHook = (syncIndex: number) => void | Promise<void>;

interface Failure extends SyncFailure {
  matches: (syncIndex: number) => boolean;
  once: boolean;
}

export class SyncControl {
  private readonly hooks: SyncHook[] = [];
  private failures: Failure[] = [];

  /** Fails the n-th sync from now (1 = the next), or every sync the predicate picks. */
  failSync(n: number | ((syncIndex: number) => boolean), opts: FailSyncOptions = {}): void {
    const base = {
      code: opts.code ?? ErrorCodes.generalException,
      afterOperations: opts.afterOperations ?? 0,
      message: opts.message,
    };
    if (typeof n === 'function') {
      this.failures.push({ ...base, matches: n, once: false });
      return;
    }
    let remaining = n;
    this.failures.push({ ...base, matches: () => --remaining === 0, once: true });
  }

  clear(): void {
    this.failures = [];
  }

  /** The failure due at this sync, if any. Every countdown advances once per sync. */
  take(syncIndex: number): SyncFailure | null {
    let hit: Failure | null = null;
    for (const f of this.failures) if (f.matches(syncIndex) && !hit) hit = f;
    if (hit?.once) this.failures = this.failures.filter((f) => f !== hit);
    return hit;
  }

  addHook(hook: SyncHook): () => void {
    this.hooks.push(hook);
    return () => {
      const i = this.hooks.indexOf(hook);
      if (i >= 0) this.hooks.splice(i, 1);
    };
  }

  async runHooks(syncIndex: number): Promise<void> {
    for (const h of [...this.hooks]) await h(syncIndex);
  }
}
