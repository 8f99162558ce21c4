/**
 * tools/webpack/preload-chunks-plugin.js: the page preloads the named lazy chunks, after its
 * own scripts, and fetches the urgent entry's script with high priority.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import webpack from 'webpack';
import { runCompiler } from '../support/webpackRun';

const ROOT = resolve(__dirname, '..', '..');
const nodeRequire = createRequire(__filename);
const PreloadChunksPlugin = nodeRequire(join(ROOT, 'tools/webpack/preload-chunks-plugin.js')) as {
  new (options: {
    page: string;
    chunks: string[];
    urgent?: string[];
  }): webpack.WebpackPluginInstance;
};
const HtmlWebpackPlugin = nodeRequire('html-webpack-plugin') as new (options: {
  filename: string;
  templateContent: string;
  chunks: string[];
}) => webpack.WebpackPluginInstance;

/** Builds the compile hints' fixture (a first screen with two lazy parts): the page's HTML. */
async function page(options: { chunks: string[]; urgent?: string[] }): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'organisering-preload-'));
  try {
    const compiler = webpack({
      mode: 'production',
      context: join(__dirname, 'fixtures/hints'),
      entry: { boot: './later.js', main: { import: './main.js', dependOn: 'boot' } },
      output: { path: out, filename: '[name].js', chunkFilename: '[name].js' },
      plugins: [
        new HtmlWebpackPlugin({
          filename: 'page.html',
          templateContent: '<!doctype html><html><head></head><body></body></html>',
          chunks: ['boot', 'main'],
        }),
        new PreloadChunksPlugin({ page: 'page.html', ...options }),
      ],
    });
    await runCompiler(compiler);
    expect(readdirSync(out)).toContain('adapter.js');
    return readFileSync(join(out, 'page.html'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The head's tags in order, each as its name and the file it names. */
function headTags(html: string): string[] {
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
  return [...head.matchAll(/<(script|link)\b([^>]*)>/g)].map(([, tag, attributes]) => {
    const file = /(?:src|href)="?([^"\s>]+)/.exec(attributes)?.[1] ?? '';
    const high = /fetchpriority="?high/.test(attributes) ? ' high' : '';
    const preload = /rel="?preload/.test(attributes) ? ' preload' : '';
    return `${tag} ${file}${high}${preload}`;
  });
}

describe('preloading the first screen’s lazy chunks', () => {
  it('lists the preloads after the page’s own scripts, the urgent one fetched first', async () => {
    const html = await page({ chunks: ['adapter'], urgent: ['boot'] });
    expect(headTags(html)).toEqual([
      'script boot.js high',
      'script main.js',
      'link adapter.js preload',
    ]);
  });

  it('leaves every script at its usual priority without urgent entries', async () => {
    const html = await page({ chunks: ['adapter'] });
    expect(headTags(html)).toEqual(['script boot.js', 'script main.js', 'link adapter.js preload']);
  });

  it('refuses a chunk or an entry that does not exist', async () => {
    await expect(page({ chunks: ['nowhere'] })).rejects.toThrow(/no chunk named "nowhere"/);
    await expect(page({ chunks: ['adapter'], urgent: ['nobody'] })).rejects.toThrow(
      /no entry named "nobody"/,
    );
  });
});
