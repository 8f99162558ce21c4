/**
 * The shape of webpack.config.js that the manifest relies on: which pages exist, where the
 * manifest and icons are copied, and the production URL rewrite wired into the copy.
 */
import { readFileSync } from 'fs';
import { createRequire } from 'module';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');
const nodeRequire = createRequire(__filename);

interface Plugin {
  userOptions?: {
    filename?: string;
    template?: string;
    chunks?: string[];
    templateParameters?: Record<string, string>;
  };
  patterns?: {
    from: string;
    to: string;
    transform?: { transformer: (content: Buffer, from: string) => string | Buffer };
  }[];
}
interface Config {
  mode: string;
  target: string[];
  devtool: string | false;
  entry: Record<string, string | { import: string; dependOn: string }>;
  output: { path: string; filename: string };
  module: { rules: { test: RegExp; use: { loader: string; options: Record<string, unknown> } }[] };
  resolve: { extensions: string[] };
  plugins: Plugin[];
  performance: { hints: boolean };
  devServer: { port: number; headers: Record<string, string> };
  optimization?: {
    splitChunks?: { chunks?: (chunk: { name: string; canBeInitial(): boolean }) => boolean };
  };
}
type MakeConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Config[]>;

const makeConfig = nodeRequire(join(ROOT, 'webpack.config.js')) as MakeConfig;

/** The two builds (the pane, the ribbon's function file), seen as one: entries and plugins of both. */
async function build(mode: string, baseUrl?: string): Promise<Config> {
  const parts = await builds(mode, baseUrl);
  const [pane, commands] = parts;
  return {
    ...pane,
    entry: { ...pane.entry, ...commands.entry },
    plugins: [...pane.plugins, ...commands.plugins],
  };
}

