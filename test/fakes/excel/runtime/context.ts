/**
 * RequestContext: queues operations and sends them in one request per `sync()`. Excel runs a
 * batch in order and stops at the first error; what ran before the error stays applied.
 */
import { ErrorCodes, FakeOfficeError } from '../errors';
import { RuntimeProxy } from '../proxies/application';
import { WorkbookProxy } from '../proxies/workbook';
import { FakeClientObject } from './clientObject';
import { HostCore, PAYLOAD_LIMIT, utf8Length } from './hostCore';
import { withRequestSerialization } from './serialization';

interface QueuedOp {
  obj: FakeClientObject<unknown>;
  name: string;
  args: unknown;
  run: () => unknown;
}

function describe(ops: QueuedOp[]): string {
  const seen = new Set<number>();
  const list = ops.map((op) => {
    const d: Record<string, unknown> = { o: op.obj._id, a: op.name };
    if (!seen.has(op.obj._id)) {
      seen.add(op.obj._id);
      d.p = op.obj._path;
    }
    if (op.args !== undefined) d.v = op.args;
    return d;
  });
  return withRequestSerialization(() => JSON.stringify(list));
}

function locate(e: unknown, op: QueuedOp): unknown {
  if (e instanceof FakeOfficeError) {
    e.debugInfo.errorLocation = e.debugInfo.errorLocation ?? op.name;
    e.debugInfo.statement = `${op.obj._path} :: ${op.name}`;
  }
  return e;
}

export class FakeRequestContext {
  _host: HostCore;
  _queue: QueuedOp[] = [];
  _nextObjectId = 1;
  /** Advanced when an Excel.run on this context ends; untracked ranges of earlier runs go stale. */
  _runGeneration = 0;
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  readonly trackedObjects = {
    add: (obj: unknown): void => {
      for (const o of Array.isArray(obj) ? obj : [obj])
        if (o instanceof FakeClientObject) o.track();
    },
    remove: (_obj: unknown): void => undefined,
  };

  constructor(host: HostCore) {
    this._host = host;
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
  }

  get application(): WorkbookProxy['application'] {
    return this.workbook.application;
  }

  _newObjectId(): number {
    return this._nextObjectId++;
  }

  _enqueue(obj: FakeClientObject<unknown>, name: string, args: unknown, run: () => unknown): void {
    this._queue.push({ obj, name, args, run });
  }

  get _pendingCount(): number {
    return this._queue.length;
  }

  trace(_message: string): void {
    // Trace messages only matter to real Office diagnostics.
  }

  async sync<T>(passThrough?: T): Promise<T> {
    const ops = this._queue;
    this._queue = [];
    const host = this._host;
    // Like Office.js, a sync with nothing queued sends no request.
    if (ops.length === 0) return passThrough as T;
    const index = ++host.stats.syncCount;
    await host.runHooks(index);
    const bytes = utf8Length(describe(ops));
    const record = { bytes, operations: ops.length, responseBytes: 0 };
    host.stats.requests.push(record);
    if (bytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        ErrorCodes.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${bytes} bytes > ${PAYLOAD_LIMIT}). Nothing in the request was applied.`,
      );
    }
    const failure = host.takeFailure(index);
    const n = failure ? Math.min(failure.afterOperations, ops.length) : ops.length;
    for (let i = 0; i < n; i++) {
      const op = ops[i];
      let response: unknown;
      try {
        host.reqs.check(op.name);
        response = op.run();
      } catch (e) {
        throw locate(e, op);
      }
      host.stats.callCounts[op.name] = (host.stats.callCounts[op.name] ?? 0) + 1;
      if (response !== undefined) {
        record.responseBytes += utf8Length(JSON.stringify(response) ?? '');
        if (record.responseBytes > PAYLOAD_LIMIT) {
          throw new FakeOfficeError(
            ErrorCodes.responsePayloadSizeLimitExceeded,
            undefined,
            op.name,
          );
        }
      }
    }
    if (failure) {
      throw new FakeOfficeError(
        failure.code,
        failure.message ?? `Sync ${index} failed (injected by the test through failSync).`,
        'sync',
      );
    }
    return passThrough as T;
  }
}
