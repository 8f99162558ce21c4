import { randomBytes } from 'crypto';
import { constants as fsConstants, promises as fs, rmSync } from 'fs';
import * as path from 'path';
import { UserError } from '../core/errors';
import { WorkbookPlan } from '../core/planTypes';
import { renderPlan } from './render';

/**
 * Writes a plan to a new .xlsx file. An existing file is kept unless `force` is given (a
 * symbolic link counts as a file, even one that points nowhere), and the file appears whole
 * or not at all: the workbook is written to a temporary file beside the target, created
 * exclusively under a random name so that a link planted there is never followed, then
 * moved into place. The temporary file is removed on failure and on SIGINT or SIGTERM.
 */
export async function writeWorkbookFile(
  plan: WorkbookPlan,
  file: string,
  force: boolean,
): Promise<string[]> {
  if (!force && (await occupied(file))) throw new UserError('cli.exists', { file });
  const { workbook, skipped } = renderPlan(plan);
  const failed = (error: unknown) =>
    error instanceof UserError
      ? error
      : new UserError('cli.writeFailed', { file, reason: (error as Error).message });

  let bytes: Buffer;
  try {
    // Rendered in memory first, so that nothing is on disk while the slow part runs.
    bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  } catch (error) {
    throw failed(error);
  }

  // Watching from before the file exists, so no signal can leave it behind.
  const watch = removeOnSignal();
  let temporary: Temporary;
  try {
    temporary = await openTemporary(path.dirname(path.resolve(file)), path.basename(file));
    watch.track(temporary.path);
  } catch (error) {
    watch.stop();
    throw failed(error);
  }

  let placed = false;
  try {
    try {
      await temporary.handle.writeFile(bytes);
      await temporary.handle.sync();
    } finally {
      await temporary.handle.close();
    }
    await place(temporary.path, file, force);
    placed = true;
  } catch (error) {
    throw failed(error);
  } finally {
    if (!placed) await fs.rm(temporary.path, { force: true });
    watch.stop();
  }
  return skipped;
}

/**
 * Until `stop`, SIGINT and SIGTERM remove the tracked temporary file first, then end the
 * process as they would have: with the listeners gone, the signal is raised again.
 */
function removeOnSignal(): { track: (file: string) => void; stop: () => void } {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  let temporary: string | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (temporary) rmSync(temporary, { force: true });
    stop();
    process.kill(process.pid, signal);
  };
  function stop() {
    for (const signal of signals) process.off(signal, onSignal);
  }
  for (const signal of signals) process.on(signal, onSignal);
  return {
    track: (file) => {
      temporary = file;
    },
    stop,
  };
}

/** Whether anything is at the path: a file, a folder, or a link, even one to nowhere. */
async function occupied(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new UserError('cli.writeFailed', { file, reason: (error as Error).message });
  }
}

export interface Temporary {
  path: string;
  handle: fs.FileHandle;
}

/**
 * Creates a new, empty temporary file in the folder: exclusively (O_EXCL, and O_NOFOLLOW
 * where the system has it), so an existing file or a link at the name makes it try another
 * random name, and never writes through the link.
 */
export async function openTemporary(
  folder: string,
  base: string,
  random: () => string = () => randomBytes(8).toString('hex'),
): Promise<Temporary> {
  const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW = 0 } = fsConstants;
  const flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;
  for (let attempt = 1; ; attempt += 1) {
    const name = path.join(folder, `.${base.slice(0, 100)}.${random()}.tmp`);
    try {
      return { path: name, handle: await fs.open(name, flags, 0o666) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'EEXIST' && code !== 'ELOOP') || attempt >= 5) throw error;
    }
  }
}

/**
 * Moves the finished temporary file to the target. Without `force` it links it there, which
 * fails if anything appeared at the target meanwhile, so a file is never overwritten.
 */
async function place(temporary: string, file: string, force: boolean): Promise<void> {
  if (force) {
    // rename replaces a link at the target itself, never the file it points to.
    await fs.rename(temporary, file);
    return;
  }
  try {
    await fs.link(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError('cli.exists', { file });
    // Some file systems have no hard links; there, check once more and rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP')
      throw error;
    if (await occupied(file)) throw new UserError('cli.exists', { file });
    await fs.rename(temporary, file);
    return;
  }
  await fs.rm(temporary, { force: true });
}
