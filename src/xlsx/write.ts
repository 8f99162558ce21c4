import { promises as fs } from 'fs';
import * as path from 'path';
import { UserError } from '../core/errors';
import { WorkbookPlan } from '../core/planTypes';
import { renderPlan } from './render';

/**
 * Writes a plan to a new .xlsx file. An existing file is kept unless `force` is given, and
 * the file appears whole or not at all: it is written beside the target, then renamed.
 */
export async function writeWorkbookFile(
  plan: WorkbookPlan,
  file: string,
  force: boolean,
): Promise<string[]> {
  if (!force) {
    const exists = await fs
      .stat(file)
      .then(() => true)
      .catch(() => false);
    if (exists) throw new UserError('cli.exists', { file });
  }
  const { workbook, skipped } = renderPlan(plan);
  const temporary = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.tmp`,
  );
  try {
    await workbook.xlsx.writeFile(temporary);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new UserError('cli.writeFailed', { file, reason: (error as Error).message });
  }
  return skipped;
}
