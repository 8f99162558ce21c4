/** Excel.run: a batch on a new (or a given object's) request context, then a final sync if needed. */
import { ClientErrorCodes, ErrorCodes, FakeOfficeError } from '../errors';
import { FakeClientObject } from './clientObject';
import { FakeRequestContext } from './context';
import { HostCore } from './hostCore';

export type Batch<R> = (context: FakeRequestContext) => Promise<R>;

export async function runBatch(core: HostCore, a: unknown, b?: unknown): Promise<unknown> {
  const batch = (typeof a === 'function' ? a : b) as Batch<unknown> | undefined;
  if (typeof batch !== 'function') {
    throw new FakeOfficeError(ErrorCodes.invalidArgument, 'Excel.run needs a batch function');
  }
  let ctx: FakeRequestContext;
  if (a instanceof FakeRequestContext) ctx = a;
  else if (a instanceof FakeClientObject) ctx = a._ctx;
  else if (Array.isArray(a) && a[0] instanceof FakeClientObject) ctx = a[0]._ctx;
  else ctx = new FakeRequestContext(core);
  try {
    const pending = batch(ctx) as unknown;
    if (!pending || typeof (pending as Promise<unknown>).then !== 'function') {
      throw new FakeOfficeError(
        ClientErrorCodes.runMustReturnPromise,
        'The batch function passed to the ".run" method didn\'t return a promise.',
      );
    }
    const result = await pending;
    // Excel.run ends with a sync, which sends a request only if something is queued.
    await ctx.sync();
    return result;
  } finally {
    ctx._runGeneration++;
  }
}
