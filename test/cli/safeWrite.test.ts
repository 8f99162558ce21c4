import * as fs from 'fs';
import * as path from 'path';
import { EXIT } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { openTemporary } from '../../src/xlsx/write';
import { tempFolder } from '../xlsx/fixtures';
import { checkJsonOf, cli, cliProcess, messagePattern } from './runCli';

/**
 * demo and new write through a temporary file beside the target: created exclusively, so a
 * link planted at its name is never followed, and removed whatever stops the write.
 */

const folder = tempFolder('cli-safe-write');
afterAll(() => folder.cleanup());

/** A fresh folder per test, so that a left-over temporary file shows. */
function emptyFolder(): string {
  const dir = folder.file('dir');
  fs.mkdirSync(dir);
  return dir;
}

/** The names in the folder, links included; a temporary file would be among them. */
function namesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe.each(['demo', 'new'])('%s and a symbolic link at the target', (command) => {
  it('refuses a link that points nowhere without --force, and creates nothing', async () => {
    const dir = emptyFolder();
    const file = path.join(dir, 'book.xlsx');
    const nowhere = path.join(dir, 'nowhere.xlsx');
    fs.symlinkSync(nowhere, file);
    const result = await cli([command, file]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([t('da', 'cli.exists', { file })]);
    expect(fs.readlinkSync(file)).toBe(nowhere);
    expect(fs.existsSync(nowhere)).toBe(false);
    expect(namesIn(dir)).toEqual(['book.xlsx']);
  });

  it('refuses a link to a file without --force, and leaves that file alone', async () => {
    const dir = emptyFolder();
    const file = path.join(dir, 'book.xlsx');
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'the user’s own work');
    fs.symlinkSync(victim, file);
    expect((await cli([command, file])).code).toBe(EXIT.failed);
    expect(fs.readFileSync(victim, 'utf8')).toBe('the user’s own work');
    expect(namesIn(dir)).toEqual(['book.xlsx', 'victim.txt']);
  });

  it('with --force replaces the link itself, never the file it points to', async () => {
    const dir = emptyFolder();
    const file = path.join(dir, 'book.xlsx');
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'the user’s own work');
    fs.symlinkSync(victim, file);
    expect((await cli([command, file, '--force'])).code).toBe(EXIT.ready);
    expect(fs.lstatSync(file).isFile()).toBe(true);
    expect((await checkJsonOf(file)).json.areas.length).toBeGreaterThan(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('the user’s own work');
    expect(namesIn(dir)).toEqual(['book.xlsx', 'victim.txt']);
  });
});

describe('the temporary file', () => {
  it('is never opened through a link planted at its name', async () => {
    const dir = emptyFolder();
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const planted = path.join(dir, '.book.xlsx.guessed.tmp');
    fs.symlinkSync(victim, planted);
    const names = ['guessed', 'fresh'];
    const temporary = await openTemporary(dir, 'book.xlsx', () => names.shift()!);
    await temporary.handle.writeFile('workbook bytes');
    await temporary.handle.close();
    expect(temporary.path).toBe(path.join(dir, '.book.xlsx.fresh.tmp'));
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    expect(fs.readlinkSync(planted)).toBe(victim);
  });

  it('is not the predictable name a link could be planted at', async () => {
    // The reported attack: a link at .NAME.PID.tmp, which an earlier writer opened and followed.
    const dir = emptyFolder();
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    fs.symlinkSync(victim, path.join(dir, `.book.xlsx.${process.pid}.tmp`));
    expect((await cli(['new', path.join(dir, 'book.xlsx')])).code).toBe(EXIT.ready);
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('gives up, writing nothing, when every name it tries is taken', async () => {
    const dir = emptyFolder();
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    fs.symlinkSync(victim, path.join(dir, '.book.xlsx.same.tmp'));
    await expect(openTemporary(dir, 'book.xlsx', () => 'same')).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('is removed when the write fails', async () => {
    const dir = emptyFolder();
    // A folder that is not empty cannot be replaced by a file, even with --force.
    const file = path.join(dir, 'book.xlsx');
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'inside.txt'), 'x');
    const result = await cli(['new', file, '--force']);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      messagePattern((p) => t('da', 'cli.writeFailed', { file, ...p }), { reason: '.+' }),
    );
    expect(namesIn(dir)).toEqual(['book.xlsx']);
  });

  it('is removed, and nothing overwritten, when the target appears during the write', async () => {
    const dir = emptyFolder();
    const file = path.join(dir, 'book.xlsx');
    const open = fs.promises.open;
    const spy = jest.spyOn(fs.promises, 'open').mockImplementation(async (...args) => {
      const handle = await open(...args);
      // Someone else saves a file at the target while the workbook is being written.
      if (String(args[0]).endsWith('.tmp')) fs.writeFileSync(file, 'arrived meanwhile');
      return handle;
    });
    try {
      const result = await cli(['new', file]);
      expect(result.code).toBe(EXIT.failed);
      expect(result.err).toEqual([t('da', 'cli.exists', { file })]);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('arrived meanwhile');
    expect(namesIn(dir)).toEqual(['book.xlsx']);
  });

  it.each(['SIGINT', 'SIGTERM'])(
    'is removed when %s stops the write, and the signal still ends the process',
    async (signal) => {
      const dir = emptyFolder();
      const file = path.join(dir, 'book.xlsx');
      // The child signals itself as it starts writing the temporary file, and that write
      // then waits forever: only the signal can end it.
      const preload = `
        const fsp = require('fs').promises;
        const open = fsp.open;
        fsp.open = async (...args) => {
          const handle = await open(...args);
          if (String(args[0]).endsWith('.tmp')) {
            handle.writeFile = () => {
              setInterval(() => {}, 1 << 30);
              process.kill(process.pid, ${JSON.stringify(signal)});
              return new Promise(() => {});
            };
          }
          return handle;
        };
      `;
      const result = await cliProcess(['new', file], { preload });
      expect(result.signal).toBe(signal);
      expect(namesIn(dir)).toEqual([]);
    },
    240_000,
  );
});