async function builds(mode: string, baseUrl?: string): Promise<Config[]> {
  const saved = process.env.ADDIN_BASE_URL;
  if (baseUrl === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = baseUrl;
  try {
    return await makeConfig({}, { mode });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

const pluginClasses = {
  HtmlWebpackPlugin: nodeRequire('html-webpack-plugin') as new () => Plugin,
  CopyWebpackPlugin: nodeRequire('copy-webpack-plugin') as new () => Plugin,
};
const byName = (c: Config, name: keyof typeof pluginClasses) =>
  c.plugins.filter((p) => p instanceof pluginClasses[name]);

describe('webpack.config.js', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('builds the two entry points into dist/web with hashed names in production', async () => {
    const c = await build('production', 'https://addin.example.dk');
    expect(c.entry).toEqual({
      boot: './src/taskpane/boot.ts',
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'boot' },
      commands: './src/commands/commands.ts',
    });
    expect(c.output.path).toBe(join(ROOT, 'dist', 'web'));
    expect(c.output.filename).toBe('[name].[contenthash:8].js');
    expect(c.target).toEqual(['web', 'es2020']);
    expect(c.devtool).toBe(false);
    expect(c.performance.hints).toBe(false);
    expect(c.resolve.extensions).toEqual(['.ts', '.tsx', '.js', '.json']);
    const ts = c.module.rules.find((r) => r.test.test('x.tsx'));
    expect(ts?.use.loader).toBe('ts-loader');
    expect(ts?.use.options).toMatchObject({
      transpileOnly: true,
      compilerOptions: { module: 'esnext', noEmit: false },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('has source maps in development only', async () => {
    const c = await build('development');
    expect(c.devtool).toBe('source-map');
    expect(c.output.filename).toBe('[name].js');
  });

  it('makes taskpane.html (a boot script that starts the first read, then the pane) and commands.html', async () => {
    const c = await build('development');
    const pages = byName(c, 'HtmlWebpackPlugin').map((p) => p.userOptions);
    const { lightThemeRule } = nodeRequire(join(ROOT, 'tools/webpack/light-theme.js')) as {
      lightThemeRule(): string;
    };
    expect(pages).toEqual([
      expect.objectContaining({
        filename: 'taskpane.html',
        chunks: ['boot', 'taskpane'],
        templateParameters: { lightTheme: lightThemeRule() },
      }),
      expect.objectContaining({ filename: 'commands.html', chunks: ['commands'] }),
    ]);
    for (const page of pages) {
      const html = readFileSync(join(ROOT, page!.template!), 'utf8');
      // office.js from Microsoft's CDN, however the tag is wrapped.
      const office = html.search(
        /<script\s+type="text\/javascript"\s+src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"\s*>/,
      );
      expect(office).toBeGreaterThan(0);
      expect(html).toMatch(/<html lang="da">/);
    }
    expect(readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8')).toContain(
      '<div id="root">',
    );
  });

  it('keeps the adapter’s chunk whole and splits only the later parts', async () => {
    const [pane] = await builds('production');
    const splits = pane.optimization?.splitChunks?.chunks;
    const chunk = (name: string, initial: boolean) => ({ name, canBeInitial: () => initial });
    expect(splits?.(chunk('gateway', false))).toBe(false);
    expect(splits?.(chunk('taskpane', true))).toBe(false);
    expect(splits?.(chunk('plan', false))).toBe(true);
  });

  it('copies the icons and the manifest, rewriting its URLs in production', async () => {
    const c = await build('production', 'https://addin.example.dk/org/');
    const patterns = byName(c, 'CopyWebpackPlugin').flatMap((p) => p.patterns ?? []);
    expect(patterns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'assets/*.png', to: 'assets/[name][ext]' }),
        expect.objectContaining({ from: 'manifest.xml', to: 'manifest.xml' }),
      ]),
    );
    const manifest = patterns.find((p) => p.from === 'manifest.xml')!;
    const source = readFileSync(join(ROOT, 'manifest.xml'));
    const out = String(manifest.transform!.transformer(source, join(ROOT, 'manifest.xml')));
    expect(out).not.toContain('localhost');
    expect(out).toContain('"https://addin.example.dk/org/taskpane.html"');
  });

  it('keeps localhost, with a warning, when ADDIN_BASE_URL is missing in production', async () => {
    const c = await build('production');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ADDIN_BASE_URL/));
    const manifest = byName(c, 'CopyWebpackPlugin')
      .flatMap((p) => p.patterns ?? [])
      .find((p) => p.from === 'manifest.xml')!;
    const source = readFileSync(join(ROOT, 'manifest.xml'));
    expect(String(manifest.transform!.transformer(source, 'manifest.xml'))).toBe(String(source));
  });

  it('leaves the manifest alone in development', async () => {
    const c = await build('development', 'https://addin.example.dk');
    const manifest = byName(c, 'CopyWebpackPlugin')
      .flatMap((p) => p.patterns ?? [])
      .find((p) => p.from === 'manifest.xml')!;
    const source = readFileSync(join(ROOT, 'manifest.xml'));
    expect(String(manifest.transform!.transformer(source, 'manifest.xml'))).toBe(String(source));
  });

  it("builds the ribbon's function file on its own, without the pane's and the CLI's strings", async () => {
    const [pane, commands] = await builds('production', 'https://addin.example.dk');
    expect(pane.entry).toEqual({
      boot: './src/taskpane/boot.ts',
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'boot' },
    });
    expect(commands.entry).toEqual({ commands: './src/commands/commands.ts' });
    expect(pane.output.path).toBe(commands.output.path);
    const strings = commands.module.rules.find((r) => r.test.test(join(ROOT, 'src/i18n/da.json')));
    const loader = nodeRequire(String(strings?.use)) as (source: string) => string;
    const stripped = JSON.parse(
      loader(readFileSync(join(ROOT, 'src/i18n/da.json'), 'utf8')),
    ) as Record<string, string>;
    expect(Object.keys(stripped).some((key) => /^(pane|cli)\./.test(key))).toBe(false);
    expect(stripped['status.covered']).toBe('Dækket');
    expect(pane.module.rules.some((r) => r.test.test('x.json'))).toBe(false);
  });

  it("computes and extracts the pane's styles while building, in production only", async () => {
    type Use = string | { loader: string };
    type Rule = { test: RegExp; enforce?: string; use: Use | Use[] };
    const loaders = (c: Config, file: string) =>
      (c.module.rules as unknown as Rule[])
        .filter((r) => r.test.test(file))
        .map((r) => ({
          enforce: r.enforce,
          loaders: [r.use].flat().map((u) => (typeof u === 'string' ? u : u.loader)),
        }));
    const griffelPlugins = (c: Config) =>
      c.plugins.filter(
        (p) =>
          p instanceof nodeRequire('mini-css-extract-plugin') ||
          p instanceof nodeRequire('@griffel/webpack-extraction-plugin').GriffelCSSExtractionPlugin,
      );
    const [pane, commands] = await builds('production', 'https://addin.example.dk');
    // ts-loader first, then (as post-loaders, the last rule's first) Griffel's evaluation of
    // our makeStyles() and the extraction of every module's CSS, Fluent's included.
    expect(loaders(pane, 'src/taskpane/App.tsx')).toEqual([
      { enforce: undefined, loaders: ['ts-loader'] },
      { enforce: 'post', loaders: [expect.stringMatching(/webpack-extraction-plugin/)] },
      { enforce: 'post', loaders: ['@griffel/webpack-loader'] },
    ]);
    expect(loaders(pane, 'node_modules/@fluentui/react-button/lib/index.js')).toEqual([
      { enforce: 'post', loaders: [expect.stringMatching(/webpack-extraction-plugin/)] },
    ]);
    expect(griffelPlugins(pane)).toHaveLength(2);
    // The ribbon's function file has no styles; development keeps Griffel's runtime.
    expect(loaders(commands, 'src/commands/commands.ts')).toEqual([
      { enforce: undefined, loaders: ['ts-loader'] },
    ]);
    expect(griffelPlugins(commands)).toEqual([]);
    const [devPane] = await builds('development');
    expect(loaders(devPane, 'src/taskpane/App.tsx')).toEqual([
      { enforce: undefined, loaders: ['ts-loader'] },
    ]);
    expect(griffelPlugins(devPane)).toEqual([]);
  });

  it('serves on port 3000 with CORS open', async () => {
    const c = await build('development');
    expect(c.devServer.port).toBe(3000);
    expect(c.devServer.headers).toEqual({ 'Access-Control-Allow-Origin': '*' });
  });
});
