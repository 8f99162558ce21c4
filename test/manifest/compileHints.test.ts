/**
 * tools/webpack/compile-hints-plugin.js: the scripts of the named chunks start with V8's
 * compile hint after minification, the others do not, and a file's hashed name follows its
 * content with the hint in it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import webpack from 'webpack';
import { runCompiler } from '../support/webpackRun';

const ROOT = resolve(__dirname, '..', '..');
const nodeRequire = createRequire(__filename);
const CompileHintsPlugin = nodeRequire(join(ROOT, 'tools/webpack/compile-hints-plugin.js')) as {
  new (options: { chunks: string[] }): webpack.WebpackPluginInstance;
  HINT: string;
};

/** Builds the fixture in production mode; the output's files by chunk name, with contents. */
async function build(
  hinted: string[] | null,
): Promise<Map<string, { file: string; text: string }>> {
  const out = mkdtempSync(join(tmpdir(), 'organisering-hints-'));
  try {
    const compiler = webpack({
      mode: 'production',
      context: join(__dirname, 'fixtures/hints'),
      entry: { main: './main.js' },
      output: {
        path: out,
        filename: '[name].[contenthash:8].js',
        chunkFilename: '[name].[contenthash:8].js',
      },
      plugins: hinted ? [new CompileHintsPlugin({ chunks: hinted })] : [],
    });
    await runCompiler(compiler);
    const files = new Map<string, { file: string; text: string }>();
    for (const file of readdirSync(out).filter((name) => name.endsWith('.js')))
      files.set(file.split('.')[0], { file, text: readFileSync(join(out, file), 'utf8') });
    return files;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('the compile hint on the first screen’s scripts', () => {
  it('starts the named chunks’ minified scripts, and only those', async () => {
    const files = await build(['main', 'adapter']);
    expect(files.get('main')?.text.startsWith(CompileHintsPlugin.HINT)).toBe(true);
    expect(files.get('adapter')?.text.startsWith(CompileHintsPlugin.HINT)).toBe(true);
    expect(files.get('later')?.text).not.toContain('allFunctionsCalledOnLoad');
    // Still minified: the hint is the script's only line break.
    expect(files.get('adapter')?.text.trimEnd().split('\n')).toHaveLength(2);
  }, 60_000);

  it('gives a hinted script a name of its own, as its content differs', async () => {
    const [plain, hinted] = [await build(null), await build(['adapter'])];
    expect(hinted.get('adapter')?.file).not.toBe(plain.get('adapter')?.file);
    expect(hinted.get('later')?.file).toBe(plain.get('later')?.file);
  }, 60_000);

  it('names a chunk that does not exist', async () => {
    await expect(build(['nowhere'])).rejects.toThrow('no chunk named "nowhere"');
  }, 60_000);
});
